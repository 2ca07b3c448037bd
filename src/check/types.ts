import type { Report } from '../report/outline/types.js';
import type { GovernmentLevel } from '../report/outline/types.js';
import type { Evidence, Outcome, Target } from '../extract/types.js';
import type { Contribution } from './model.js';

export type Verdict = 'met' | 'missed' | 'unreported' | 'unclear';

/** How far an outcome is from its target, in the target's unit: '低于目标0.4个百分点'. */
export interface Margin {
  /** Outcome minus target (the nearer bound of a range), in `unit`. */
  value: number;
  unit: string;
  text: string;
}

export interface ScoreRow {
  target: Target;
  /** The outcome that reports on the target, or null (unreported, or stated only in words). */
  outcome: Outcome | null;
  verdict: Verdict;
  margin: Margin | null;
  /** How sure the link and the verdict are (0–1). */
  confidence: number;
  /** Why this verdict, in one line. */
  reason: string;
  /** The same in Chinese. */
  reasonZh: string;
  /** For an unclear verdict without a figure: the review's sentence that names the indicator in words. */
  mention: Evidence | null;
  /** The outcome is preliminary (预计, 初步核算): the next report may revise it. */
  preliminary: boolean;
  /** Which stage of checking decided the row, and what it saw: for `--explain` and `check --json`. */
  trace: Trace;
  /** For a target with a stretch ('增长5.5%以上、力争达到6%'): how the outcome stands against the stretch. */
  stretch?: { value: number; unit: string; verdict: 'met' | 'missed' | 'unclear'; margin: Margin | null };
}

/**
 * How a row was decided: `not-due` (a later deadline), `assignment` (a review figure linked by the model,
 * in one assignment over all targets), `other-kind` (a figure of the indicator that cannot answer it: a
 * level for a rate), `items-named` (a sentence that counts the target's own items by name: 六大科技专项),
 * `says-missed` / `words-only` (a sentence without a figure), `no-mention`.
 */
export interface Trace {
  stage: 'not-due' | 'assignment' | 'other-kind' | 'items-named' | 'says-missed' | 'words-only' | 'no-mention';
  /** Review figures whose match weight reaches the link threshold for this target. */
  candidates: number;
  /** The likeness of the linked figure's name (0–1), and whether it stands in the aligned passage. */
  similarity: number | null;
  inAlignedPassage: boolean | null;
  /** How probable the model finds the link (0–1). */
  probability: number | null;
  /** Each comparison of the linked figure: its level and the weight (log2 odds) the level adds. */
  comparisons: Contribution[] | null;
}

export interface ReportInfo {
  file: string | null;
  title: string | null;
  year: number | null;
  government: string | null;
  /** national, provincial, city, district or county, when the report says. */
  level: GovernmentLevel | null;
}

export interface CheckSettings {
  /**
   * How far '左右' (about) reaches, as a share of the target: 0.05 reads '6%左右' as 5.7–6.3. A growth
   * or count is met from the lower edge up, a ceiling (prices, unemployment) from the upper edge down.
   */
  aboutTolerance: number;
  /** Score even when the review is not the next year's report of the same government. */
  force: boolean;
}

export interface Scorecard {
  plan: ReportInfo;
  review: ReportInfo;
  rows: ScoreRow[];
  summary: Record<Verdict, number>;
  settings: CheckSettings;
  /** Set when `force` scored a pair that is not the next year of the same government. */
  warning: string | null;
  /** What scoring assumed where a report's structure is uncertain (an unread year, a part's role barely decided). */
  assumptions: string[];
  /** Later sentences that only repeat a target (`repeatOf` names it): shown, not scored again. */
  repeats: Target[];
}

/** A scorecard that carries its two reports and renders itself: what `checkTargets` and `compare` return. */
export interface ScorecardResult extends Scorecard {
  planReport: Report;
  reviewReport: Report;
  toMarkdown(): string;
  /** UTF-8 with a BOM, one row per target. */
  toCSV(): string;
  /** One self-contained page. */
  toHTML(): string;
  /** What JSON.stringify(card) writes: the card without the reports (the shape of `check --json`). */
  toJSON(): object;
}
