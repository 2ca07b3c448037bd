import type { ScoreRow } from '../src/index.js';

/**
 * The verdict a row gives, or the one it names when it abstains because the model is unsure of its link
 * ('the link is uncertain (probability 0.54): the figure would have it met, …'). Where a row stands near the
 * fitted threshold of printing met or missed, a test pins the link and this verdict, not the threshold.
 */
export function judged(row: ScoreRow): string {
  const would = /would have it (met|missed)/.exec(row.reason);
  return row.verdict === 'unclear' && would ? would[1]! : row.verdict;
}
