import type { PartRole, RoleEvidence, Stance } from '../types.js';
import { GOVERNMENT_WORDS, HEADING_TIME, HEADING_WORDS, HEADING_YEAR, TENSE, type Cue } from '../../../lexicon/parts.js';
import { periodsNamed, yearsNamed } from './years.js';
import { alternation } from '../../../lexicon/entry.js';
import { FIVE_YEAR_PLAN } from '../../../lexicon/figures.js';
import { FIVE_YEAR_WORDS, YEAR_WORK_WORDS } from '../../../lexicon/report.js';

/** What the decision reads of one part: its heading (numeral dropped), its words, and where it stands. */
export interface PartView {
  heading: string;
  /** The part's own paragraphs, heading excluded, as normalized. */
  paragraphs: readonly string[];
  index: number;
  count: number;
}

export interface RoleDecision {
  role: PartRole;
  /** How far the winning role is ahead of the next, from 0.5 (a tie) towards 1. */
  confidence: number;
  evidence: RoleEvidence[];
  /**
   * The part reports the years behind and plans the years ahead: its heading names both
   * ('“十三五”时期发展成就和“十四五”时期主要目标任务'), or its paragraphs turn from one to the other.
   */
  mixed: boolean;
  horizon: 'year' | 'multi-year';
}

// A part with fewer characters than this says too little to be a review or a plan by its words alone.
const MIN_BODY = 80;
// Tense counts reach full weight at this many cues.
const FULL_TENSE = 20;
const TENSE_WEIGHT = 3;
// Below this weight the tense of a whole part is unclear, and the order of its paragraphs may tell more.
const CLEAR_TENSE = 1;
const TURN_WEIGHT = 1;
const ORDER_WEIGHT = 0.75;
// What follows the account of the past is the plan, unless something else says otherwise.
const AFTER_FIRST_WEIGHT = 0.25;
// 'other' is where a part with no evidence stays.
const OTHER_PRIOR = 0.5;
// The government part speaks of it every few sentences: this many cues per thousand characters.
const GOVERNMENT_DENSITY = 2;
const GOVERNMENT_WEIGHT = 4;

/** Cues that a heading names by its words and by the time it names, against plan year `planYear`. */
export function headingEvidence(heading: string, planYear: number | null): RoleEvidence[] {
  const out: RoleEvidence[] = [];
  const found = (cues: ReadonlyArray<Cue<PartRole>>, cue: RoleEvidence['cue']) => {
    for (const c of cues) {
      const m = c.re.exec(heading);
      if (m) out.push({ cue, says: c.says, weight: c.weight, seen: m[0] });
    }
  };
  found(HEADING_WORDS, 'heading-words');
  found(HEADING_TIME, 'heading-time');
  if (planYear !== null) {
    for (const { year } of yearsNamed(heading)) {
      const rule =
        year === planYear ? HEADING_YEAR.planYear : year === planYear - 1 ? HEADING_YEAR.yearBefore : year < planYear ? HEADING_YEAR.earlier : HEADING_YEAR.later;
      out.push({ cue: 'heading-year', says: rule.says, weight: rule.weight, seen: `${year}年 (plan year ${planYear})` });
    }
    for (const { from, to } of periodsNamed(heading)) {
      const rule = to < planYear ? HEADING_YEAR.periodEnded : HEADING_YEAR.periodAhead;
      out.push({ cue: 'heading-year', says: rule.says, weight: rule.weight, seen: `${from}–${to} (plan year ${planYear})` });
    }
  }
  return out;
}

/**
 * How many times each cue of TENSE occurs in a text, in TENSE's order. No cue spans a line break, so the
 * counts of paragraphs joined by '\n' are the sums of theirs: a part's paragraphs are read once.
 */
export function cueCounts(text: string): number[] {
  return TENSE.map((c) => text.match(c.re)?.length ?? 0);
}

/** The counts of several texts joined by line breaks (see cueCounts). */
function summed(counts: ReadonlyArray<readonly number[]>): number[] {
  return TENSE.map((_, i) => counts.reduce((n, c) => n + c[i]!, 0));
}

