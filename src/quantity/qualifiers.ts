import type { Comparator, Direction, Modality } from './types.js';

/**
 * The words around a figure that say how it bounds what it measures, which way it moves and how
 * firmly it is promised. Kept as data: each entry is one reading of the reports' language.
 */

export interface Bound {
  comparator: Comparator;
  inclusive: boolean;
}

/** Words right before a number ('超过1.4万家', '控制在5.5%以内', '近2万亿元'). Longest first. */
export const PREFIX_BOUNDS: ReadonlyArray<[word: string, bound: Bound]> = [
  ['不低于', { comparator: 'at_least', inclusive: true }],
  ['不少于', { comparator: 'at_least', inclusive: true }],
  ['不超过', { comparator: 'at_most', inclusive: true }],
  ['不高于', { comparator: 'at_most', inclusive: true }],
  ['控制在', { comparator: 'at_most', inclusive: true }],
  // 超过 and 不到 exclude their bound (Civil Code art. 1259).
  ['超过', { comparator: 'at_least', inclusive: false }],
  ['突破', { comparator: 'at_least', inclusive: true }],
  ['至少', { comparator: 'at_least', inclusive: true }],
  ['不到', { comparator: 'at_most', inclusive: false }],
  ['低于', { comparator: 'at_most', inclusive: false }],
  ['接近', { comparator: 'about', inclusive: true }],
  ['大约', { comparator: 'about', inclusive: true }],
  ['约', { comparator: 'about', inclusive: true }],
  ['近', { comparator: 'about', inclusive: true }],
  ['超', { comparator: 'at_least', inclusive: false }],
];

/** Words right after a figure ('6.5%左右', '1100万人以上', '4.5%以内'). 以上/以下/以内 include the bound. */
export const SUFFIX_BOUNDS: ReadonlyArray<[word: string, bound: Bound]> = [
  ['及以上', { comparator: 'at_least', inclusive: true }],
  ['以上', { comparator: 'at_least', inclusive: true }],
  ['以内', { comparator: 'at_most', inclusive: true }],
  ['以下', { comparator: 'at_most', inclusive: true }],
  ['左右', { comparator: 'about', inclusive: true }],
  ['上下', { comparator: 'about', inclusive: true }],
  // '50米内': within, a bound that includes its value.
  ['内', { comparator: 'at_most', inclusive: true }],
];

/** '20余亿元', '8000多亿元', '40多个': more than the number, read as about it. */
export const APPROXIMATE_INFIX = /^[余多]/;

/** Separators of a range: '6%-6.5%', '6%－6.5%', '6.5%—7%', '3-5家', '4.5%至5%', '4.8%到5.1%'. */
export const RANGE_SEPARATOR = /^(?:-|－|—{1,2}|–|~|～|至|到)/;

// Nearest verb before the figure decides the direction ('增长6.7%', '下降0.5个百分点', '控制在…' is a level).
// '增加值' (value added) and '增长极' (growth pole) are names, not movements.
const INCREASE = /增长(?!极|点)|增加(?!值)|新增|提高|提升|上涨|涨幅|增幅|增速|扩大|新建|新开工|多增|增至|增(?![长加值])/g;
const DECREASE = /下降|降低|压减|减少|下调|缩减|降幅|压降|减半|降|减/g;

/** The direction the words before a figure give it: the last direction word read wins. */
export function directionBefore(text: string): Direction {
  const lastIncrease = lastIndex(text, INCREASE);
  const lastDecrease = lastIndex(text, DECREASE);
  if (lastIncrease < 0 && lastDecrease < 0) return 'level';
  return lastIncrease > lastDecrease ? 'increase' : 'decrease';
}

// Words of a level: '区级覆盖率达80%以上', '占全国44%'.
const LEVEL = /达到?|占|为/;

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

function lastIndex(text: string, re: RegExp): number {
  let last = -1;
  for (const m of text.matchAll(re)) last = m.index + m[0].length;
  return last;
}

/** 力争/争取 (strive) and 确保 (ensure) before a figure in its clause. */
export function modalityBefore(text: string): Modality {
  const strive = Math.max(text.lastIndexOf('力争'), text.lastIndexOf('争取'));
  const ensure = text.lastIndexOf('确保');
  if (strive < 0 && ensure < 0) return null;
  return strive > ensure ? 'strive' : 'ensure';
}

/** Estimates that may be revised: '预计增长6%左右', '据初步核算'. */
export const PRELIMINARY = /预计|初步核算|初步测算|初步统计/;
