import type { Span } from '../report/span.js';

/** How a figure bounds what it measures. */
export type Comparator = 'about' | 'at_least' | 'at_most' | 'range' | 'exact';
/** Whether the sentence speaks of a rise, a fall, or a level. */
export type Direction = 'increase' | 'decrease' | 'level';
/**
 * What a figure is: a percentage, percentage points (never the same as %), per mille, an amount
 * with a unit, a multiple, a fraction or share, or a ratio ('4.1:43.1:52.8').
 */
export type QuantityKind = 'percent' | 'points' | 'permille' | 'amount' | 'multiple' | 'fraction' | 'ratio';
/** 力争/争取 (strive for) or 确保 (ensure): how firmly a target is promised. Not a comparator. */
export type Modality = 'strive' | 'ensure' | null;

export interface Quantity {
  /** Offsets into the original input; `text === input.slice(...span)`. */
  span: Span;
  text: string;
  /** The number as written, in `unit` (1100 for '1100万人'); the lower end of a range. */
  value: number;
  /** The upper end of a range, else null. */
  high: number | null;
  /** The unit as written, magnitude included: '万人', '亿元', '%', '个百分点'; '' when none. */
  unit: string;
  kind: QuantityKind;
  comparator: Comparator;
  /** False only for bounds that exclude their value (超过, 低于, 不到). */
  inclusive: boolean;
  direction: Direction;
  modality: Modality;
  /** The sentence marks the figure as an estimate that may be revised (预计, 初步核算). */
  preliminary: boolean;
  /** The parts of a ratio ('4.1:43.1:52.8' → [4.1, 43.1, 52.8]). */
  ratio?: number[];
}
