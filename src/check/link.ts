import type { SectionPair } from '../align/index.js';
import type { Outcome, Target } from '../extract/types.js';
import type { Report } from '../report/outline/types.js';
import type { Span } from '../report/span.js';
import { canonical, indicatorSimilarity, longestSharedRun } from './indicators.js';
import { inTargetUnit } from './verdict.js';

export interface Link {
  outcome: Outcome;
  similarity: number;
  inAlignedPassage: boolean;
}

// An outcome must name the target's indicator at least this closely.
const MIN_SIMILARITY = 0.5;
// A single year's figure is preferred to a multi-year one for the same indicator.
const MULTI_YEAR_PENALTY = 0.2;
// Being in the review passage that accounts for the target's section tips close calls.
const PASSAGE_BONUS = 0.1;

/** The words before a figure's number, in its own report: '城镇调查失业率平均为'. */
function wordsBefore(input: string, f: Target | Outcome): string {
  return input.slice(f.span[0], f.quantitySpan[0]);
}

/** A growth rate ('增长6.7%', '下降9.1%') as against a level that happens to be a percentage ('失业率5.1%', '提高到65%'). */
function isGrowthRate(input: string, f: Target | Outcome): boolean {
  if (f.kind !== 'percent' && f.kind !== 'points') return false;
  return f.direction !== 'level' && !/[到至达为]$/.test(wordsBefore(input, f));
}

const inside = (s: Span, outer: Span) => s[0] >= outer[0] && s[1] <= outer[1];

/**
 * The outcome of the review that reports on a target: the same kind of figure (a rate is never
 * matched with a level, nor % with percentage points), in a comparable unit, naming the same
 * indicator; among several, the one in the passage aligned with the target's section.
 */
export function findOutcome(plan: Report, review: Report, target: Target, outcomes: readonly Outcome[], pairs: readonly SectionPair[]): Link | null {
  const passages = pairs.filter((p) => p.a && p.b && inside(target.span, p.a.span)).map((p) => p.b!.span);
  const growth = isGrowthRate(plan.input, target);
  let best: (Link & { score: number }) | null = null;
  for (const outcome of outcomes) {
    if (inTargetUnit(target, outcome) === null || isGrowthRate(review.input, outcome) !== growth) continue;
    const words = `${outcome.indicator}${wordsBefore(review.input, outcome)}`;
    const similarity = Math.max(indicatorSimilarity(target.indicator, outcome.indicator), indicatorSimilarity(target.indicator, words));
    if (similarity < MIN_SIMILARITY) continue;
    const inAlignedPassage = passages.some((s) => inside(outcome.span, s));
    const score = similarity + (inAlignedPassage ? PASSAGE_BONUS : 0) - (isMultiYear(outcome) ? MULTI_YEAR_PENALTY : 0);
    if (!best || score > best.score) best = { outcome, similarity, inAlignedPassage, score };
  }
  return best && { outcome: best.outcome, similarity: best.similarity, inAlignedPassage: best.inAlignedPassage };
}

// Figures that cover several years do not report the plan year alone.
const MULTI_YEAR = /累计|五年|年均|十[一二三四五六七八九]五|期间|以来/;
// In a five-year passage, flows (what was built, added, trained) sum the years; a level or stock at
// the end of the period ('常住人口城镇化率60%', '突破1万公里') is the plan year's own.
const FLOW = /新增|新建|筹集|建设|改造|完成|实施|开行|培训|转移|植树|造林|引进|招引|治理|减少|下降|增长/;

/** True when an outcome gives a multi-year figure ('十四五期间累计…', '年均增长', a five-year passage's flow). */
export function isMultiYear(outcome: Outcome): boolean {
  const before = outcome.sentence.text.slice(0, outcome.quantitySpan[1] - outcome.sentence.span[0]);
  if (MULTI_YEAR.test(before)) return true;
  return outcome.horizon === 'multi-year' && FLOW.test(`${outcome.indicator}${outcome.text}`);
}

/** A review sentence that names the target's indicator in words only, without a figure of its own kind. */
export function findMention(review: Report, target: Target): { span: Span; text: string } | null {
  const name = canonical(target.indicator);
  if (name.length < 3) return null;
  const needed = Math.max(3, Math.ceil(0.7 * name.length));
  for (const part of review.parts.filter((p) => p.role === 'review')) {
    for (const sentence of allSentences(part)) {
      if (longestSharedRun(name, canonical(sentence.clean)) >= needed) return { span: sentence.span, text: sentence.text };
    }
  }
  return null;
}

type Node = { paragraphs: Report['parts'][number]['paragraphs']; sections: Node[] };

function* allSentences(node: Node): Generator<Report['parts'][number]['paragraphs'][number]['sentences'][number]> {
  for (const p of node.paragraphs) yield* p.sentences;
  for (const s of node.sections) yield* allSentences(s);
}
