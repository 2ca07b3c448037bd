import { munkres } from 'munkres';
import type { Report } from '../report/outline/types.js';
import type { Span } from '../report/span.js';
import { chooseTokenizer, isContentWord, type Tokenizer, type TokenizerChoice } from '../segment/index.js';
import { cosine, headingSimilarity, tfidf } from './similarity.js';
import { unitsOf, type Unit } from './units.js';

export { unitsOf, type Unit } from './units.js';
export { cosine, headingCore, headingSimilarity, tfidf, type Vector } from './similarity.js';

/** One side of a pair: a section (or sectionless part) of one report. */
export interface SectionRef {
  heading: string;
  span: Span;
  part: string;
}

/** Two passages paired across reports; `a` or `b` is null for a passage with no partner (new or dropped). */
export interface SectionPair {
  a: SectionRef | null;
  b: SectionRef | null;
  /** The combined score of the pair (0–1); 0 for an unpaired passage. */
  score: number;
  /** Its parts: TF-IDF cosine of the passages' words, and heading likeness. */
  content: number;
  heading: number;
}

export interface AlignOptions {
  /**
   * What to pair A's plan sections with: B's plan sections ('plan', like with like) or B's review
   * passages ('review', a promise with its account). Default 'plan'.
   */
  to?: 'plan' | 'review';
  /** Which of A's parts to pair; default 'plan'. With `to: 'review'` it is always A's plan. */
  from?: 'plan' | 'review';
  /** The word segmenter: one of your own, or 'nodejieba' / 'wasm' (same words). Default: DUIZHAO_TOKENIZER, else nodejieba. */
  tokenizer?: TokenizerChoice;
  /** Pairs scoring below this are left unpaired. Default 0.15. */
  threshold?: number;
}

// Content decides; headings confirm; position only breaks near-ties (order is a hint, not a rule).
const WEIGHT_CONTENT = 0.75;
const WEIGHT_HEADING = 0.2;
const WEIGHT_ORDER = 0.05;
const DEFAULT_THRESHOLD = 0.15;

function ref(u: Unit): SectionRef {
  return { heading: u.heading, span: u.span, part: u.part };
}

/** The score matrix of every A passage against every B passage. */
export function scoreUnits(a: readonly Unit[], b: readonly Unit[], tokenizer: Tokenizer): Array<Array<{ score: number; content: number; heading: number }>> {
  const words = [...a, ...b].map((u) => tokenizer.tokenize(u.clean).map((t) => t.text).filter(isContentWord));
  const vectors = tfidf(words);
  return a.map((ua, i) =>
    b.map((ub, j) => {
      const content = cosine(vectors[i]!, vectors[a.length + j]!);
      const heading = headingSimilarity(ua.heading, ub.heading);
      const order = 1 - Math.abs((i + 0.5) / a.length - (j + 0.5) / b.length);
      return { score: WEIGHT_CONTENT * content + WEIGHT_HEADING * heading + WEIGHT_ORDER * order, content, heading };
    }),
  );
}

/**
 * Pairs the sections of two reports by one global assignment (the Hungarian method, never greedy),
 * one to one for like with like, leaving unpaired what scores below the threshold: sections that are
 * new in B or dropped from A come out with a null partner instead of being forced into bad pairs.
 */
export function alignSections(a: Report, b: Report, options: AlignOptions = {}): SectionPair[] {
  const to = options.to ?? 'plan';
  const from = to === 'review' ? 'plan' : (options.from ?? 'plan');
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const ua = unitsOf(a, from);
  const ub = unitsOf(b, to);
  if (ua.length === 0 || ub.length === 0) return [...ua.map((u) => unpaired(u, 'a')), ...ub.map((u) => unpaired(u, 'b'))];
  const scores = scoreUnits(ua, ub, chooseTokenizer(options.tokenizer));
  // A review often accounts for two plan sections in one passage ('三是深化改革扩大开放' reports on
  // both reform and opening up), and for more when it has fewer passages than the plan has tasks:
  // each passage may take up to max(2, ⌈|A|/|B|⌉) sections. Like with like stays one to one.
  const capacity = to === 'review' && from === 'plan' ? Math.max(2, Math.ceil(ua.length / ub.length)) : 1;
  const columns = ub.flatMap((_, j) => Array.from({ length: capacity }, () => j));
  const assignment = munkres(scores.map((row) => columns.map((j) => 1 - row[j]!.score)));
  const partnerOfA = new Map<number, number>();
  for (const [i, c] of assignment) {
    const j = columns[c]!;
    if (scores[i]![j]!.score >= threshold) partnerOfA.set(i, j);
  }
  const pairedB = new Set(partnerOfA.values());
  const pairs: SectionPair[] = ua.map((u, i) => {
    const j = partnerOfA.get(i);
    return j === undefined ? unpaired(u, 'a') : { a: ref(u), b: ref(ub[j]!), ...scores[i]![j]! };
  });
  ub.forEach((u, j) => {
    if (!pairedB.has(j)) pairs.push(unpaired(u, 'b'));
  });
  return pairs;
}

function unpaired(u: Unit, side: 'a' | 'b'): SectionPair {
  return { a: side === 'a' ? ref(u) : null, b: side === 'b' ? ref(u) : null, score: 0, content: 0, heading: 0 };
}
