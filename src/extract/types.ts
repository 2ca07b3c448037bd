import type { Span } from '../report/span.js';
import type { Comparator, Direction, Modality, QuantityKind } from '../quantity/types.js';

/** The sentence a figure was read from. */
export interface Evidence {
  span: Span;
  text: string;
}

interface Figure {
  id: string;
  /** The indicator words, number and qualifiers: `text === input.slice(...span)`. */
  text: string;
  span: Span;
  /** The noun phrase the figure measures, normalized ('地区生产总值', '新建农村垃圾中转站'). */
  indicator: string;
  value: number;
  high: number | null;
  unit: string;
  kind: QuantityKind;
  comparator: Comparator;
  /** False only for bounds that exclude their value (超过): '超6.1万家' says more than 6.1万. */
  inclusive: boolean;
  direction: Direction;
  /** The heading of the innermost section holding the figure (the part's heading outside sections). */
  section: string;
  /** 'multi-year' when the figure stands in a part about a five-year period ('“十四五”时期主要目标任务'). */
  horizon: 'year' | 'multi-year';
  sentence: Evidence;
  /** The figure alone ('6%以上'): `input.slice(...quantitySpan)`. */
  quantitySpan: Span;
  /** The same as normalized for matching (no layout breaks, half-width, simplified), with where the figure stands in each. */
  clean: CleanFigure;
}

export interface CleanFigure {
  /** The evidence (`text`) as normalized. */
  text: string;
  /** The sentence as normalized. */
  sentence: string;
  /** The figure as normalized ('6%以上'). */
  figure: string;
  /** Offsets of the figure in `text` and in `sentence`. */
  figureInText: number;
  figureInSentence: number;
}

/** A quantified commitment of a plan part. */
export interface Target extends Figure {
  /** A higher figure the plan strives for beyond the floor ('增长5.5%以上、力争达到6%': 6%), with its evidence. */
  stretch?: { value: number; unit: string; text: string; span: Span };
  modality: Modality;
  /** The id of an earlier target this sentence only repeats ('经济增长预期目标6.5%－7%，考虑了…'). */
  repeatOf: string | null;
}

/** A quantified result of a review part. */
export interface Outcome extends Figure {
  /** An estimate the next report may revise (预计, 初步核算). */
  preliminary: boolean;
}

export interface Extraction {
  targets: Target[];
  outcomes: Outcome[];
}
