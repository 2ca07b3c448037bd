/**
 * The linking model: a weight for each level of each comparison (comparisons.ts), estimated from the
 * gold as the log of how much likelier the level is among true links than among other comparable
 * pairs (Fellegi and Sunter's m and u probabilities), and the thresholds chosen on held-out governments.
 * A pair's match weight is the prior plus its levels' weights; its probability follows from it. The weights are
 * fitted jointly (estimateWeights), so that comparisons that say one thing twice are not counted twice.
 */
import { COMPARISONS, FIELDS, IMPOSSIBLE, ORDERED, type Field, type Level, type Levels } from './comparisons.js';

export type Weights = { [F in Field]: Record<Level<F>, number> };

export interface Model {
  /** log2 of the prior odds that a comparable pair is a link. */
  prior: number;
  weights: Weights;
  /** The match weight (log2 odds) from which a figure may be linked. */
  link: number;
  /** The match weight from which a linked figure's met or missed is printed; below it the row abstains (unclear). */
  verdict: number;
  /**
   * Levels at which no link is made ('field=level'): those that make one impossible by definition (IMPOSSIBLE in
   * comparisons.ts) and those the gold never links at over many pairs (`vetoesFrom`).
   */
  vetoes: string[];
  /** How far 左右 reaches (a share of the target), chosen with the thresholds: the default of `aboutTolerance`. */
  tolerance: number;
  /** What the model was fitted on. */
  fitted: { governments: string[]; links: number; pairs: number };
}

/** One comparison's part in a match weight, for the row's trace. */
export interface Contribution {
  field: Field;
  level: string;
  weight: number;
}

/** The match weight of a pair (log2 odds) and each comparison's part in it; -Infinity at a vetoed level. */
export function matchWeight(levels: Levels, model: Model): { total: number; contributions: Contribution[] } {
  const contributions = FIELDS.map((field) => ({ field, level: levels[field], weight: (model.weights[field] as Record<string, number>)[levels[field]] ?? 0 }));
  const vetoed = contributions.some((c) => model.vetoes.includes(`${c.field}=${c.level}`));
  return { total: vetoed ? -Infinity : model.prior + contributions.reduce((sum, c) => sum + c.weight, 0), contributions };
}

// A level no gold link has shown is a veto once this many other pairs have shown it: below, the gold is too thin to say.
const VETO_EVIDENCE = 10;

/** The levels to veto: the impossible ones, and those never seen among links but seen among many other pairs. */
export function vetoesFrom(examples: readonly Labelled[]): string[] {
  const seen = (link: boolean, field: Field, level: string) => examples.filter((e) => e.link === link && e.levels[field] === level).length;
  const unseen = FIELDS.flatMap((field) =>
    (COMPARISONS[field] as readonly string[]).filter((level) => seen(true, field, level) === 0 && seen(false, field, level) >= VETO_EVIDENCE).map((level) => `${field}=${level}`),
  );
  return [...new Set([...IMPOSSIBLE, ...unseen])];
}

/** The probability a match weight stands for. */
export const probability = (weight: number): number => 1 / (1 + 2 ** -weight);

/** A labelled comparison: the levels of a target and a comparable figure, and whether the gold links them. */
export interface Labelled {
  levels: Levels;
  link: boolean;
}

// How strongly the weights are held towards 0 (an L2 penalty, in units of the summed log-loss): a level seen in a
// handful of links gets a modest weight, not the extreme one its raw frequencies give.
const PENALTY = 2;
const ROUNDS = 600;
const STEP = 0.5;

/**
 * The weights of every level from labelled comparisons, fitted jointly by penalized logistic regression, so
 * that comparisons which say the same thing (several likenesses of one name) are not counted twice, as they
 * are when each level's weight is log(m / u) on its own. A weight is the log2 odds its level adds to the prior.
 */
export function estimateWeights(examples: readonly Labelled[]): Pick<Model, 'prior' | 'weights'> {
  const columns = FIELDS.flatMap((field) => columnsOf(field));
  const index = new Map(columns.map((c, i) => [`${c.field}#${c.step}`, i]));
  const rows = examples.map((e) => FIELDS.flatMap((field) => activeSteps(field, e.levels[field]).map((step) => index.get(`${field}#${step}`)!)));
  const y = examples.map((e) => (e.link ? 1 : 0));
  const links = y.filter(Boolean).length;
  const theta = new Float64Array(columns.length);
  let bias = Math.log((links + 0.5) / (y.length - links + 0.5));
  const n = Math.max(1, examples.length);
  // Adam on the mean log-loss plus the penalty; an ordered comparison's steps are kept at 0 or above.
  const m = new Float64Array(columns.length + 1);
  const v = new Float64Array(columns.length + 1);
  for (let t = 1; t <= ROUNDS; t++) {
    const grad = new Float64Array(columns.length + 1);
    rows.forEach((cols, i) => {
      let z = bias;
      for (const c of cols) z += theta[c]!;
      const err = 1 / (1 + Math.exp(-z)) - y[i]!;
      grad[columns.length]! += err;
      for (const c of cols) grad[c]! += err;
    });
    for (let c = 0; c <= columns.length; c++) {
      const g = grad[c]! / n + (c < columns.length ? (PENALTY * theta[c]!) / n : 0);
      m[c] = 0.9 * m[c]! + 0.1 * g;
      v[c] = 0.999 * v[c]! + 0.001 * g * g;
      const step = (STEP * (m[c]! / (1 - 0.9 ** t))) / (Math.sqrt(v[c]! / (1 - 0.999 ** t)) + 1e-8);
      if (c === columns.length) bias -= step;
      else theta[c] = columns[c]!.ordered ? Math.max(0, theta[c]! - step) : theta[c]! - step;
    }
  }
  const weights = Object.fromEntries(
    FIELDS.map((field) => [
      field,
      Object.fromEntries(levelsOf(field).map((level) => [level, round(activeSteps(field, level).reduce((sum, step) => sum + theta[index.get(`${field}#${step}`)!]!, 0) / Math.LN2)])),
    ]),
  ) as Weights;
  return { prior: round(bias / Math.LN2), weights };
}

const levelsOf = (field: Field) => COMPARISONS[field] as readonly string[];

/**
 * The columns of a comparison: one per level, or for an ordered one a step per level but the last ('at least as
 * alike as level k'), whose weights add up; the least alike level weighs 0.
 */
function columnsOf(field: Field): Array<{ field: Field; step: number; ordered: boolean }> {
  const ordered = ORDERED.has(field);
  const n = levelsOf(field).length - (ordered ? 1 : 0);
  return Array.from({ length: n }, (_, step) => ({ field, step, ordered }));
}

/** The columns a level sets: its own, or for an ordered comparison every step from it down. */
function activeSteps(field: Field, level: string): number[] {
  const i = levelsOf(field).indexOf(level);
  if (!ORDERED.has(field)) return [i];
  return Array.from({ length: Math.max(0, levelsOf(field).length - 1 - i) }, (_, k) => i + k);
}

const round = (x: number) => Math.round(x * 1000) / 1000;
