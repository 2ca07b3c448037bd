import { alternation } from '../lexicon/entry.js';
import {
  DURATION_AFTER as DURATION_AFTER_WORDS,
  DURATION_BEFORE as DURATION_BEFORE_WORDS,
  MAGNITUDES_BEFORE_INFIX,
  REACHING_VERBS,
  RUN_WORDS,
  SCALE_MARKS,
  SCALE_NOUNS,
  SCALE_WORDS,
  WORD_FORMS,
  WORDED_DURATION_UNITS,
} from '../lexicon/quantity.js';
import { CHINESE_NUMERALS, readArabic, readChinese, readChineseDecimal, type NumberMatch } from './numerals.js';
import { APPROXIMATE_INFIX, PREFIX_BOUNDS, RANGE_SEPARATOR, SUFFIX_BOUNDS, type Bound } from './qualifiers.js';
import type { Quantity, QuantityKind } from './types.js';
import { readUnit } from './units.js';

const RATIO_COLON = /[:：]/;

/** A figure found in a string, before it is placed in a report. Offsets are into the scanned string. */
export interface RawQuantity extends Pick<Quantity, 'value' | 'high' | 'unit' | 'kind' | 'comparator' | 'inclusive' | 'ratio'> {
  /** The whole expression: qualifier words, number(s), unit. */
  start: number;
  end: number;
  /** The first number's own characters. */
  numberStart: number;
  numberEnd: number;
  /** Written in Chinese numerals ('十四', '三分之一'). */
  chinese: boolean;
}

const LATIN_OR_DIGIT = /[0-9A-Za-z.]/;

// The Chinese numerals as UTF-16 codes: a number is sought at every figure-like character.
const CHINESE_NUMERAL_CODES = new Set([...CHINESE_NUMERALS].map((ch) => ch.charCodeAt(0)));

function readNumber(text: string, at: number): (NumberMatch & { chinese: boolean }) | null {
  if (isDigitAt(text, at)) {
    const m = readArabic(text, at);
    return m && { ...m, chinese: false };
  }
  if (CHINESE_NUMERAL_CODES.has(text.charCodeAt(at))) {
    const m = readChinese(text, at);
    return m && { ...m, chinese: true };
  }
  return null;
}

function startsWithWord<T>(text: string, at: number, table: ReadonlyArray<[string, T]>): [string, T] | null {
  for (const entry of table) if (text.startsWith(entry[0], at)) return entry;
  return null;
}

function endsWithWord<T>(text: string, at: number, table: ReadonlyArray<[string, T]>): [string, T] | null {
  for (const entry of table) if (at >= entry[0].length && text.startsWith(entry[0], at - entry[0].length)) return entry;
  return null;
}

// Shares spelled out: '百分之八' is 8%, '千分之三' 3‰.
const SPELLED_SHARES: Record<string, string> = { 百: '%', 千: '‰' };

function kindOf(unit: string): QuantityKind {
  if (unit === '%') return 'percent';
  if (unit === '‰') return 'permille';
  if (unit.endsWith('百分点')) return 'points';
  if (unit === '倍') return 'multiple';
  if (unit === 'fraction' || unit === '成') return 'fraction';
  return 'amount';
}

// Reports measure in Arabic digits. Chinese numerals count the speech's own structure and slogans
// ('十个方面', '办好十项', '三大攻坚战', '四个全面') or name size classes ('千亩森林公园', '百万吨乙烯',
// '十年行动方案'); they measure only in these forms: shares, points, runs ('十四连增'), durations, and large
// amounts spelled with a digit and a magnitude ('两千', '一万五千').
// Years are a duration when a word of time span surrounds them ('连续三年稳定在…' is a run, not a target):
// '第二轮土地承包到期后再延长三十年'
// (jiangsu-2025, hubei-2025), '力争两年内让全区所有村庄实现户户通硬化路' (beiguan-2019), '用三年时间'.
const DURATION_BEFORE = new RegExp(`(?:${alternation(DURATION_BEFORE_WORDS)})$`);
const DURATION_AFTER = new RegExp(`^(?:${alternation(DURATION_AFTER_WORDS)})`);
// Durations are measured in words too: '提前两周', '压缩至三天'.
const WORDED_DURATION = new RegExp(`^(?:${alternation(WORDED_DURATION_UNITS)})$`);

function acceptsChinese(numeral: string, unit: string, before: string, after: string): boolean {
  if (unit.endsWith('百分点') || unit === 'fraction' || unit === '成' || unit === '连增') return true;
  if (WORDED_DURATION.test(unit)) return true;
  if (unit === '年' && (DURATION_BEFORE.test(before) || DURATION_AFTER.test(after))) return true;
  return unit !== '' && /[一二两三四五六七八九]/.test(numeral) && /[百千万亿]/.test(numeral);
}

