import { diffArrays } from 'diff';
import type { Token } from '../segment/types.js';
import type { DiffPiece } from './types.js';

/**
 * How much work a diff may do, counted in edits, never in time: the same input gives the same diff on
 * any machine under any load. jsdiff's work grows with the input's length times the edits it allows.
 */
export interface DiffLimits {
  /** Clauses added or removed between the two passages before they count as replaced (jsdiff's maxEditLength). */
  maxEditLength: number;
  /** Words added or removed within one changed stretch before it is shown replaced. */
  maxWordEdits: number;
}

export const DEFAULT_LIMITS: DiffLimits = { maxEditLength: 2000, maxWordEdits: 400 };

// Word-level diffs run inside changed stretches of clauses no longer than this, where they are
// cheap and telling; a longer rewritten stretch is shown as replaced.
const MAX_WORD_BLOCK = 800;
const CLAUSE_END = /^[，。；！？：,;!?:]$/;

/** The word to compare and show: as normalized when known, so layout and full-width forms are no edits. */
const word = (t: Token) => t.clean ?? t.text;

const spanOf = (tokens: readonly Token[]): readonly [number, number] | null =>
  tokens.length ? [tokens[0]!.span[0], tokens[tokens.length - 1]!.span[1]] : null;

/** Tokens grouped into clauses, each ending at its punctuation. */
function clauses(tokens: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  let current: Token[] = [];
  for (const t of tokens) {
    current.push(t);
    if (CLAUSE_END.test(word(t))) {
      out.push(current);
      current = [];
    }
  }
  if (current.length) out.push(current);
  return out;
}

function push(pieces: DiffPiece[], op: DiffPiece['op'], a: readonly Token[], b: readonly Token[]): void {
  const words = (op === 'insert' ? b : a).map(word);
  if (!words.length) return;
  const piece: DiffPiece = { op, a: op === 'insert' ? null : spanOf(a), b: op === 'delete' ? null : spanOf(b), words };
  const last = pieces[pieces.length - 1];
  // Runs of one kind side by side read as one.
  if (last && last.op === op) {
    last.words.push(...words);
    if (last.a && piece.a) last.a = [last.a[0], piece.a[1]];
    if (last.b && piece.b) last.b = [last.b[0], piece.b[1]];
  } else {
    pieces.push(piece);
  }
}

/** Word by word within one changed stretch; false when jsdiff gives up at the limits. */
function diffWords(pieces: DiffPiece[], a: readonly Token[], b: readonly Token[], limits: DiffLimits): boolean {
  if (a.length > MAX_WORD_BLOCK || b.length > MAX_WORD_BLOCK) return false;
  const changes = diffArrays(a.map(word), b.map(word), { maxEditLength: limits.maxWordEdits });
  if (!changes) return false;
  let i = 0;
  let j = 0;
  for (const change of changes) {
    const n = change.value.length;
    if (change.added) push(pieces, 'insert', [], b.slice(j, (j += n)));
    else if (change.removed) push(pieces, 'delete', a.slice(i, (i += n)), []);
    else push(pieces, 'equal', a.slice(i, (i += n)), b.slice(j, (j += n)));
  }
  return true;
}

/**
 * A word-level diff of two token lists (jieba words, numbers whole: '13.8' → '12.5' is one change).
 * jsdiff's diffArrays first matches whole clauses, then words inside each changed stretch, every call
 * bounded by `limits`: two unrelated long passages come back quickly as replaced, with `truncated`.
 */
export function diffTokens(a: readonly Token[], b: readonly Token[], limits: DiffLimits = DEFAULT_LIMITS): { pieces: DiffPiece[]; truncated: boolean } {
  const ca = clauses(a);
  const cb = clauses(b);
  const key = (clause: Token[]) => clause.map(word).join('');
  const changes = diffArrays(ca.map(key), cb.map(key), { maxEditLength: limits.maxEditLength });
  const pieces: DiffPiece[] = [];
  if (!changes) {
    push(pieces, 'delete', a, []);
    push(pieces, 'insert', [], b);
    return { pieces, truncated: true };
  }
  let truncated = false;
  let i = 0;
  let j = 0;
  let removed: Token[] = [];
  let added: Token[] = [];
  const flush = () => {
    if (removed.length && added.length && !diffWords(pieces, removed, added, limits)) {
      truncated = true;
      push(pieces, 'delete', removed, []);
      push(pieces, 'insert', [], added);
    } else if (!(removed.length && added.length)) {
      push(pieces, 'delete', removed, []);
      push(pieces, 'insert', [], added);
    }
    removed = [];
    added = [];
  };
  for (const change of changes) {
    const n = change.value.length;
    if (change.removed) removed.push(...ca.slice(i, (i += n)).flat());
    else if (change.added) added.push(...cb.slice(j, (j += n)).flat());
    else {
      flush();
      push(pieces, 'equal', ca.slice(i, (i += n)).flat(), cb.slice(j, (j += n)).flat());
    }
  }
  flush();
  return { pieces, truncated };
}
