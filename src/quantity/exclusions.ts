import { alternation } from '../lexicon/entry.js';
import {
  AGE_UNITS,
  ANNIVERSARY_WORDS,
  FOUNDING,
  GRADE_WORDS,
  ORDINAL_MARKS,
  SPEECH_PARTS,
  VOLTAGE_UNITS,
  wordsOf,
} from '../lexicon/quantity.js';
import type { RawQuantity } from './scan.js';

/**
 * Figures that are not quantities: the rules, each with the language it comes from. A rule gets
 * the scanned text and the figure, and returns a reason or null.
 */
type Rule = (text: string, q: RawQuantity) => string | null;

// What is founded before an anniversary's years: '建军一百年奋斗目标', '中国共产党成立一百周年'.
const FOUNDED = new RegExp(`(?:${alternation(FOUNDING)})$`);

const ORDINAL = wordsOf(ORDINAL_MARKS);
const ANNIVERSARY = wordsOf(ANNIVERSARY_WORDS);
const VOLTAGE = wordsOf(VOLTAGE_UNITS);
const SPEECH = wordsOf(SPEECH_PARTS);
const AGE = wordsOf(AGE_UNITS);
const GRADES = wordsOf(GRADE_WORDS);
const GRADE = new RegExp(`^[A-Z]?(?:${alternation(GRADE_WORDS)})`);

/** One of `words` starts at `at`. */
function startsWithAny(text: string, at: number, words: readonly string[]): boolean {
  return words.some((w) => text.startsWith(w, at));
}

/** One of `words` ends at `at`. */
function endsWithAny(text: string, at: number, words: readonly string[]): boolean {
  return words.some((w) => at >= w.length && text.startsWith(w, at - w.length));
}

const RULES: ReadonlyArray<[name: string, rule: Rule]> = [
  // '2019年', '二〇三五年', '2021—2025年': a year, not a duration ('5年过渡期' is one).
  ['year', (_, q) => (q.unit === '年' && q.value >= 1900 && q.value <= 2100 ? 'a year' : null)],
  // '5月22日', '第四次', '1号线': no unit of measure follows, so nothing is measured.
  ['no unit', (_, q) => (q.unit === '' ? 'no unit of measure' : null)],
  // '第三期', '第十四届': an ordinal.
  ['ordinal', (text, q) => (endsWithAny(text, q.numberStart, ORDINAL) ? 'an ordinal (第…)' : null)],
  // '新中国成立70周年', '建军一百年奋斗目标': an anniversary.
  [
    'anniversary',
    (text, q) => (startsWithAny(text, q.numberEnd, ANNIVERSARY) || (q.unit === '年' && FOUNDED.test(text.slice(0, q.start))) ? 'an anniversary' : null),
  ],
  // '1000千伏特高压交流工程': a voltage class naming a project.
  ['voltage class', (_, q) => (VOLTAGE.some((w) => q.unit.endsWith(w)) ? 'a voltage class' : null)],
  // '重点做好9个方面工作': the speech counting its own parts.
  ['speech structure', (text, q) => (startsWithAny(text, q.end, SPEECH) ? 'the speech counting its own parts (…个方面)' : null)],
  // '60-69岁老人', '六十岁以上老人': an age bracket that names a group of people.
  ['age bracket', (text, q) => (AGE.includes(q.unit) && /^[\u4e00-\u9fff]/.test(text.slice(q.end)) ? 'an age bracket naming a group' : null)],
  // '“8个百分之百”标准', '“4+1”重要要求', '“十五五”': numbers inside a short quoted name.
  ['quoted name', (text, q) => (insideShortQuote(text, q.start, q.end) ? 'part of a quoted name' : null)],
  // '5A级', '三级公立医院', '二级以上医疗机构': grades and classes, not amounts.
  ['grade', (text, q) => (GRADE.test(text.slice(q.end, q.end + 2)) || startsWithAny(text, q.end, GRADES) ? 'a grade (…级)' : null)],
];

const MAX_QUOTED_NAME = 15;

function insideShortQuote(text: string, start: number, end: number): boolean {
  // Only a window as wide as a short name is searched, so long texts stay linear.
  const from = Math.max(0, start - MAX_QUOTED_NAME);
  const before = text.slice(from, start);
  const open = before.lastIndexOf('“');
  if (open < 0 || before.lastIndexOf('”') > open) return false;
  const close = text.slice(end, end + MAX_QUOTED_NAME).indexOf('”');
  return close >= 0 && end + close - (from + open) <= MAX_QUOTED_NAME;
}

/** Why a scanned figure is not a quantity, or null when it is one. */
export function exclusionReason(text: string, q: RawQuantity): string | null {
  for (const [, rule] of RULES) {
    const reason = rule(text, q);
    if (reason) return reason;
  }
  return null;
}