const firstCodes = (entries: ReadonlyArray<{ words: readonly string[] }>) => new Set(entries.flatMap((entry) => entry.words.map((word) => word.charCodeAt(0))));
// The first characters of the word forms and of the scale words: most figures start with neither.
const WORD_FORM_START = firstCodes(WORD_FORMS);
const SCALE_START = firstCodes(SCALE_WORDS);

/** Special forms without a leading number: '一半' and '减半' (½), '翻一番' (×2), '翻两番' (×4). */
function readWordForm(text: string, at: number): { length: number; value: number; unit: string } | null {
  if (!WORD_FORM_START.has(text.charCodeAt(at))) return null;
  for (const form of WORD_FORMS) {
    for (const word of form.words) if (text.startsWith(word, at)) return { length: word.length, value: form.value, unit: form.unit };
  }
  return null;
}

/** Whether an ASCII digit stands at `i` (false past the end). */
function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

/**
 * Every figure in `text`, read character by character (never from word segmentation, which cuts
 * '13.8' into four tokens). Each position is read at most a few characters ahead, so the scan is
 * linear in the length of the text.
 */
export function scanQuantities(text: string): RawQuantity[] {
  const found: RawQuantity[] = [];
  let i = 0;
  while (i < text.length) {
    const q = readAt(text, i);
    if (q) {
      found.push(q);
      i = q.end;
    } else {
      // No figure starts here, nor anywhere inside the same run of digits: skip it whole, so a line of
      // 200,000 digits is read once, not once per digit.
      i++;
      if (isDigitAt(text, i - 1)) while (isDigitAt(text, i)) i++;
    }
  }
  return found;
}

// A scale with no digit after a verb of reaching is a floor of one such amount: '支柱产业突破万亿级规模'
// (hubei-2025), '5大支柱产业迈入万亿级规模', '旅游综合收入突破万亿元' (hubei-2026), '保持千亿级投资强度'
// (beijing-2025). Without the verb, '万亿级' is a size class ('培育万亿级文旅支柱产业', hubei-2025).
const SCALE_WORD = new RegExp(`^(${alternation(SCALE_WORDS)})(?:${alternation(SCALE_MARKS)})`);
const REACHED = new RegExp(`(?:${alternation(REACHING_VERBS)})$`);
// What a scale may measure when a word follows it: '迈入万亿级规模', '保持千亿级投资强度' (beijing-2025).
const SCALE_AFTER = new RegExp(`^(?:${alternation(SCALE_NOUNS)})`);
const SCALES: Record<string, [value: number, unit: string]> = Object.fromEntries(
  SCALE_WORDS.flatMap((s) => s.words.map((w) => [w, [s.value, s.unit]] as const)),
);
const INFIX_MAGNITUDE = new RegExp(`^(?:${alternation(MAGNITUDES_BEFORE_INFIX)})$`);
const MAGNITUDE_START = new RegExp(`^(?:${alternation(MAGNITUDES_BEFORE_INFIX)})`);
const RUN = new RegExp(`^(?:${alternation(RUN_WORDS)})`);

function readScale(text: string, at: number): RawQuantity | null {
  if (!SCALE_START.has(text.charCodeAt(at))) return null;
  const m = SCALE_WORD.exec(text.slice(at, at + 3));
  if (!m || !REACHED.test(text.slice(Math.max(0, at - 2), at))) return null;
  // A noun right after names a class of things: '突破千亿级产业集群', '营收突破百亿元企业5家'.
  if (/^[\u4e00-\u9fff]/.test(text.slice(at + 3, at + 4)) && !SCALE_AFTER.test(text.slice(at + 3, at + 5))) return null;
  const [value, unit] = SCALES[m[1]!]!;
  const q = finish(text, at, at, at + 2, at + 3, value, null, unit, true);
  return q && { ...q, comparator: 'at_least', inclusive: q.comparator === 'at_least' ? q.inclusive : true };
}

// The characters a figure can start with, as UTF-16 codes: a digit, a Chinese numeral, the first of a
// word form or of a scale word. Most characters of a text are none of them, and are passed over at once.
const FIGURE_START = new Set(
  [...'0123456789', ...CHINESE_NUMERALS, ...[...WORD_FORMS, ...SCALE_WORDS].flatMap((entry) => entry.words.map((word) => word[0]!))].map((ch) => ch.charCodeAt(0)),
);

