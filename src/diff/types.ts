import type { SectionPair, SectionRef } from '../align/index.js';
import type { Span } from '../report/span.js';

/** A run of words kept, deleted from A or inserted in B, with where it stands on each side. */
export interface DiffPiece {
  op: 'equal' | 'delete' | 'insert';
  /** The run's span in A's input (null for an insertion). */
  a: Span | null;
  /** The run's span in B's input (null for a deletion). */
  b: Span | null;
  /** The words of the run, as written on the side that has them. */
  words: string[];
}

export interface SectionDiff {
  a: SectionRef;
  b: SectionRef;
  score: number;
  pieces: DiffPiece[];
  /** The passages differ too much to diff word by word within the limits: shown as replaced whole. */
  truncated: boolean;
  /** Counts of words kept, deleted and inserted. */
  kept: number;
  deleted: number;
  inserted: number;
}

/** How often a key term is used in each report, and how that changed. */
export interface TermShift {
  term: string;
  a: number;
  b: number;
  change: 'new' | 'gone' | 'up' | 'down';
}

export interface ReportDiff {
  sections: SectionDiff[];
  /** Sections of A with no partner in B (dropped) and of B with none in A (new). */
  dropped: SectionRef[];
  added: SectionRef[];
  pairs: SectionPair[];
  terms: TermShift[];
}