/** Cue counts weighed: the past (and what is only said of the past) and the future. */
function weighed(counts: readonly number[]): { past: number; onlyPast: number; future: number } {
  let past = 0;
  let onlyPast = 0;
  let future = 0;
  TENSE.forEach((c, i) => {
    const n = counts[i]!;
    if (c.says === 'future') future += n * c.weight;
    else {
      past += n * c.weight;
      if (c.only) onlyPast += n * c.weight;
    }
  });
  return { past, onlyPast, future };
}

/** Counts of the cues of the past (and of those only said of the past) and of the future in a text. */
export function tenseCounts(text: string): { past: number; onlyPast: number; future: number } {
  return weighed(cueCounts(text));
}

/** What the tense of a text says, from its weighed cue counts: reports of results (review) or tasks (plan), weighted by how clear and how many. */
function evidenceOfTense({ past, future }: { past: number; future: number }): RoleEvidence | null {
  const total = past + future;
  if (total === 0) return null;
  const lean = (future - past) / total;
  const weight = TENSE_WEIGHT * Math.abs(lean) * Math.min(1, total / FULL_TENSE);
  return weight > 0 ? { cue: 'tense', says: lean > 0 ? 'plan' : 'review', weight, seen: `${past} past, ${future} future` } : null;
}

function governmentEvidence(text: string): RoleEvidence | null {
  const n = text.match(GOVERNMENT_WORDS.re)?.length ?? 0;
  const density = (1000 * n) / Math.max(text.length, 1);
  if (n < 2 || density < GOVERNMENT_DENSITY) return null;
  return { cue: 'government-words', says: 'government', weight: Math.min(GOVERNMENT_WEIGHT, density), seen: `${n} in ${text.length} characters` };
}

// '“十四五”时期', '五年规划', '规划纲要', '五年来', '过去五年': a five-year period, not one year.
const FIVE_YEARS = new RegExp(`${FIVE_YEAR_PLAN}|${alternation([FIVE_YEAR_WORDS])}`);
const ONE_YEAR_WORK = new RegExp(`(?:(?:19|20)\\d\\d|[一二][〇零一二三四五六七八九]{3})年(?:${alternation([YEAR_WORK_WORDS])})`);

/** Whether a part is about a five-year period: its heading says so, or (a slogan heading) its lead does. */
function horizonOf(heading: string, lead: string): 'year' | 'multi-year' {
  if (FIVE_YEARS.test(heading)) return ONE_YEAR_WORK.test(heading) ? 'year' : 'multi-year';
  if (heading !== '' && (yearsNamed(heading).length > 0 || HEADING_WORDS.some((c) => c.re.test(heading)))) return 'year';
  const opening = lead.slice(0, lead.search(/[。；]/) + 1 || lead.length);
  return FIVE_YEARS.test(opening) && yearsNamed(opening).length === 0 ? 'multi-year' : 'year';
}

/** How far a role is ahead of the next, as 0.5 (a tie) to 1, to two places. */
const confidenceOf = (margin: number) => Math.round(100 / (1 + Math.exp(-margin))) / 100;

/**
 * The role of a part from all its cues: the heading's words and the time it names against the plan
 * year, the tense of what it says, and its place in the report. The role with the most weight wins.
 */