function readAt(text: string, at: number): RawQuantity | null {
  if (!FIGURE_START.has(text.charCodeAt(at))) return null;
  const word = readWordForm(text, at);
  if (word) return finish(text, at, at, at + word.length, at + word.length, word.value, null, word.unit, true);
  const scale = readScale(text, at);
  if (scale) return scale;
  const prev = text[at - 1] ?? '';
  const first = readNumber(text, at);
  if (!first) return null;
  // Inside a Latin name or a longer numeral: 'PM2.5', 'M2', 'G60', or the tail of '十四'.
  if (LATIN_OR_DIGIT.test(prev) || (first.chinese && CHINESE_NUMERAL_CODES.has(text.charCodeAt(at - 1)))) return null;
  let j = at + first.length;
  if (!first.chinese && /[A-Za-z]/.test(text[j] ?? '')) return null; // '5G', '3D', '415X'

  // '百分之Y' is Y% and '千分之Y' Y‰, decimals spelled after 点 ('百分之四点八'): a rate as a speech reads it out.
  const spelled = first.chinese && text.slice(at, j) in SPELLED_SHARES && text.startsWith('分之', j) ? readChineseDecimal(text, j + 2) : null;
  if (spelled) {
    const end = j + 2 + spelled.length;
    return finish(text, at, at, end, end, spelled.value, null, SPELLED_SHARES[text.slice(at, j)]!, true);
  }
  // 'X分之Y' → Y/X ('三分之一').
  if (text.startsWith('分之', j)) {
    const part = readNumber(text, j + 2);
    if (!part || first.value === 0) return null;
    return finish(text, at, at, j + 2 + part.length, j + 2 + part.length, part.value / first.value, null, 'fraction', first.chinese);
  }
  // Ratios: '4.1:43.1:52.8', '1.69:1', and with the full-width colon '6：61：33' (laiyuan-2021, qingyuan-2022).
  if (!first.chinese && RATIO_COLON.test(text[j] ?? '') && /[0-9]/.test(text[j + 1] ?? '')) {
    const parts = [first.value];
    while (RATIO_COLON.test(text[j] ?? '') && /[0-9]/.test(text[j + 1] ?? '')) {
      const next = readArabic(text, j + 1)!;
      parts.push(next.value);
      j += 1 + next.length;
    }
    const q = finish(text, at, at, at + first.length, j, first.value, null, 'ratio', false);
    return q && { ...q, kind: 'ratio', ratio: parts };
  }
  let approximate = APPROXIMATE_INFIX.test(text[j] ?? '') && readUnit(text, j + 1) !== null;
  if (approximate) j++;
  let unit = text[j] === '成' ? '成' : RUN.test(text.slice(j, j + 2)) ? '连增' : readUnit(text, j) ?? '';
  j += unit === '连增' ? 2 : unit.length;
  // '5万余个', '3700多万人': 余/多 between the magnitude and the counting word.
  if (!approximate && INFIX_MAGNITUDE.test(unit) && APPROXIMATE_INFIX.test(text[j] ?? '')) {
    const base = readUnit(text, j + 1);
    if (base && !MAGNITUDE_START.test(base)) {
      unit += base;
      j += 1 + base.length;
      approximate = true;
    }
  }

  // A range: '6%-6.5%', '3-5家', '4.5%至5%'.
  let high: number | null = null;
  const separator = RANGE_SEPARATOR.exec(text.slice(j, j + 2));
  if (separator) {
    const second = readNumber(text, j + separator[0].length);
    if (second && second.chinese === first.chinese) {
      const k = j + separator[0].length + second.length;
      const secondUnit = readUnit(text, k) ?? '';
      if (!unit || secondUnit === unit || (unit === '%' && secondUnit === '')) {
        high = second.value;
        unit ||= secondUnit;
        j = k + (secondUnit === unit ? secondUnit.length : 0);
      }
    }
  }
  if (first.chinese && !acceptsChinese(text.slice(at, at + first.length), unit, text.slice(Math.max(0, at - 3), at), text.slice(j, j + 3))) return null;
  const q = finish(text, at, at, at + first.length, j, first.value, high, unit, first.chinese);
  if (q && approximate && q.comparator === 'exact') q.comparator = 'about';
  return q;
}

/** Adds the qualifier words around a number: prefix bounds before `numberStart`, suffix bounds after `end`. */
function finish(
  text: string,
  start: number,
  numberStart: number,
  numberEnd: number,
  end: number,
  value: number,
  high: number | null,
  unit: string,
  chinese: boolean,
): RawQuantity | null {
  if (!Number.isFinite(value)) return null;
  let bound: Bound = { comparator: high === null ? 'exact' : 'range', inclusive: true };
  const prefix = endsWithWord(text, numberStart, PREFIX_BOUNDS);
  if (prefix && high === null) {
    bound = prefix[1];
    start = numberStart - prefix[0].length;
  }
  const suffix = startsWithWord(text, end, SUFFIX_BOUNDS);
  if (suffix) {
    if (high === null) bound = suffix[1];
    end += suffix[0].length;
  }
  return { start, end, numberStart, numberEnd, value, high, unit, kind: kindOf(unit), ...bound, chinese };
}
