import { alignSections } from '../align/index.js';
import { extract } from '../extract/index.js';
import type { Report } from '../report/outline/types.js';
import { jiebaTokenizer, type Tokenizer } from '../segment/index.js';
import { munkres } from 'munkres';
import { candidates, findItemsCounted, findMention, findMentionInPassage, findOtherKind, findOutcomeByWords, isMultiYear, otherStage, type Candidate, type Link } from './link.js';
import { pairingProblem } from './pairing.js';
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

export type * from './types.js';
export { consecutivePairs, pairingProblem, sameGovernment } from './pairing.js';
export { structureAssumptions } from './assumptions.js';
export { differentIndicators, indicatorSimilarity, isCeiling, keepsModifiers, sharesOnlyGeneric } from './indicators.js';
export { canonical, INDICATOR_SYNONYMS, modifiersOf } from '../lexicon/indicators.js';
export { judge } from './verdict.js';
export { REASONS, type Reason } from './reasons.js';

/** The review cannot score the plan (not the next year of the same government); says why. */
export class PairingError extends Error {
  constructor(readonly problem: string) {
    super(`cannot score this pair: ${problem} (use force to score it anyway)`);
    this.name = 'PairingError';
  }
}

export const DEFAULT_SETTINGS: CheckSettings = { aboutTolerance: 0.05, force: false };

