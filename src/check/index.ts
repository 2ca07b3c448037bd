import { alignSections } from '../align/index.js';
import { extract } from '../extract/index.js';
import type { Report } from '../report/outline/types.js';
import { chooseTokenizer, type Tokenizer, type TokenizerChoice } from '../segment/index.js';
import { cuttingOnce } from './cutting.js';
import { munkres } from 'munkres';
import { findItemsCounted, findMention, findMentionInPassage, findOtherKind, isMultiYear } from './mentions.js';
import { comparable, compare, otherStage, ranked, type Levels } from './comparisons.js';
import { matchWeight, probability, type Model } from './model.js';
import { FITTED } from './fitted.js';
import { rarityIn } from './rarity.js';
import { blockingIndex } from './blocking.js';
import { alignedPassages, inside } from './passages.js';
import type { Outcome } from '../extract/types.js';
import { PairingError, pairingProblem } from './pairing.js';
import { structureAssumptions } from './assumptions.js';
import type { CheckSettings, ReportInfo, Scorecard, ScoreRow, Trace, Verdict } from './types.js';
import { judge } from './verdict.js';
import { coversMore, longestSharedRun } from './indicators.js';
import { canonical } from '../lexicon/indicators.js';
import { NOT_REACHED, WITHIN } from '../lexicon/linking.js';
import { REASONS, type Reason } from './reasons.js';
import { periodsNamed } from '../report/index.js';
import { CLAUSE_BREAK } from '../quantity/index.js';
import type { Target } from '../extract/types.js';
import type { SectionPair } from '../align/index.js';

export type * from './types.js';
export { consecutivePairs, pairingProblem, sameGovernment } from './pairing.js';
export { structureAssumptions } from './assumptions.js';
export { differentIndicators, indicatorSimilarity, isCeiling, keepsModifiers, sharesOnlyGeneric } from './indicators.js';
export { canonical, INDICATOR_SYNONYMS, modifiersOf } from '../lexicon/indicators.js';
export { judge } from './verdict.js';
export { estimateWeights, matchWeight, probability, vetoesFrom, type Contribution, type Labelled, type Model, type Weights } from './model.js';
export { COMPARISONS, type Field, type Level, type Levels } from './comparisons.js';
export { FITTED } from './fitted.js';
export { REASONS, type Reason } from './reasons.js';

export { PairingError } from './pairing.js';

export const DEFAULT_SETTINGS: CheckSettings = { aboutTolerance: FITTED.tolerance, force: false };

export interface CheckOptions extends Partial<CheckSettings> {
  /** The word segmenter: one of your own, or 'nodejieba' / 'wasm' (same words). Default: DUIZHAO_TOKENIZER, else nodejieba. */
  tokenizer?: TokenizerChoice;
  /** The linking model: its weights and thresholds (by default the one fitted on the bundled gold, check/fitted.ts). */
  model?: Model;
  /** File names to show in the scorecard. */
  planFile?: string;
  reviewFile?: string;
}

function info(report: Report, file: string | undefined): ReportInfo {
  return { file: file ?? null, title: report.meta.title, year: report.meta.planYear, government: report.meta.government, level: report.meta.level };
}

/** Whether the clause of a sentence that names the target, or the one after it, says the target was not reached. */
function saysNotReached(sentence: string, target: Target): boolean {
  const clauses = sentence.split(CLAUSE_BREAK);
  const name = canonical(target.indicator);
  const k = clauses.findIndex((clause) => longestSharedRun(name, canonical(clause)) >= NAMED_RUN);
  return k >= 0 && clauses.slice(k, k + 2).some((clause) => NOT_REACHED.test(clause));
}
const NAMED_RUN = 3;

/**
 * The year a target falls due when that is after the plan year, or null when it is a five-year
 * target with no year named; undefined when it is due in the plan year. A later year in the target's
 * own clause sets it ('力争2027年建成6个万亿级产业', sichuan-2025), else the five-year plan its passage is
 * about ('“十四五”时期主要目标任务': 2025).
 */
