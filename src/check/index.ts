import { alignSections } from '../align/index.js';
import { extract } from '../extract/index.js';
import type { Report } from '../report/outline/types.js';
import { jiebaTokenizer, type Tokenizer } from '../segment/index.js';
import { munkres } from 'munkres';
import { candidates, findMention, findMentionInPassage, findOutcomeByWords, isMultiYear, type Candidate, type Link } from './link.js';
import { pairingProblem } from './pairing.js';
import { structureAssumptions } from './assumptions.js';
import type { CheckSettings, ReportInfo, Scorecard, ScoreRow, Verdict } from './types.js';
import { judge } from './verdict.js';

export type * from './types.js';
export { consecutivePairs, pairingProblem, sameGovernment } from './pairing.js';
export { structureAssumptions } from './assumptions.js';
export { canonical, differentIndicators, indicatorSimilarity, INDICATOR_SYNONYMS, isCeiling, sharesOnlyGeneric } from './indicators.js';
export { judge } from './verdict.js';

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
  return { file: file ?? null, title: report.meta.title, year: report.meta.planYear, government: report.meta.government };
}

// No pair: the cost of leaving a target without an outcome.
const NO_PAIR = 1;

/**
 * Gives each target at most one outcome and each outcome at most one target: first the outcomes that
 * name a target's indicator exactly, best first (a near name never takes a figure from its own
 * indicator: '海洋生产总值' from '生产总值'); then the rest in one assignment maximizing the total score.
 */
function assignOutcomes(all: ReadonlyArray<ReadonlyMap<number, Candidate>>, outcomeCount: number): Array<Link | null> {
  const links: Array<Link | null> = all.map(() => null);
  const exact = all.flatMap((o, i) => [...o].filter(([, c]) => c.exact).map(([j, c]) => ({ i, j, c }))).sort((x, y) => y.c.score - x.c.score);
  const takenOutcomes = new Set<number>();
  for (const { i, j, c } of exact) {
    if (links[i] || takenOutcomes.has(j)) continue;
    links[i] = c;
    takenOutcomes.add(j);
  }
  const options = all.map((o, i) => (links[i] ? new Map<number, Candidate>() : new Map([...o].filter(([j]) => !takenOutcomes.has(j)))));
  if (options.every((o) => o.size === 0)) return links;
  // Columns: every outcome, then one 'no outcome' column per target.
  const cost = options.map((o) => [
    ...Array.from({ length: outcomeCount }, (_, j) => (o.has(j) ? 1 - o.get(j)!.score : NO_PAIR + 1)),
    ...options.map(() => NO_PAIR),
  ]);
  for (const [i, j] of munkres(cost)) {
    const link = options[i]!.get(j);
    if (link && !links[i]) links[i] = link;
  }
  return links;
}

/**
 * The scorecard: every target of the plan report against the outcome the review report (the next
 * year's) gives for it, with a verdict, the margin, a confidence and the evidence spans of both.
 */
export function checkTargets(plan: Report, review: Report, options: CheckOptions = {}): Scorecard {
  const settings: CheckSettings = { aboutTolerance: options.aboutTolerance ?? DEFAULT_SETTINGS.aboutTolerance, force: options.force ?? false };
  const problem = pairingProblem(plan, review);
  if (problem && !settings.force) throw new PairingError(problem);
  const { targets } = extract(plan);
  const { outcomes } = extract(review);
  const tokenizer = options.tokenizer ?? jiebaTokenizer();
  const pairs = alignSections(plan, review, { to: 'review', tokenizer });
  const scored = targets.filter((t) => t.repeatOf === null);
  // Five-year targets take no part: the next report cannot report them yet.
  const links = assignOutcomes(
    scored.map((t) => (t.horizon === 'year' ? candidates(t, outcomes, pairs) : new Map())),
    outcomes.length,
  );
  // Targets no outcome names closely get a last look by shared words in their aligned passage.
  const taken = new Set(links.flatMap((l) => (l ? [l.outcome] : [])));
  scored.forEach((t, k) => {
    if (links[k] || t.horizon !== 'year') return;
    const link = findOutcomeByWords(t, outcomes, taken, pairs, tokenizer);
    if (link) {
      links[k] = link;
      taken.add(link.outcome);
    }
  });
  const rows: ScoreRow[] = scored.map((target, k) => {
      const base = { target, margin: null, mention: null, preliminary: false };
      if (target.horizon === 'multi-year') {
        return { ...base, outcome: null, verdict: 'unreported', confidence: 0.9, reason: 'a target for a five-year period: the next report cannot report it yet' };
      }
      const link = links[k];
      if (!link) {
        const mention = findMention(review, target) ?? findMentionInPassage(review, target, pairs, tokenizer);
        return mention
          ? { ...base, outcome: null, mention, verdict: 'unclear', confidence: 0.5, reason: 'the review names the indicator in words only, without a figure' }
          : { ...base, outcome: null, verdict: 'unreported', confidence: 0.7, reason: 'no figure or mention of this indicator in the review' };
      }
      const { outcome } = link;
      const confidence = Math.min(1, link.similarity * (link.inAlignedPassage ? 1 : 0.85) * (outcome.preliminary ? 0.9 : 1));
      if (isMultiYear(outcome)) {
        return { ...base, outcome, preliminary: outcome.preliminary, verdict: 'unclear', confidence, reason: 'the review gives a multi-year figure, not the plan year alone' };
      }
      const j = judge(target, outcome, settings.aboutTolerance);
      return { ...base, outcome, preliminary: outcome.preliminary, verdict: j.verdict, margin: j.margin, confidence, reason: j.reason };
    });
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
  };
}
