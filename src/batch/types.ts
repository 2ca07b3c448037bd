import type { GovernmentLevel } from '../report/outline/types.js';
import type { CheckSettings, ScoreRow, Verdict } from '../check/types.js';
import type { TokenizerName } from '../segment/index.js';

/** Where a figure stands: the file as given, 1-based line and column of its start, and its words. */
export interface Place {
  file: string;
  line: number;
  column: number;
  quote: string;
}

/** A consecutive-year pair of one government that batch scored. */
export interface BatchPair {
  government: string;
  level: GovernmentLevel | null;
  /** The year the plan report plans (the review report is the next year's). */
  planYear: number;
  plan: string;
  review: string;
  summary: Record<Verdict, number>;
  /** What was assumed about the reports' structure (as a scorecard's `assumptions`). */
  assumptions: string[];
}

/** A report batch could not pair or score, and why. */
export interface Unpaired {
  file: string;
  reason: string;
}

/** A scorecard row with the pair it belongs to and where its target and outcome stand. */
export type BatchRow = { government: string; level: GovernmentLevel | null; planYear: number; plan: string; review: string } & ScoreRow & {
  where: { target: Place; outcome: Place | null };
};

/** What batch and batchStream give: a pair with its rows as it is scored, or a report left out. */
export type BatchEvent = { type: 'pair'; pair: BatchPair; rows: BatchRow[] } | { type: 'unpaired'; unpaired: Unpaired };

/** The whole of a batch: DESIGN.md's `batch --format json` shape. */
export interface BatchResult {
  pairs: BatchPair[];
  unpaired: Unpaired[];
  rows: BatchRow[];
}

/** Progress, for a bar or a log line: reports read, pairs scored. */
export interface BatchProgress {
  phase: 'read' | 'score';
  done: number;
  total: number;
  /** The file or pair just finished. */
  current: string;
}

export interface BatchOptions extends Partial<Pick<CheckSettings, 'aboutTolerance'>> {
  /** Worker threads scoring pairs at once (default: one per core but the main thread's, as free memory allows: defaultJobs()). */
  jobs?: number;
  /** Stops the batch: no more pairs are started, the workers end, the stream ends after what finished. */
  signal?: AbortSignal;
  onProgress?: (progress: BatchProgress) => void;
  /** Files to leave out wherever they are found (the output file of a run). */
  skip?: readonly string[];
  /** Force an encoding for every text file (as `--encoding`); detected by default. */
  encoding?: string;
  maxBytes?: number;
  /**
   * The segmenter of the workers: by default DUIZHAO_TOKENIZER, else jieba-wasm (the same words as
   * nodejieba, with half the memory and no second of dictionary loading in each worker).
   */
  tokenizer?: TokenizerName;
}