function dueYear(target: Target, plan: Report): number | null | undefined {
  const planYear = plan.meta.planYear;
  // '到2027年' as well as '力争2027年': any year in the clause later than the plan year.
  const later = planYear === null ? undefined : target.frame.years.find((y) => y > planYear);
  if (later !== undefined) return later;
  // 'N年内' counts the plan year as the first: '两年内实现农村稳定可靠供电服务…' (national-2016) falls due in 2017.
  if (planYear !== null && target.frame.measure === 'duration' && WITHIN.test(target.clean.figure) && target.value >= 2) return planYear + target.value - 1;
  if (target.horizon === 'year') return undefined;
  const part = plan.parts.find((p) => p.span[0] <= target.span[0] && target.span[1] <= p.span[1]);
  const period = periodsNamed(`${target.section}${target.clean.sentence}${part?.heading ?? ''}`).find((p) => planYear !== null && p.to >= planYear);
  // A five-year plan that ends in the plan year is due now: the next report accounts for it.
  if (period && planYear !== null && period.to === planYear) return undefined;
  return period ? period.to : null;
}

// Target–figure comparisons made in full; the largest bundled pair (zhejiang 2025 → 2026) makes 14,608.
const MAX_COMPARISONS = 250_000;

/** A comparable review figure for a target: its index among the review's outcomes and how the two compare. */
export interface Comparison {
  outcome: number;
  levels: Levels;
  likeness: number;
  inAlignedPassage: boolean;
}

/** What a row decided without a linked figure says, looked up once per target whatever the model. */
type Unlinked = Pick<ScoreRow, 'verdict' | 'confidence' | 'reason' | 'reasonZh' | 'outcome' | 'mention' | 'margin' | 'preliminary'> & { stage: Trace['stage'] };

/**
 * A pair of reports read and compared, before any model decides: the plan's targets, the review's
 * figures, and every comparable pair's levels. `decide` makes a scorecard of it with a model; the
 * comparisons are made once, so models can be fitted and tried on them (npm run eval -- --lofo).
 */
export interface Compared {
  plan: Report;
  review: Report;
  settings: CheckSettings;
  problem: string | null;
  targets: Target[];
  scored: Target[];
  outcomes: Outcome[];
  /** For each scored target: the year it falls due after the plan year (see dueYear), and whether it may be done early. */
  due: Array<number | null | undefined>;
  early: boolean[];
  /** For each scored target: its comparable review figures. */
  comparisons: Comparison[][];
  unlinked: (k: number) => Unlinked;
  options: CheckOptions;
}

/** Reads and compares a pair of reports (throws PairingError for a pair that cannot be scored, unless forced). */
export function compareReports(plan: Report, review: Report, options: CheckOptions = {}): Compared {
  const settings: CheckSettings = { aboutTolerance: options.aboutTolerance ?? (options.model ?? FITTED).tolerance, force: options.force ?? false };
  const problem = pairingProblem(plan, review);
  if (problem && !settings.force) throw new PairingError(problem);
  const { targets } = extract(plan, { only: 'targets' });
  const { outcomes } = extract(review, { only: 'outcomes' });
  const tokenizer = cuttingOnce(chooseTokenizer(options.tokenizer));
  const pairs = alignSections(plan, review, { to: 'review', tokenizer });
  const scored = targets.filter((t) => t.repeatOf === null);
  // Targets not due in the plan year take no part: the next report cannot report them yet.
  const due = scored.map((t) => dueYear(t, plan));
  // A target with a later deadline of its own ('到2025年，所有行政村集体经济收入达到10万元以上') may be
  // reported done early; a five-year target, or a rate, is not judged on one year.
  const early = scored.map((t, k) => typeof due[k] === 'number' && t.horizon === 'year' && t.direction === 'level');
  // Beyond any real report's size, a target is compared only with the figures of its aligned review passage,
  // so the work stays bounded.
  const passagesOnly = scored.length * outcomes.length > MAX_COMPARISONS;
  const rarity = rarityIn([plan, review]);
  const index = blockingIndex(outcomes);
  const comparisons = ranked(
    scored.map((t, k) => {
      if (due[k] !== undefined && !early[k]) return [];
      const passages = alignedPassages(t.span, pairs);
      return index.for(t).flatMap((j) => {
        const o = outcomes[j]!;
        const inAlignedPassage = passages.some((s) => inside(o.span, s));
        if ((passagesOnly && !inAlignedPassage) || !comparable(t, o)) return [];
        const compared = compare(t, o, inAlignedPassage, rarity);
        return compared ? [{ outcome: j, inAlignedPassage, ...compared }] : [];
      });
    }),
  );
  const looked = new Map<number, Unlinked>();
  const unlinked = (k: number): Unlinked => {
    if (!looked.has(k)) looked.set(k, lookWithoutFigure(scored[k]!, due[k], review, outcomes, pairs, tokenizer, settings));
    return looked.get(k)!;
  };
  return { plan, review, settings, problem, targets, scored, outcomes, due, early, comparisons, unlinked, options };
}

