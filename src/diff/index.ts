import { alignSections, type AlignOptions } from '../align/index.js';
import type { Report } from '../report/outline/types.js';
import { chooseTokenizer, tokenizeReport } from '../segment/index.js';
import { diffTokens, DEFAULT_LIMITS, type DiffLimits } from './tokens.js';
import { termShifts } from './terms.js';
import type { ReportDiff, SectionDiff } from './types.js';

export type * from './types.js';
export { diffTokens, DEFAULT_LIMITS, type DiffLimits } from './tokens.js';
export { termShifts } from './terms.js';

export interface DiffOptions extends AlignOptions {
  limits?: DiffLimits;
}

/**
 * Compares two reports: aligns their sections, diffs each pair word by word (spans on both sides),
 * lists the sections dropped and added, and the key terms whose use shifted.
 */
export function diffReports(a: Report, b: Report, options: DiffOptions = {}): ReportDiff {
  const tokenizer = chooseTokenizer(options.tokenizer);
  const pairs = alignSections(a, b, { ...options, tokenizer });
  const sections: SectionDiff[] = [];
  for (const pair of pairs) {
    if (!pair.a || !pair.b) continue;
    const { pieces, truncated } = diffTokens(
      tokenizeReport(a, tokenizer, pair.a.span),
      tokenizeReport(b, tokenizer, pair.b.span),
      options.limits ?? DEFAULT_LIMITS,
    );
    const count = (op: string) => pieces.filter((p) => p.op === op).reduce((n, p) => n + p.words.length, 0);
    sections.push({ a: pair.a, b: pair.b, score: pair.score, pieces, truncated, kept: count('equal'), deleted: count('delete'), inserted: count('insert') });
  }
  return {
    sections,
    dropped: pairs.flatMap((p) => (p.a && !p.b ? [p.a] : [])),
    added: pairs.flatMap((p) => (p.b && !p.a ? [p.b] : [])),
    pairs,
    terms: termShifts(tokenizeReport(a, tokenizer), tokenizeReport(b, tokenizer)),
  };
}