export function decideRole(part: PartView, planYear: number | null, counts?: ReadonlyArray<readonly number[]>): RoleDecision {
  const evidence: RoleEvidence[] = headingEvidence(part.heading, planYear);
  const closing = evidence.some((e) => e.says === 'other');
  const body = part.paragraphs.join('\n');
  const headingMixed = namesBoth(evidence);
  let turns = false;
  if (body.length >= MIN_BODY && !closing) {
    const tenses = counts ?? part.paragraphs.map(cueCounts);
    const tense = evidenceOfTense(weighed(summed(tenses)));
    if (tense) evidence.push(tense);
    // A part that first reports the years behind, then sets the years ahead, leads to its plan
    // ('“十四五”时期发展成就和“十五五”时期主要目标任务', whatever its heading says).
    const turn = !headingMixed && (tense?.weight ?? 0) < CLEAR_TENSE ? turnToPlan(tenses) : null;
    if (turn) {
      evidence.push(turn);
      turns = true;
    }
    // The government's work on itself follows the tasks: the account of the year also reports it (a
    // passage '切实加强政府自身建设…', xushui-2010), which does not make the first part that work.
    const government = part.index > 0 ? governmentEvidence(body) : null;
    if (government) evidence.push(government);
    // The account of the past comes first, the government's work on itself last.
    if (part.index === 0) evidence.push({ cue: 'order', says: 'review', weight: ORDER_WEIGHT, seen: 'first part' });
    else if (part.index === part.count - 1 && government) evidence.push({ cue: 'order', says: 'government', weight: ORDER_WEIGHT, seen: 'last part' });
    else evidence.push({ cue: 'order', says: 'plan', weight: AFTER_FIRST_WEIGHT, seen: 'after the first part' });
  }
  // A part that says little, with no heading cue, is front or closing matter.
  const score = new Map<PartRole, number>([['other', body.length < MIN_BODY ? OTHER_PRIOR : 0]]);
  for (const e of evidence) score.set(e.says, (score.get(e.says) ?? 0) + e.weight);
  const ranked = [...score].sort((a, b) => b[1] - a[1]);
  const [role, top] = ranked[0]!;
  const second = ranked[1]?.[1] ?? 0;
  return {
    role,
    confidence: confidenceOf(top - second),
    evidence,
    mixed: headingMixed || (turns && role === 'plan'),
    horizon: horizonOf(part.heading, part.paragraphs[0] ?? ''),
  };
}

/** A heading that names a review and a plan at once. */
function namesBoth(evidence: readonly RoleEvidence[]): boolean {
  const heading = evidence.filter((e) => e.cue.startsWith('heading'));
  return heading.some((e) => e.says === 'review') && heading.some((e) => e.says === 'plan');
}

/** Evidence that a part turns from an account of the past to a plan: paragraphs that report, then paragraphs that plan. */
function turnToPlan(paragraphs: ReadonlyArray<readonly number[]>): RoleEvidence | null {
  const stances = paragraphs.map((counts) => {
    const { onlyPast, future } = weighed(counts);
    return onlyPast >= MIN_PAST && onlyPast >= PAST_OVER_FUTURE * future ? 'back' : future >= MIN_PAST && future >= PAST_OVER_FUTURE * onlyPast ? 'ahead' : null;
  });
  const firstAhead = stances.indexOf('ahead');
  const back = stances.filter((s) => s === 'back').length;
  if (back === 0 || firstAhead < 0 || stances.indexOf('back') > firstAhead) return null;
  const ahead = stances.filter((s) => s === 'ahead').length;
  return { cue: 'tense', says: 'plan', weight: TURN_WEIGHT, seen: `${back} paragraphs report, then ${ahead} plan` };
}

// A paragraph of a plan part that reports the past: clearly more cues of results than of tasks.
const MIN_PAST = 2;
const PAST_OVER_FUTURE = 2;

/**
 * The role of one paragraph of a plan part, by its tense (its cue counts, cueCounts). In a part whose heading names both a
 * review and a plan, the paragraph goes with whichever tense has more cues; elsewhere it is a review
 * only when it clearly reports results ('“十三五”时期…取得…实现…', under a slogan heading).
 */
export function stanceOf(cues: readonly number[], mixed: boolean): Stance {
  const counts = weighed(cues);
  const { past, onlyPast, future } = counts;
  // '完成', '实现', '达到' set tasks as often as they report them: alone they make no account.
  const looksBack = mixed ? past > future : onlyPast >= MIN_PAST && onlyPast >= PAST_OVER_FUTURE * future;
  const evidence = evidenceOfTense(counts);
  const agrees = evidence !== null && (evidence.says === 'review') === looksBack;
  return { role: looksBack ? 'review' : 'plan', confidence: confidenceOf(agrees ? evidence.weight : 0), evidence };
}