/** The row of a target no figure was linked to: not due, a figure of another kind, items counted by name, words only, or nothing. */
function lookWithoutFigure(
  target: Target,
  due: number | null | undefined,
  review: Report,
  outcomes: readonly Outcome[],
  pairs: readonly SectionPair[],
  tokenizer: Tokenizer,
  settings: CheckSettings,
): Unlinked {
  const none = { outcome: null, mention: null, margin: null, preliminary: false };
  const says = (reason: Reason) => ({ reason: reason.en, reasonZh: reason.zh });
  if (due !== undefined) return { ...none, verdict: 'unreported', confidence: 0.9, ...says(REASONS.notDue(due)), stage: 'not-due' };
  const other = findOtherKind(target, outcomes);
  if (other) return { ...none, verdict: 'unclear', confidence: 0.5, ...says(REASONS.otherKind()), outcome: other, preliminary: other.preliminary, stage: 'other-kind' };
  const items = findItemsCounted(review, target);
  if (items) {
    const j = judge(target, items, settings.aboutTolerance);
    return { ...none, verdict: j.verdict, confidence: 0.6, ...says(REASONS.itemsCounted(items.text, j.reason)), outcome: items, margin: j.margin, stage: 'items-named' };
  }
  const mention = findMention(review, target) ?? findMentionInPassage(review, target, pairs, tokenizer);
  if (!mention) return { ...none, verdict: 'unreported', confidence: 0.7, ...says(REASONS.silent()), stage: 'no-mention' };
  // '进出口总额出现下降，预期增长目标未能实现' (national-2016): the account says it missed.
  return saysNotReached(mention.text, target)
    ? { ...none, verdict: 'missed', confidence: 0.6, ...says(REASONS.saysNotReached()), mention, stage: 'says-missed' }
    : { ...none, verdict: 'unclear', confidence: 0.5, ...says(REASONS.wordsOnly()), mention, stage: 'words-only' };
}

/** A comparison weighed by the model (what each field gave is worked out again for the link alone: kept for every comparison, it held most of a check's memory). */
interface Weighed extends Comparison {
  weight: number;
}

/**
 * Gives each target at most one figure and each figure at most one target: the assignment that maximizes
 * the sum of match weights above the link threshold (a figure below it is never linked).
 */
function assign(weighed: ReadonlyArray<readonly Weighed[]>, threshold: number): Array<Weighed | null> {
  const links: Array<Weighed | null> = weighed.map(() => null);
  const options = weighed.map((ws) => new Map(ws.filter((w) => w.weight >= threshold).map((w) => [w.outcome, w])));
  // Only targets with a candidate, and only figures some target could take, enter the assignment: its cost
  // grows with the cube of its size.
  const rows = options.flatMap((o, i) => (o.size ? [i] : []));
  if (rows.length === 0) return links;
  const columns = [...new Set(rows.flatMap((i) => [...options[i]!.keys()]))].sort((x, y) => x - y);
  // Columns: the figures, then one 'no figure' column per target (gain 0).
  const cost = rows.map((i) => [
    ...columns.map((j) => (options[i]!.has(j) ? threshold - options[i]!.get(j)!.weight : Infinity)),
    ...rows.map(() => 0),
  ]);
  for (const [r, c] of munkres(cost)) {
    const link = c < columns.length ? options[rows[r]!]!.get(columns[c]!) : undefined;
    if (link) links[rows[r]!] = link;
  }
  return links;
}

