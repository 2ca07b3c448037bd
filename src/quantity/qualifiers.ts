import { alternation, guardedAlternation } from '../lexicon/entry.js';
import {
  APPROXIMATE_INFIX as APPROXIMATE_WORDS,
  DECREASE as DECREASE_WORDS,
  ENSURE,
  INCREASE as INCREASE_WORDS,
  LEVEL as LEVEL_WORDS,
  PREFIX_BOUNDS as PREFIX_WORDS,
  PRELIMINARY as PRELIMINARY_WORDS,
  RANGE_SEPARATORS,
  STRIVE,
  SUFFIX_BOUNDS as SUFFIX_WORDS,
  wordsOf,
} from '../lexicon/quantity.js';
import type { Comparator, Direction, Modality } from './types.js';

/**
 * The words around a figure that say how it bounds what it measures, which way it moves and how
 * firmly it is promised, read with the lists of `lexicon/quantity.ts` (each entry with its sentence).
 */

export interface Bound {
  comparator: Comparator;
  inclusive: boolean;
}

/** Words right before a number ('超过1.4万家', '控制在5.5%以内', '近2万亿元'). Longest first. */
export const PREFIX_BOUNDS: ReadonlyArray<[word: string, bound: Bound]> = table(PREFIX_WORDS);

/** Words right after a figure ('6.5%左右', '1100万人以上', '4.5%以内'). 以上/以下/以内 include the bound. */
export const SUFFIX_BOUNDS: ReadonlyArray<[word: string, bound: Bound]> = table(SUFFIX_WORDS);

function table(entries: ReadonlyArray<{ words: readonly string[]; bound: Bound }>): Array<[string, Bound]> {
  return entries.flatMap((e) => e.words.map((w) => [w, { ...e.bound }] as [string, Bound]));
}

/** '20余亿元', '8000多亿元', '40多个': more than the number, read as about it. */
export const APPROXIMATE_INFIX = new RegExp(`^(?:${alternation(APPROXIMATE_WORDS)})`);

/** Separators of a range: '6%-6.5%', '6%－6.5%', '6.5%—7%', '3-5家', '4.5%至5%', '4.8%到5.1%'. */
export const RANGE_SEPARATOR = new RegExp(`^(?:${alternation(RANGE_SEPARATORS)})`);

// Nearest verb before the figure decides the direction ('增长6.7%', '下降0.5个百分点', '控制在…' is a level).
// '增加值' (value added) and '增长极' (growth pole) are names, not movements.
const INCREASE = new RegExp(guardedAlternation(INCREASE_WORDS), 'g');
const DECREASE = new RegExp(alternation(DECREASE_WORDS), 'g');

/** The direction the words before a figure give it: the last direction word read wins. */
export function directionBefore(text: string): Direction {
  const lastIncrease = lastIndex(text, INCREASE);
  const lastDecrease = lastIndex(text, DECREASE);
  if (lastIncrease < 0 && lastDecrease < 0) return 'level';
  return lastIncrease > lastDecrease ? 'increase' : 'decrease';
}

const PREDICATE = new RegExp(`(?:${guardedAlternation(INCREASE_WORDS)}|${alternation(DECREASE_WORDS)})$`);

/** Words before a first figure without the direction word that is that figure's own predicate ('生产总值增长' → '生产总值'). */
export function withoutPredicate(words: string): string {
  return words.replace(PREDICATE, '');
}

// Words of a level: '区级覆盖率达80%以上', '占全国44%'.
const LEVEL = new RegExp(alternation(LEVEL_WORDS));

/**
 * The direction a list item's own words give its figure, or null when they give none: a later item of
 * '新建5个…医疗集团、区级覆盖率达80%以上' (beijing-2026) or '工业机器人产量增长31.2%、占全国44%'
 * (guangdong-2025) is a level, while '新增A 5家、B 3家' leaves B to the verb before the list.
 */
export function itemDirection(words: string): Direction | null {
  const moved = directionBefore(words);
  if (moved !== 'level') return moved;
  return LEVEL.test(words) ? 'level' : null;
}

const STRIVE_WORDS = wordsOf(STRIVE);
const ENSURE_WORDS = wordsOf(ENSURE);

function lastIndex(text: string, re: RegExp): number {
  let last = -1;
  for (const m of text.matchAll(re)) last = m.index + m[0].length;
  return last;
}

/** 力争/争取 (strive) and 确保 (ensure) before a figure in its clause. */
export function modalityBefore(text: string): Modality {
  const strive = lastOf(text, STRIVE_WORDS);
  const ensure = lastOf(text, ENSURE_WORDS);
  if (strive < 0 && ensure < 0) return null;
  return strive > ensure ? 'strive' : 'ensure';
}

function lastOf(text: string, words: readonly string[]): number {
  return Math.max(-1, ...words.map((w) => text.lastIndexOf(w)));
}

/** Estimates that may be revised: '预计增长6%左右', '据初步核算'. */
export const PRELIMINARY = new RegExp(alternation(PRELIMINARY_WORDS));
