import type { Comparator, Direction } from '../quantity/types.js';
import type { Measure } from '../extract/types.js';
import type { Span } from '../report/span.js';
import type { Verdict } from '../check/types.js';
import type { Unpaired } from '../batch/types.js';

/** Where a figure stands in its report: the file as given, the span into its text, and the words. */
export interface TrackEvidence {
  file: string;
  span: Span;
  /** 1-based line and column of the span's start in the file's text. */
  line: number;
  column: number;
  text: string;
}

/** One year of an indicator: the target set in that year's plan and what the next report said of it. */
export interface TrackPoint {
  /** The year the target was set for (the plan report's year). */
  planYear: number;
  target: TrackEvidence & { value: number; high: number | null; unit: string; comparator: Comparator; direction: Direction };
  /** The next year's account, or null (unreported, or stated only in words). */
  outcome: (TrackEvidence & { value: number; unit: string }) | null;
  verdict: Verdict;
  reason: string;
  reasonZh: string;
}

/** One indicator of one government over the years held: a target and its outcome per plan year. */
export interface TrackSeries {
  government: string;
  /** The indicator as compared (synonyms folded): '生产总值' for 地区生产总值, GDP, 经济增长. */
  indicator: string;
  /** How the indicator was written in the latest target. */
  label: string;
  measure: Measure;
  /** The unit the points are in ('%', '亿元'). */
  unit: string;
  /** One point per plan year, oldest first. */
  points: TrackPoint[];
}

export interface TrackResult {
  government: string;
  /** The plan years scored (each against the next year's report). */
  years: number[];
  /** One per indicator, those with the most years first. */
  series: TrackSeries[];
  /** Reports left out, with the reason (as batch gives them). */
  unpaired: Unpaired[];
}
