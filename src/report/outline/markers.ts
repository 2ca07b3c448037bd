import type { MarkerKind } from './types.js';
import { leadSentenceLength } from '../normalize/breaks.js';

/** A paragraph as the outline reads it: normalized text and its bold ranges, relative to the paragraph. */
export interface ParagraphView {
  clean: string;
  emphasis: ReadonlyArray<readonly [number, number]>;
}

export interface MarkerMatch {
  kind: MarkerKind;
  /** Rank of the marker: a lower rank opens a higher level of the outline. */
  rank: number;
  /** Length of the heading at the start of the paragraph. */
  headingEnd: number;
}

const NUMERAL = '[一二三四五六七八九十]{1,3}';
const PATTERNS: ReadonlyArray<{ kind: MarkerKind; re: RegExp }> = [
  { kind: 'numeral', re: new RegExp(`^${NUMERAL}、`) }, // 一、 inside a part whose heading is unnumbered ('2014年工作回顾')
  { kind: 'paren-numeral', re: new RegExp(`^[（(]${NUMERAL}[）)]`) }, // （一）
  { kind: 'ordinal', re: new RegExp(`^(?:${NUMERAL}是|第${NUMERAL}[，,、：:]|其${NUMERAL}[，,、：:])`) }, // 一是 第一， 其一，
  { kind: 'arabic', re: /^(?:[（(]\d{1,2}[）)]|\d{1,2}[.、](?!\d)|[①-⑳])/ }, // （1） 1. ①
  { kind: 'dash', re: /^——/ }, // ——经济运行保持在合理区间。
];

/** Ranks follow the order in which Chinese official writing nests its enumerations. */
const RANK: Record<MarkerKind, number> = {
  heading: 0,
  numeral: 1,
  'paren-numeral': 2,
  ordinal: 3,
  arabic: 4,
  dash: 5,
  'bold-lead': 6,
  lead: 7,
};

function firstSentenceEnd(text: string, colonEnds = false): number {
  const m = (colonEnds ? /[。！？!?：:]/ : /[。！？!?]/).exec(text);
  return m ? m.index + 1 : text.length;
}

/** The end of a bold run that starts at `from` (allowing a marker before it), or -1. */
function boldRunFrom(view: ParagraphView, from: number): number {
  const run = view.emphasis.find(([s]) => s <= from + 1 && s >= 0);
  if (!run || run[1] <= from) return -1;
  // '**加快推进…发展。**' and '**（一）…**。' both head with their full stop.
  return /[。！？]/.test(view.clean[run[1]] ?? '') ? run[1] + 1 : run[1];
}

/** The enumeration marker a paragraph opens with, if any, and where its heading ends. */
export function detectMarker(view: ParagraphView): MarkerMatch | null {
  const text = view.clean;
  for (const { kind, re } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const bold = boldRunFrom(view, kind === 'dash' ? m[0].length : 0);
    // A numbered glossary entry names its term before a colon: '1.“四上”企业：…'.
    return { kind, rank: RANK[kind], headingEnd: bold > 0 ? bold : firstSentenceEnd(text, kind === 'arabic') };
  }
  const bold = boldRunFrom(view, 0);
  if (bold > 0 && bold < text.length && bold <= 60) return { kind: 'bold-lead', rank: RANK['bold-lead'], headingEnd: bold };
  const lead = leadSentenceLength(text);
  return lead > 0 ? { kind: 'lead', rank: RANK.lead, headingEnd: lead } : null;
}