export interface CheckOptions extends Partial<CheckSettings> {
  tokenizer?: Tokenizer;
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

// Target–outcome comparisons made in full; the largest bundled pair (zhejiang 2025 → 2026) makes 14,608.
const MAX_COMPARISONS = 250_000;

// No pair: the cost of leaving a target without an outcome.
const NO_PAIR = 1;

/**
 * Gives each target at most one outcome and each outcome at most one target: first the outcomes that
 * name a target's indicator exactly, best first (a near name never takes a figure from its own
 * indicator: '海洋生产总值' from '生产总值'); then the rest in one assignment maximizing the total score.
 */
function assignOutcomes(all: ReadonlyArray<ReadonlyMap<number, Candidate>>): Array<Link | null> {
  const links: Array<Link | null> = all.map(() => null);
  const exact = all.flatMap((o, i) => [...o].filter(([, c]) => c.exact).map(([j, c]) => ({ i, j, c }))).sort((x, y) => y.c.score - x.c.score);
  const takenOutcomes = new Set<number>();
  for (const { i, j, c } of exact) {
    if (links[i] || takenOutcomes.has(j)) continue;
    links[i] = c;
    takenOutcomes.add(j);
  }
  const options = all.map((o, i) => (links[i] ? new Map<number, Candidate>() : new Map([...o].filter(([j]) => !takenOutcomes.has(j)))));
  // Only targets with a candidate left, and only outcomes some target could take, enter the assignment:
  // its cost grows with the cube of its size.
  const rows = options.flatMap((o, i) => (o.size ? [i] : []));
  if (rows.length === 0) return links;
  const columns = [...new Set(rows.flatMap((i) => [...options[i]!.keys()]))].sort((x, y) => x - y);
  // Columns: the outcomes, then one 'no outcome' column per target.
  const cost = rows.map((i) => [
    ...columns.map((j) => (options[i]!.has(j) ? 1 - options[i]!.get(j)!.score : NO_PAIR + 1)),
    ...rows.map(() => NO_PAIR),
  ]);
  for (const [r, c] of munkres(cost)) {
    const link = c < columns.length ? options[rows[r]!]!.get(columns[c]!) : undefined;
    if (link) links[rows[r]!] = link;
  }
  return links;
}

/**
 * The scorecard: every target of the plan report against the outcome the review report (the next
 * year's) gives for it, with a verdict, the margin, a confidence and the evidence spans of both. A
 * card as data; `checkTargets` gives it with its reports and renderers.
 */
export function scoreTargets(plan: Report, review: Report, options: CheckOptions = {}): Scorecard {
  const settings: CheckSettings = { aboutTolerance: options.aboutTolerance ?? DEFAULT_SETTINGS.aboutTolerance, force: options.force ?? false };
  const problem = pairingProblem(plan, review);
  if (problem && !settings.force) throw new PairingError(problem);
  const { targets } = extract(plan);
  const { outcomes } = extract(review);
  const tokenizer = options.tokenizer ?? jiebaTokenizer();
  const pairs = alignSections(plan, review, { to: 'review', tokenizer });
  const scored = targets.filter((t) => t.repeatOf === null);
  // Targets not due in the plan year take no part: the next report cannot report them yet.
  const due = scored.map((t) => dueYear(t, plan));
  // A target with a later deadline of its own ('到2025年，所有行政村集体经济收入达到10万元以上') may be
  // reported done early; a five-year target, or a rate, is not judged on one year.
  const early = scored.map((t, k) => typeof due[k] === 'number' && t.horizon === 'year' && t.direction === 'level');
  // Every target is compared with every outcome; beyond any real report's size only with the outcomes
  // of its aligned review passage, so the work stays bounded.
  const passagesOnly = scored.length * outcomes.length > MAX_COMPARISONS;
  const found = scored.map((t, k) => (due[k] === undefined || early[k] ? candidates(t, outcomes, pairs, passagesOnly) : new Map<number, Candidate>()));
  const links = assignOutcomes(found);
  const lastLooks = new Set<number>();
  // Targets no outcome names closely get a last look by shared words in their aligned passage.
  const taken = new Set(links.flatMap((l) => (l ? [l.outcome] : [])));
  scored.forEach((t, k) => {
    if (links[k] || due[k] !== undefined) return;
    const link = findOutcomeByWords(t, outcomes, taken, pairs, tokenizer);
    if (link) {
      links[k] = link;
      lastLooks.add(k);
      taken.add(link.outcome);
    }
  });
  const rows: ScoreRow[] = scored.map((target, k) => {
    const link = links[k];
    const linked: Trace['stage'] = !link ? 'no-mention' : lastLooks.has(k) ? 'last-look' : (link as Candidate).exact ? 'exact-name' : 'assignment';
    const row = (verdict: Verdict, confidence: number, reason: Reason, more: Partial<ScoreRow> = {}, stage: Trace['stage'] = linked): ScoreRow => ({
      target, outcome: null, margin: null, mention: null, preliminary: false, verdict, confidence, reason: reason.en, reasonZh: reason.zh,
      trace: { stage, candidates: found[k]!.size, similarity: link?.similarity ?? null, inAlignedPassage: link?.inAlignedPassage ?? null },
      ...more,
    });
    if (due[k] !== undefined) {
      const done = link && early[k] && !isMultiYear(link.outcome) ? judge(target, link.outcome, settings.aboutTolerance) : null;
      if (!link || done?.verdict !== 'met') return row('unreported', 0.9, REASONS.notDue(due[k]!), {}, 'not-due');
      return row('met', 0.8, REASONS.doneEarly(due[k] as number, done.reason), { outcome: link.outcome, preliminary: link.outcome.preliminary, margin: done.margin });
    }
    if (!link) {
      const other = findOtherKind(target, outcomes);
      if (other) return row('unclear', 0.5, REASONS.otherKind(), { outcome: other, preliminary: other.preliminary }, 'other-kind');
      const items = findItemsCounted(review, target);
      if (items) {
        const j = judge(target, items, settings.aboutTolerance);
        return row(j.verdict, 0.6, REASONS.itemsCounted(items.text, j.reason), { outcome: items, margin: j.margin }, 'items-named');
      }
      const mention = findMention(review, target) ?? findMentionInPassage(review, target, pairs, tokenizer);
      if (!mention) return row('unreported', 0.7, REASONS.silent());
      // '进出口总额出现下降，预期增长目标未能实现' (national-2016): the account says it missed.
      return saysNotReached(mention.text, target)
        ? row('missed', 0.6, REASONS.saysNotReached(), { mention }, 'says-missed')
        : row('unclear', 0.5, REASONS.wordsOnly(), { mention }, 'words-only');
    }
    const { outcome } = link;
    const confidence = Math.min(1, link.similarity * (link.inAlignedPassage ? 1 : 0.85) * (outcome.preliminary ? 0.9 : 1));
    if (isMultiYear(outcome)) return row('unclear', confidence, REASONS.multiYear(), { outcome, preliminary: outcome.preliminary });
    if (coversMore(target.indicator, outcome.indicator)) return row('unclear', confidence, REASONS.broader(), { outcome, preliminary: outcome.preliminary });
    if (otherStage(target, outcome)) return row('unclear', confidence, REASONS.otherStage(), { outcome, preliminary: outcome.preliminary });
    const j = judge(target, outcome, settings.aboutTolerance);
    const more = { outcome, preliminary: outcome.preliminary, margin: j.margin };
    const { stretch } = target;
    if (!stretch) return row(j.verdict, confidence, j.reason, more);
    // One row with both: the floor decides the verdict, the stretch is told beside it.
    const s = judge({ ...target, value: stretch.value, high: null, unit: stretch.unit, comparator: 'at_least', inclusive: true }, outcome, settings.aboutTolerance);
    const reason = j.verdict === 'unclear' ? j.reason : REASONS.withStretch(j.reason, j.verdict === 'met', s.verdict === 'met', `${stretch.value}${stretch.unit}`);
    return row(j.verdict, confidence, reason, { ...more, stretch: { value: stretch.value, unit: stretch.unit, verdict: s.verdict, margin: s.margin } });
  });
  const summary: Record<Verdict, number> = { met: 0, missed: 0, unreported: 0, unclear: 0 };
  for (const row of rows) summary[row.verdict]++;
  const card: Scorecard = {
    plan: info(plan, options.planFile),
    review: info(review, options.reviewFile),
    rows,
    summary,
    settings,
    warning: problem,
    assumptions: structureAssumptions(plan, review),
    repeats: targets.filter((t) => t.repeatOf !== null),
  };
  return card;
}
