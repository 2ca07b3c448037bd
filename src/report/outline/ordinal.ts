const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The value of an enumeration numeral below one hundred ('三' → 3, '十二' → 12, '二十' → 20); null otherwise. */
export function ordinalValue(numeral: string): number | null {
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(numeral);
  if (!m || numeral === '') return null;
  const [, tens, ten, units] = m;
  if (!ten) return tens && !units ? DIGITS[tens]! : null;
  return (tens ? DIGITS[tens]! : 1) * 10 + (units ? DIGITS[units]! : 0);
}
