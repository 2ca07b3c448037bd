import type { PartRole, RoleEvidence } from '../types.js';
import { GOVERNMENT_WORDS, HEADING_TIME, HEADING_WORDS, HEADING_YEAR, TENSE, type Cue } from './cues.js';
import { periodsNamed, yearsNamed } from './years.js';

/** What the decision reads of one part: its heading (numeral dropped), its words, and where it stands. */
export interface PartView {
  heading: string;
  /** The part's own words, heading excluded, as normalized. */
  body: string;
  /** Its lead: the first paragraph after the heading. */
  lead: string;
  index: number;
  count: number;
}

export interface RoleDecision {
  role: PartRole;
  /** How far the winning role is ahead of the next, from 0.5 (a tie) towards 1. */
  confidence: number;
  evidence: RoleEvidence[];
  /** The heading names a review and a plan at once ('“十三五”时期发展成就和“十四五”时期主要目标任务'). */
  mixed: boolean;
  horizon: 'year' | 'multi-year';
}

// A part with fewer characters than this says too little to be a review or a plan by its words alone.
const MIN_BODY = 80;
// Tense counts reach full weight at this many cues.
const FULL_TENSE = 20;
const TENSE_WEIGHT = 3;
const ORDER_WEIGHT = 0.75;
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

/** Counts of the cues of the past and of the future in a text. */
export function tenseCounts(text: string): { past: number; future: number } {
  let past = 0;
  let future = 0;
  for (const c of TENSE) {
    const n = text.match(c.re)?.length ?? 0;
    if (c.says === 'past') past += n * c.weight;
    else future += n * c.weight;
  }
  return { past, future };
}

/** What the tense of a text says: reports of results (review) or tasks (plan), weighted by how clear and how many. */
export function tenseEvidence(text: string): RoleEvidence | null {
  const { past, future } = tenseCounts(text);
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
const FIVE_YEARS = /十[一二三四五六七八九]五|五年规划|规划纲要|五年来|过去五年|今后五年|未来五年/;
const ONE_YEAR_WORK = /(?:(?:19|20)\d\d|[一二][〇零一二三四五六七八九]{3})年(?:工作|重点|主要|的重点)/;

/** Whether a part is about a five-year period: its heading says so, or (a slogan heading) its lead does. */
function horizonOf(heading: string, lead: string): 'year' | 'multi-year' {
  if (FIVE_YEARS.test(heading)) return ONE_YEAR_WORK.test(heading) ? 'year' : 'multi-year';
  if (heading !== '' && (yearsNamed(heading).length > 0 || HEADING_WORDS.some((c) => c.re.test(heading)))) return 'year';
  const opening = lead.slice(0, lead.search(/[。；]/) + 1 || lead.length);
  return FIVE_YEARS.test(opening) && yearsNamed(opening).length === 0 ? 'multi-year' : 'year';
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * The role of a part from all its cues: the heading's words and the time it names against the plan
 * year, the tense of what it says, and its place in the report. The role with the most weight wins.
 */
export function decideRole(part: PartView, planYear: number | null): RoleDecision {
  const evidence: RoleEvidence[] = headingEvidence(part.heading, planYear);
  const closing = evidence.some((e) => e.says === 'other');
  if (part.body.length >= MIN_BODY && !closing) {
    const tense = tenseEvidence(part.body);
    if (tense) evidence.push(tense);
    const government = governmentEvidence(part.body);
    if (government) evidence.push(government);
    // The account of the past comes first, the government's work on itself last.
    if (part.index === 0) evidence.push({ cue: 'order', says: 'review', weight: ORDER_WEIGHT, seen: 'first part' });
    else if (part.index === part.count - 1 && government) evidence.push({ cue: 'order', says: 'government', weight: ORDER_WEIGHT, seen: 'last part' });
  }
  const score = new Map<PartRole, number>([['other', OTHER_PRIOR]]);
  for (const e of evidence) score.set(e.says, (score.get(e.says) ?? 0) + e.weight);
  const ranked = [...score].sort((a, b) => b[1] - a[1]);
  const [role, top] = ranked[0]!;
  const second = ranked[1]?.[1] ?? 0;
  const heading = evidence.filter((e) => e.cue.startsWith('heading'));
  return {
    role,
    confidence: Math.round(100 * sigmoid(top - second)) / 100,
    evidence,
    mixed: heading.some((e) => e.says === 'review') && heading.some((e) => e.says === 'plan'),
    horizon: horizonOf(part.heading, part.lead),
  };
}

/** The role of one paragraph of a mixed part: the years behind or the years ahead, by its tense. */
export function paragraphRole(text: string): { role: 'review' | 'plan'; evidence: RoleEvidence | null } {
  const tense = tenseEvidence(text);
  return { role: tense?.says === 'review' ? 'review' : 'plan', evidence: tense };
}