/** The scorecard of compared reports, as a model decides it. */
export function decide(compared: Compared, model: Model = FITTED): Scorecard {
  const { settings, scored, outcomes } = compared;
  const weighed = compared.comparisons.map((cs) => cs.map((c): Weighed => ({ ...c, weight: matchWeight(c.levels, model).total })));
  const links = assign(weighed, model.link);
  const rows: ScoreRow[] = scored.map((target, k) => {
    const link = links[k];
    const candidates = weighed[k]!.filter((w) => w.weight >= model.link).length;
    const trace = (stage: Trace['stage']): Trace => ({
      stage,
      candidates,
      similarity: link?.likeness ?? null,
      inAlignedPassage: link?.inAlignedPassage ?? null,
      probability: link ? probability(link.weight) : null,
      comparisons: link ? matchWeight(link.levels, model).contributions : null,
    });
    if (!link || (compared.due[k] !== undefined && !lookedEarly(target, outcomes[link.outcome]!, compared, k))) {
      const { stage, ...row } = compared.unlinked(k);
      return { target, ...row, trace: trace(stage) };
    }
    const outcome = outcomes[link.outcome]!;
    const p = probability(link.weight);
    const confidence = Math.min(1, p * (outcome.preliminary ? 0.9 : 1));
    const row = (verdict: Verdict, reason: Reason, more: Partial<ScoreRow> = {}): ScoreRow => ({
      target, outcome, margin: null, mention: null, preliminary: outcome.preliminary, verdict, confidence, reason: reason.en, reasonZh: reason.zh,
      trace: trace('assignment'), ...more,
    });
    if (compared.due[k] !== undefined) {
      const done = judge(target, outcome, settings.aboutTolerance);
      return row('met', REASONS.doneEarly(compared.due[k] as number, done.reason), { margin: done.margin });
    }
    if (isMultiYear(outcome)) return row('unclear', REASONS.multiYear());
    if (coversMore(target.indicator, outcome.indicator)) return row('unclear', REASONS.broader());
    if (otherStage(target, outcome)) return row('unclear', REASONS.otherStage());
    const j = judge(target, outcome, settings.aboutTolerance);
    const { stretch } = target;
    if (!stretch) return row(j.verdict, j.reason, { margin: j.margin });
    // One row with both: the floor decides the verdict, the stretch is told beside it.
    const s = judge({ ...target, value: stretch.value, high: null, unit: stretch.unit, comparator: 'at_least', inclusive: true }, outcome, settings.aboutTolerance);
    const reason = j.verdict === 'unclear' ? j.reason : REASONS.withStretch(j.reason, j.verdict === 'met', s.verdict === 'met', `${stretch.value}${stretch.unit}`);
    return row(j.verdict, reason, { margin: j.margin, stretch: { value: stretch.value, unit: stretch.unit, verdict: s.verdict, margin: s.margin } });
  });
  return scorecardOf(compared, rows.map((row) => abstaining(row, model.verdict)));
}

/**
 * A row whose met or missed rests on a link the model is unsure of (its weight under `threshold`) abstains:
 * unclear, saying so. Any other row as it is.
 */
export function abstaining(row: ScoreRow, threshold: number): ScoreRow {
  const p = row.trace.probability;
  if (row.trace.stage !== 'assignment' || p === null || (row.verdict !== 'met' && row.verdict !== 'missed') || p >= probability(threshold)) return row;
  const reason = REASONS.uncertainLink(p, row.verdict);
  return { ...row, verdict: 'unclear', reason: reason.en, reasonZh: reason.zh, stretch: undefined };
}

/** The scorecard of compared reports with its rows. */
export function scorecardOf(compared: Compared, rows: ScoreRow[]): Scorecard {
  const { plan, review, settings, problem, targets, options } = compared;
  const summary: Record<Verdict, number> = { met: 0, missed: 0, unreported: 0, unclear: 0 };
  for (const row of rows) summary[row.verdict]++;
  return {
    plan: info(plan, options.planFile),
    review: info(review, options.reviewFile),
    rows,
    summary,
    settings,
    warning: problem,
    assumptions: structureAssumptions(plan, review),
    repeats: targets.filter((t) => t.repeatOf !== null),
  };
}

/** Whether a target due later is reported done already: a year's figure of it that meets it. */
function lookedEarly(target: Target, outcome: Outcome, compared: Compared, k: number): boolean {
  return compared.early[k]! && !isMultiYear(outcome) && judge(target, outcome, compared.settings.aboutTolerance).verdict === 'met';
}

/**
 * The scorecard: every target of the plan report against the outcome the review report (the next
 * year's) gives for it, with a verdict, the margin, a confidence and the evidence spans of both. A
 * card as data; `checkTargets` gives it with its reports and renderers.
 */
export function scoreTargets(plan: Report, review: Report, options: CheckOptions = {}): Scorecard {
  return decide(compareReports(plan, review, options), options.model);
}
