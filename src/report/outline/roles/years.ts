/** The years and periods a heading or sentence names, read in Arabic or Chinese numerals. */

const CHINESE_DIGIT: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

// '2024年', '2024 年', '二〇一九年', '二零二五年'; not the end of a range ('2021—2025年' names a span).
const YEAR = /(?<![0-9〇零一二三四五六七八九—\-－~～至到])((?:19|20)[0-9]{2}|[一二][〇零一二三四五六七八九]{3})\s*年(?!代)/g;
// '“十四五”', '十三五时期': the five-year plans; from the third (1966–1970) on they follow one another.
const FIVE_YEAR_PLAN = /十([一二三四五六七八九])五/g;
const PLAN_NUMBER: Record<string, number> = { 一: 11, 二: 12, 三: 13, 四: 14, 五: 15, 六: 16, 七: 17, 八: 18, 九: 19 };

/** A year written in Arabic or Chinese digits ('2019', '二〇一九') as a number, or null. */
function yearValue(written: string): number | null {
  const digits = [...written].map((c) => CHINESE_DIGIT[c] ?? c).join('');
  return /^(?:19|20)[0-9]{2}$/.test(digits) ? Number(digits) : null;
}

export interface NamedYear {
  year: number;
  /** Where the year is written in the text. */
  at: number;
}

/** Every single year a text names ('2024年工作回顾' → 2024), in order. */
export function yearsNamed(text: string): NamedYear[] {
  const out: NamedYear[] = [];
  for (const m of text.matchAll(YEAR)) {
    const year = yearValue(m[1]!);
    if (year !== null) out.push({ year, at: m.index });
  }
  return out;
}

/** The text with the years it names taken out ('保定市清苑区2023年政府工作报告' → '保定市清苑区政府工作报告'). */
export function withoutYears(text: string): string {
  return text.replace(YEAR, '');
}

export interface NamedPeriod {
  /** First and last year of the five-year plan ('十四五' → 2021–2025). */
  from: number;
  to: number;
  at: number;
}

/** The five-year plans a text names ('“十四五”时期' → 2021–2025). */
export function periodsNamed(text: string): NamedPeriod[] {
  return [...text.matchAll(FIVE_YEAR_PLAN)].map((m) => {
    const from = 1966 + 5 * (PLAN_NUMBER[m[1]!]! - 3);
    return { from, to: from + 4, at: m.index };
  });
}
