import type { Part, Report } from '../src/index.js';

/** One replacement in the original text. */
export type Edit = readonly [start: number, end: number, text: string];

// Real thematic part headings that name no role (national-2015.txt, laiyuan-2021.txt).
const THEMATIC = ['把改革开放扎实推向纵深', '协调推动经济稳定增长和结构优化', '持续推进民生改善和社会建设', '主动融入京雄保一体化发展格局'];
const NUMERAL = /^([\s#*]*)([一二三四五六七八九十]{1,3}、)?/;
const CHINESE_DIGITS = '〇一二三四五六七八九';

/** The part headings a variant rewrites: every headed part that is not closing matter (附件, 名词解释). */
const headed = (r: Report) => r.parts.filter((p) => p.heading !== '' && p.role !== 'other');

/** An edit of each headed part's heading text, by a rewrite of that text. */
function eachHeading(r: Report, rewrite: (heading: string, part: Part, k: number) => string): Edit[] {
  return headed(r).map((p, k) => {
    const [s, e] = p.headingSpan;
    return [s, e, rewrite(r.input.slice(s, e), p, k)] as const;
  });
}

export const VARIANTS: Array<[string, (r: Report) => Edit[]]> = [
  [
    '(a) every part heading a slogan after its numeral',
    (r) => eachHeading(r, (h, _p, k) => h.replace(/^([\s#*]*(?:[一二三四五六七八九十]{1,3}、)?)[\s\S]*$/, (_m, lead: string) => `${lead}${THEMATIC[k % THEMATIC.length]}`)),
  ],
  [
    "(b) the review's heading deleted: the review follows the opening",
    (r) => {
      const review = r.parts.find((p) => p.role === 'review' && p.heading !== '');
      return review ? [[review.headingSpan[0], review.headingSpan[1], '']] : [];
    },
  ],
  ['(c) years in headings in Chinese numerals', (r) => eachHeading(r, (h) => h.replace(/((?:19|20)[0-9]{2})(?=\s*年)/g, (y) => [...y].map((d) => CHINESE_DIGITS[Number(d)]).join('')))],
  ['(d) 主要工作 for 工作安排 and 重点工作', (r) => eachHeading(r, (h) => h.replace(/工作安排|重点工作/g, '主要工作'))],
  ['(e) part headings unnumbered', (r) => eachHeading(r, (h) => h.replace(NUMERAL, (_m, lead: string) => lead))],
];

export function apply(text: string, edits: readonly Edit[]): string {
  let out = '';
  let at = 0;
  for (const [s, e, t] of [...edits].sort((x, y) => x[0] - y[0])) {
    out += text.slice(at, s) + t;
    at = e;
  }
  return out + text.slice(at);
}

/** Where an original offset outside every edit stands in the edited text. */
function shift(edits: readonly Edit[], at: number): number | null {
  let delta = 0;
  for (const [s, e, t] of edits) {
    if (at >= s && at < e) return null;
    if (e <= at) delta += t.length - (e - s);
  }
  return at + delta;
}

function roleAt(r: Report): (at: number) => string {
  return (at) => r.parts.find((p) => p.span[0] <= at && at < p.span[1])?.role ?? 'none';
}

/** The share of the original's non-space characters (outside the edits) whose part keeps its role. */
export function rolesKept(original: Report, variant: Report, edits: readonly Edit[]): number {
  const before = roleAt(original);
  const after = roleAt(variant);
  let kept = 0;
  let all = 0;
  for (const part of original.parts) {
    for (let i = part.span[0]; i < part.span[1]; i++) {
      if (/\s/.test(original.input[i]!)) continue;
      const j = shift(edits, i);
      if (j === null) continue;
      all++;
      if (after(j) === before(i)) kept++;
    }
  }
  return all ? kept / all : 1;
}

