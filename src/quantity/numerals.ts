/**
 * Numbers as reports write them: Arabic ('1,300', '6.5', '990865') and Chinese ('三', '十四',
 * '一百二十', '两千', '一万五千', '二十万亿'). Each parser reads from a position and says how many
 * characters it used, so callers never re-scan.
 */

export interface NumberMatch {
  value: number;
  /** Characters consumed from the start position. */
  length: number;
}

const DIGIT = /[0-9]/;

/** '1300', '1,300', '6.5'. Thousands separators count only in groups of three ('1,300' but not '1,30'). */
export function readArabic(text: string, at: number): NumberMatch | null {
  let i = at;
  while (i < text.length && DIGIT.test(text[i]!)) i++;
  if (i === at) return null;
  let digits = text.slice(at, i);
  // Thousands groups: ',ddd' (not followed by another digit).
  while (text[i] === ',' && /^[0-9]{3}(?![0-9])/.test(text.slice(i + 1, i + 5))) {
    digits += text.slice(i + 1, i + 4);
    i += 4;
  }
  if (text[i] === '.' && DIGIT.test(text[i + 1] ?? '')) {
    let j = i + 1;
    while (j < text.length && DIGIT.test(text[j]!)) j++;
    digits += text.slice(i, j);
    i = j;
  }
  return { value: Number(digits), length: i - at };
}

const CHINESE_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The characters a Chinese numeral is written with. */
export const CHINESE_NUMERALS = '零〇一二两三四五六七八九十百千万亿';
export const CHINESE_NUMERAL_CHARS = new RegExp(`[${CHINESE_NUMERALS}]`);

/**
 * A Chinese numeral: '十一' → 11, '一百六十八万' → 1680000, '一万五千' → 15000, '二十万亿' → 2e13,
 * '六千八' → 6800 (a trailing digit takes the next smaller unit). Stops before a character that is
 * not part of a numeral. Returns null when no digit or unit starts at `at`.
 */
export function readChinese(text: string, at: number): NumberMatch | null {
  const positional = readPositional(text, at);
  if (positional) return positional;
  let i = at;
  let yi = 0; // completed 亿 groups, scaled
  let wan = 0; // the completed 万 group since the last 亿, scaled
  let section = 0; // the group under construction (below 万)
  let digit: number | null = null;
  let lastUnit = 0; // the last small unit used in this group, for '六千八'
  let sawAny = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '零' || ch === '〇') {
      // '一千零五': a placeholder; the digit after it is a unit digit.
      digit = null;
      lastUnit = 0;
    } else if (ch in CHINESE_DIGITS) {
      // Two digits in a row ('两三个') is an estimate, not one number: stop before the second.
      if (digit !== null) break;
      digit = CHINESE_DIGITS[ch]!;
    } else if (ch in SMALL_UNITS) {
      const unit = SMALL_UNITS[ch]!;
      section += (digit ?? 1) * unit;
      lastUnit = unit;
      digit = null;
    } else if (ch === '万' || ch === '亿') {
      if (!sawAny) return null;
      const group = section + (digit ?? 0);
      // '一亿五千万': 万 scales only what came after the last 亿; '二十万亿' and '一万五千亿': 亿 scales all.
      if (ch === '万') wan = (wan + group) * 1e4;
      else {
        yi = (yi + wan + group) * 1e8;
        wan = 0;
      }
      section = 0;
      digit = null;
      lastUnit = 0;
    } else {
      break;
    }
    sawAny = true;
    i++;
  }
  if (!sawAny) return null;
  if (digit !== null) section += lastUnit >= 10 ? digit * (lastUnit / 10) : digit;
  return { value: yi + wan + section, length: i - at };
}

/** Digits written one by one with a zero among them, as in years: '二〇三五' → 2035. */
function readPositional(text: string, at: number): NumberMatch | null {
  let i = at;
  let value = 0;
  let zero = false;
  while (i < text.length && text[i]! in CHINESE_DIGITS && text[i] !== '两') {
    zero ||= text[i] === '〇' || text[i] === '零';
    value = value * 10 + CHINESE_DIGITS[text[i]!]!;
    i++;
  }
  return zero && i - at >= 3 ? { value, length: i - at } : null;
}

/**
 * A Chinese numeral with decimals after 点, as shares are spelled: '四点八' → 4.8 ('百分之四点八'). Read only
 * where a share is spelled out: elsewhere '两点一线' names no number.
 */
export function readChineseDecimal(text: string, at: number): NumberMatch | null {
  const whole = readChinese(text, at);
  if (!whole) return null;
  let i = at + whole.length;
  if (text[i] !== '点' || !(text[i + 1]! in CHINESE_DIGITS)) return whole;
  let decimals = '';
  for (i++; i < text.length && text[i]! in CHINESE_DIGITS && text[i] !== '两'; i++) decimals += CHINESE_DIGITS[text[i]!];
  return { value: Number(`${whole.value}.${decimals}`), length: i - at };
}
