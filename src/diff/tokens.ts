import { diffArrays } from 'diff';
import type { Token } from '../segment/types.js';
import type { DiffPiece } from './types.js';

export interface DiffLimits {
  /** Give up past this many edits (jsdiff's maxEditLength). */
  maxEditLength: number;
  /** Give up after this many milliseconds (jsdiff's timeout). */
  timeout: number;
}

export const DEFAULT_LIMITS: DiffLimits = { maxEditLength: 4000, timeout: 500 };

const spanOf = (tokens: readonly Token[]): readonly [number, number] | null =>
  tokens.length ? [tokens[0]!.span[0], tokens[tokens.length - 1]!.span[1]] : null;

/**
 * A word-level diff of two token lists (jieba words, numbers whole: '13.8' → '12.5' is one change).
 * jsdiff's diffArrays does the work, bounded by `limits` so that two unrelated long passages cannot
 * take seconds; past the bounds the passages come back as one deletion and one insertion.
 */
export function diffTokens(a: readonly Token[], b: readonly Token[], limits: DiffLimits = DEFAULT_LIMITS): { pieces: DiffPiece[]; truncated: boolean } {
  const changes = diffArrays(
    a.map((t) => t.text),
    b.map((t) => t.text),
    { maxEditLength: limits.maxEditLength, timeout: limits.timeout },
  );
  if (!changes) {
    const pieces: DiffPiece[] = [];
    if (a.length) pieces.push({ op: 'delete', a: spanOf(a), b: null, words: a.map((t) => t.text) });
    if (b.length) pieces.push({ op: 'insert', a: null, b: spanOf(b), words: b.map((t) => t.text) });
    return { pieces, truncated: true };
  }
  const pieces: DiffPiece[] = [];
  let i = 0;
  let j = 0;
  for (const change of changes) {
    const n = change.value.length;
    if (change.added) {
      pieces.push({ op: 'insert', a: null, b: spanOf(b.slice(j, j + n)), words: change.value });
      j += n;
    } else if (change.removed) {
      pieces.push({ op: 'delete', a: spanOf(a.slice(i, i + n)), b: null, words: change.value });
      i += n;
    } else {
      pieces.push({ op: 'equal', a: spanOf(a.slice(i, i + n)), b: spanOf(b.slice(j, j + n)), words: change.value });
      i += n;
      j += n;
    }
  }
  return { pieces, truncated: false };
}
