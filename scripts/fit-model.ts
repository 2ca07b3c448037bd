/**
 * Fitting the linking model (src/check/model.ts) on gold pairs, shared by `npm run fit` (which writes
 * src/check/fitted.ts) and `npm run eval -- --lofo` (which refits it without each government in turn).
 * Weights come from the levels of gold links against every other comparable pair; the two thresholds
 * (link, and printing met or missed) are chosen on the same pairs by the verdicts they get right.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { abstaining, compareReports, decide, estimateWeights, vetoesFrom, readReport, scorecardOf, type Compared, type Labelled, type Model, type ScoreRow, type Tokenizer } from '../src/index.js';
import { addCheck, blankCheck, CORPUS, GOLD, locate, overlaps, scoreCheck, valueAgrees, type CheckScore, type GoldFile } from './gold.js';

/** A gold pair read and compared once. */
export interface GoldPair {
  file: string;
  government: string;
  gold: GoldFile;
  compared: Compared;
}

/** Every gold file that pairs a plan with its review, compared. */
export function goldPairs(tokenizer: Tokenizer): GoldPair[] {
  return readdirSync(GOLD)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((file) => {
      const gold = JSON.parse(readFileSync(join(GOLD, file), 'utf8')) as GoldFile;
      if (!gold.review) return [];
      const compared = compareReports(readReport(join(CORPUS, gold.plan)), readReport(join(CORPUS, gold.review)), { tokenizer });
      // By government, as the report names it: several files may share one.
      const government = compared.plan.meta.government ?? gold.plan.replace(/-\d{4}\.txt$/, '');
      return [{ file, government, gold, compared }];
    });
}

/** The comparisons of a gold pair labelled: a link where the gold gives the figure for the target. */
export function labelled({ file, gold, compared }: GoldPair): Labelled[] {
  const plan = compared.plan.input;
  const review = compared.review.input;
  const links = new Map<number, number>();
  const used = new Set<number>();
  for (const g of gold.targets) {
    const span = locate(plan, g, file);
    const k = compared.scored.findIndex((t, i) => !used.has(i) && overlaps(t.span, span) && valueAgrees(t, g));
    if (k < 0) continue;
    used.add(k);
    if (!g.outcome || g.outcome.value === null) continue;
    const at = locate(review, { ...g.outcome, id: `${g.id} outcome` }, file);
    const near = compared.outcomes.flatMap((o, j) => (overlaps(o.span, at) ? [j] : []));
    const j = near.find((i) => valueAgrees(compared.outcomes[i]!, { ...g.outcome!, id: g.id, quote: g.outcome!.quote })) ?? near[0];
    if (j !== undefined) links.set(k, j);
  }
  return compared.comparisons.flatMap((cs, k) => cs.map((c) => ({ levels: c.levels, link: links.get(k) === c.outcome })));
}

// Thresholds tried, as match weights (log2 odds), and how far 左右 may reach.
const LINK_THRESHOLDS = Array.from({ length: 21 }, (_, k) => -6 + k / 2);
const VERDICT_THRESHOLDS = Array.from({ length: 29 }, (_, k) => -6 + k / 2);
const TOLERANCES = [0.03, 0.05, 0.1];
const DEFAULT_TOLERANCE = 0.05;
// The share of printed met or missed that must be right on rows of governments left out of the fit.
const PRINTED_RIGHT = 0.97;

/** A gold pair scored with a model (and the 左右 tolerance it was fitted with). */
export function scorePair({ file, gold, compared }: GoldPair, model: Model): CheckScore {
  const card = decide(withTolerance(compared, model.tolerance), model);
  return scoreCheck(card, compared.plan.input, compared.review.input, file, gold.targets);
}

const withTolerance = (compared: Compared, aboutTolerance: number): Compared => ({ ...compared, settings: { ...compared.settings, aboutTolerance } });

/** A gold pair's rows as a model decides them, met and missed not yet held back. */
interface Decided {
  pair: GoldPair;
  compared: Compared;
  rows: ScoreRow[];
}

/** The score of decided rows once those under a threshold of printing met or missed abstain. */
function scoreRows(cards: readonly Decided[], verdict: number): CheckScore {
  const score = blankCheck();
  for (const { pair, compared, rows } of cards) {
    const card = scorecardOf(compared, rows.map((row) => abstaining(row, verdict)));
    addCheck(score, scoreCheck(card, compared.plan.input, compared.review.input, pair.file, pair.gold.targets));
  }
  return score;
}

const decideAll = (pairs: readonly GoldPair[], model: Model): Decided[] =>
  pairs.map((pair) => {
    const compared = withTolerance(pair.compared, model.tolerance);
    return { pair, compared, rows: decide(compared, { ...model, verdict: -Infinity }).rows };
  });

/**
 * What links on some gold pairs: weights from their labelled comparisons, the vetoes, then the link threshold that
 * gets the most verdicts right (right links break ties), then the 左右 tolerance (it moves verdicts, never links).
 */
function fitLinks(pairs: readonly GoldPair[]): Model {
  const examples = pairs.flatMap(labelled);
  const fitted = {
    ...estimateWeights(examples),
    vetoes: vetoesFrom(examples),
    fitted: { governments: [...new Set(pairs.map((p) => p.government))].sort(), links: examples.filter((e) => e.link).length, pairs: examples.length },
    verdict: -Infinity,
  };
  const best = (models: readonly Model[]) =>
    models
      .map((model) => ({ model, score: scoreRows(decideAll(pairs, model), -Infinity) }))
      .reduce((a, b) => (b.score.verdicts * 1000 + b.score.linked > a.score.verdicts * 1000 + a.score.linked ? b : a)).model;
  const linked = best(LINK_THRESHOLDS.map((link) => ({ ...fitted, link, tolerance: DEFAULT_TOLERANCE })));
  return best(TOLERANCES.map((tolerance) => ({ ...linked, tolerance })));
}

/**
 * The model fitted on some gold pairs (fitLinks), with the threshold from which met or missed is printed chosen on
 * held-out governments: each government's rows as a model fitted without it decides them, and the lowest threshold
 * at which few of those printed are wrong. So what is printed is judged on rows no weight was fitted to.
 */
export function fitModel(pairs: readonly GoldPair[]): Model {
  const model = fitLinks(pairs);
  const governments = [...new Set(pairs.map((p) => p.government))];
  const held =
    governments.length > 1
      ? governments.flatMap((g) => decideAll(pairs.filter((p) => p.government === g), fitLinks(pairs.filter((p) => p.government !== g))))
      : decideAll(pairs, model);
  const verdicts = [-Infinity, ...VERDICT_THRESHOLDS.filter((v) => v > model.link)];
  const verdict = verdicts.find((v) => {
    const score = scoreRows(held, v);
    return score.printedRight >= PRINTED_RIGHT * score.printed;
  });
  return { ...model, verdict: verdict ?? verdicts.at(-1)! };
}
