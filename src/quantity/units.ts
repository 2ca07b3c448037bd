/**
 * Units of measure as they follow a number in the reports, with their magnitudes ('万', '亿',
 * '万亿'). Matching takes the longest unit at a position, so '个百分点' wins over '个'. The lists
 * are in `lexicon/quantity.ts`, each with its sentence.
 */
import { alternation } from '../lexicon/entry.js';
import type { QuantityKind } from './types.js';
import {
  BASE_UNITS as BASE_UNIT_WORDS,
  COUNTING_WORDS as COUNTING,
  DURATION_UNITS,
  EVENT_COUNTS as EVENT_COUNT_WORDS,
  INTERCHANGEABLE_COUNTS,
  MAGNITUDES as MAGNITUDE_WORDS,
  MAGNITUDES_ALONE,
  PER_UNITS,
  wordsOf,
} from '../lexicon/quantity.js';

// '兆' is how Hong Kong and Taiwan copies write 万亿 ('兆瓦' stays a unit: the longer match wins).
const MAGNITUDE_FACTORS: Record<string, number> = Object.fromEntries(MAGNITUDE_WORDS.flatMap((m) => m.words.map((w) => [w, m.factor])));
const MAGNITUDES = Object.keys(MAGNITUDE_FACTORS);

// Counting words and measures, longest first where one is a prefix of another.
const BASE_UNITS = wordsOf(BASE_UNIT_WORDS);
// A rate's denominator: '280元/月', '30万元/人'.
const PER = wordsOf(PER_UNITS);

const sortedByLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length);

/** Words, longest first, grouped by their first character: a unit is sought after every numeral, mostly in vain. */
type WordsByFirst = ReadonlyMap<number, readonly string[]>;

function byFirst(words: string[]): WordsByFirst {
  const out = new Map<number, string[]>();
  for (const w of sortedByLength(words)) {
    const first = w.charCodeAt(0);
    out.set(first, [...(out.get(first) ?? []), w]);
  }
  return out;
}

const BASES = byFirst(BASE_UNITS);
const BASE_SET = new Set(BASE_UNITS);
const MAGS = byFirst(MAGNITUDES);
const PERS = byFirst(PER);

const ALONE = new RegExp(`^(?:${alternation(MAGNITUDES_ALONE)})$`);

/** The longest of the words that `text` has at `at`, or null. */
function startsWithAny(text: string, at: number, words: WordsByFirst): string | null {
  for (const w of words.get(text.charCodeAt(at)) ?? []) if (text.startsWith(w, at)) return w;
  return null;
}

/**
 * The unit at `at`, magnitude included ('万人', '亿元', '万亿斤', '%', '元/月'), or null. A magnitude
 * alone ('5575万' before a noun) is a unit too.
 */
export function readUnit(text: string, at: number): string | null {
  if (text[at] === '%' || text[at] === '‰') return text[at]!;
  // '千瓦' is a unit and '千' a magnitude: take whichever reading is longer.
  const bare = startsWithAny(text, at, BASES) ?? '';
  const magnitude = startsWithAny(text, at, MAGS) ?? '';
  const scaled = magnitude ? magnitude + (startsWithAny(text, at + magnitude.length, BASES) ?? '') : '';
  let unit = scaled.length > bare.length ? scaled : bare;
  // A price in fen is a unit only with what it prices ('下降3分/千瓦时', '5分/千瓦时'): '3分' alone is a score.
  if (!unit && text[at] === '分' && text[at + 1] === '/') unit = '分';
  // A magnitude alone is a unit only for 万 and 亿 ('5575万农村贫困人口', '用户3.4亿'); '1000千伏' is not '1000千'.
  if (!unit || unit === magnitude && !ALONE.test(unit)) return null;
  if (text[at + unit.length] === '/') {
    const per = startsWithAny(text, at + unit.length + 1, PERS);
    if (per) unit += `/${per}`;
  }
  return unit === '分' ? null : unit;
}

/** Splits a unit into its magnitude factor and base: '万人' → [1e4, '人'], '千瓦' → [1, '千瓦'], '%' → [1, '%']. */
export function splitUnit(unit: string): [factor: number, base: string] {
  if (BASE_SET.has(unit.split('/')[0]!)) return [1, unit];
  const magnitude = startsWithAny(unit, 0, MAGS);
  return magnitude ? [MAGNITUDE_FACTORS[magnitude]!, unit.slice(magnitude.length)] : [1, unit];
}

// Counting words: a figure in them counts things ('20个', '3万套'), and names what it counts after it.
const COUNTING_WORDS = new Set(wordsOf(COUNTING));
// Counting words that count one kind of thing under different names ('老楼加装电梯600部' and '869台').
const INTERCHANGEABLE = new Set(wordsOf(INTERCHANGEABLE_COUNTS));

// Counts of events: '开行班列4000班次' (henan-2025), '接待游客3000万人次', '举办赛事50场次'.
const EVENT_COUNTS = new RegExp(`^(?:${alternation(EVENT_COUNT_WORDS)})$`);

/** Whether a unit's base is a counting word ('万户' → 户, '万人次'): the figure counts things or events. */
export function isCounting(unit: string): boolean {
  const base = splitUnit(unit)[1];
  return COUNTING_WORDS.has(base) || EVENT_COUNTS.test(base);
}

/** Whether two counting words may count the same things ('部' and '台' for lifts; not '户' and '个'). */
export function countSameThings(a: string, b: string): boolean {
  return a === b || (INTERCHANGEABLE.has(a) && INTERCHANGEABLE.has(b));
}

// Units of time a duration is counted in ('再延长30年', '过境免签240小时', '两年内').
const DURATION = new RegExp(`^(?:${alternation(DURATION_UNITS)})$`);

/** Whether a unit's base counts time: the figure is a duration. */
export function isDuration(unit: string): boolean {
  return DURATION.test(splitUnit(unit)[1]);
}

/** A figure as unit conversion sees it: its kind, its unit as written, and the unit of what it measures (its frame's). */
export interface Measured {
  kind: QuantityKind;
  unit: string;
  frame: { unit: string };
}

/** The unit of what a figure measures: the base its frame implies when the figure writes a magnitude alone ('240万'). */
export function unitMeasured(f: Measured): string {
  return splitUnit(f.unit)[1] === '' ? f.frame.unit : f.unit;
}

/** The outcome's value in the target's unit, or null when the two cannot be compared. */
export function inTargetUnit(t: Measured, o: Measured & { value: number }): number | null {
  if (t.kind !== o.kind) return null;
  // Shares as written: '六成' is 6 tenths, '一半' and '三分之一' are fractions.
  if (t.kind === 'fraction') return t.unit === o.unit ? o.value : t.unit === '成' ? o.value * 10 : o.value / 10;
  if (t.kind !== 'amount') return o.value;
  const [ft, bt] = splitUnit(unitMeasured(t));
  const [fo, bo] = splitUnit(unitMeasured(o));
  const same = countSameThings(bt, bo) || (bt === '' && fo === ft);
  return same ? (o.value * fo) / ft : null;
}
