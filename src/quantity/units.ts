/**
 * Units of measure as they follow a number in the reports, with their magnitudes ('万', '亿',
 * '万亿'). Matching takes the longest unit at a position, so '个百分点' wins over '个'.
 */

// '兆' is how Hong Kong and Taiwan copies write 万亿 ('兆瓦' stays a unit: the longer match wins).
const MAGNITUDE_FACTORS: Record<string, number> = {
  万亿: 1e12, 兆: 1e12, 千亿: 1e11, 百亿: 1e10, 千万: 1e7, 百万: 1e6, 十万: 1e5, 万: 1e4, 亿: 1e8, 千: 1e3, 百: 1e2,
};
const MAGNITUDES = Object.keys(MAGNITUDE_FACTORS);

// Counting words and measures, longest first where one is a prefix of another.
const BASE_UNITS = [
  '个百分点', '百分点', '微克/立方米', '平方公里', '平方米', '立方米', '千瓦时', '千瓦', '兆瓦', '千伏', '公里', '千米', '平米', '公顷',
  '公斤', '千克', '美元', '人民币', '元', '人次', '场次', '班次', '户次', '架次', '标箱', '个月', '小时', '分钟', '个', '人', '户', '家',
  '座', '所', '条', '亩', '斤', '吨', '天', '年', '次', '项', '套', '台', '辆', '部', '张', '件', '处', '栋', '场', '期', '名', '位', '支',
  '批', '列', '岁', '倍', '周', '间', '块', '株', '棵', '头', '只', '宗', '起', '例', '篇', '门', '艘', '架', '枚', '种', '片', '根', '箱',
  '笔', '份', '册', '米', '度', '轮', '趟', '单',
];
// A rate's denominator: '280元/月', '30万元/人'.
const PER = ['平方米', '立方米', '千瓦时', '小时', '月', '年', '天', '日', '人', '户', '吨', '亩', '公里', '次'];

const sortedByLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length);
const BASES = sortedByLength(BASE_UNITS);
const MAGS = sortedByLength(MAGNITUDES);
const PERS = sortedByLength(PER);

function startsWithAny(text: string, at: number, words: readonly string[]): string | null {
  for (const w of words) if (text.startsWith(w, at)) return w;
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
  if (!unit || unit === magnitude && !/^(?:万|亿|万亿)$/.test(unit)) return null;
  if (text[at + unit.length] === '/') {
    const per = startsWithAny(text, at + unit.length + 1, PERS);
    if (per) unit += `/${per}`;
  }
  return unit === '分' ? null : unit;
}

/** Splits a unit into its magnitude factor and base: '万人' → [1e4, '人'], '千瓦' → [1, '千瓦'], '%' → [1, '%']. */
export function splitUnit(unit: string): [factor: number, base: string] {
  if (BASES.includes(unit.split('/')[0]!)) return [1, unit];
  const magnitude = startsWithAny(unit, 0, MAGS);
  return magnitude ? [MAGNITUDE_FACTORS[magnitude]!, unit.slice(magnitude.length)] : [1, unit];
}

// Counting words: a figure in them counts things ('20个', '3万套'), and names what it counts after it.
const COUNTING_WORDS = new Set('个家项座所条处套台辆部张件名位支批列栋间块株棵头只宗起例篇门艘架枚种片根箱笔份册场期户人次'.split(''));
// Counting words that count one kind of thing under different names ('老楼加装电梯600部' and '869台').
const INTERCHANGEABLE = new Set('个处项家所座部台张条套间宗支名位件'.split(''));

// Counts of events: '开行班列4000班次' (henan-2025), '接待游客3000万人次', '举办赛事50场次'.
const EVENT_COUNTS = /^(?:人次|场次|班次|户次|架次)$/;

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
const DURATION = /^(?:年|个月|月|周|天|日|小时|分钟)$/;

/** Whether a unit's base counts time: the figure is a duration. */
export function isDuration(unit: string): boolean {
  return DURATION.test(splitUnit(unit)[1]);
}
