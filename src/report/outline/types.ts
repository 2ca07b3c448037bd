import type { PartRole } from '../../lexicon/parts.js';
import type { Level } from '../../lexicon/report.js';
import type { Span } from '../span.js';
import type { NormalizedText } from '../normalize/index.js';

/** Every node of the tree: `text === input.slice(span[0], span[1])`. */
export interface SourceNode {
  span: Span;
  text: string;
}

export interface Sentence extends SourceNode {
  /** The sentence as normalized for matching (half-width digits, no markup, no layout breaks). */
  clean: string;
  /** Where `clean` stands in `report.normalized.text`. */
  range: readonly [number, number];
}

export interface Paragraph extends SourceNode {
  clean: string;
  range: readonly [number, number];
  sentences: Sentence[];
  /** In a plan part: whether this paragraph plans or reports the past, read from its tense. */
  stance?: Stance;
}

/** What one paragraph of a plan part speaks of: the years ahead (plan) or behind (review). */
export interface Stance {
  role: 'review' | 'plan';
  confidence: number;
  evidence: RoleEvidence | null;
}

/** How a section announces itself. Its level in the tree follows from this, never from '#' counts. */
export type MarkerKind =
  | 'numeral' // 一、 (a section when the part heading above it is unnumbered)
  | 'paren-numeral' // （一）
  | 'ordinal' // 一是, 第一，
  | 'arabic' // 1. （1） ①
  | 'dash' // ——经济运行保持在合理区间。
  | 'bold-lead' // **加快推进纺织服装产业转型发展。**
  | 'lead' // 做实项目支撑扩大有效投资。
  | 'heading'; // an unnumbered heading line

export interface Section extends SourceNode {
  heading: string;
  headingSpan: Span;
  marker: MarkerKind;
  /** 1 for a section directly inside a part, 2 inside that, and so on. */
  level: number;
  paragraphs: Paragraph[];
  sections: Section[];
}

/**
 * `review`: an account of last year or of the past five years; `plan`: the targets and tasks of
 * the year (or years) ahead; `government`: the government's work on itself (政府自身建设);
 * `other`: front matter, preamble, appendices and glossary.
 */
export type { PartRole };

/** One cue a part's role was read from, and how much it weighed. */
export interface RoleEvidence {
  cue: 'heading-words' | 'heading-time' | 'heading-year' | 'tense' | 'government-words' | 'order';
  says: PartRole;
  weight: number;
  /** What was seen: the heading's words, a year against the plan year, counts of tense words. */
  seen: string;
}

export interface Part extends SourceNode {
  role: PartRole;
  /** From 0.5 (two roles weigh the same) towards 1 (the cues agree). */
  confidence: number;
  /** The cues the role was decided from; empty for the front matter. */
  evidence: RoleEvidence[];
  /** The heading as normalized; '' for the front matter and for a passage with no heading after the salutation. */
  heading: string;
  headingSpan: Span;
  /** The part's number (二 → 2) when its heading has one. */
  ordinal: number | null;
  /**
   * The part reports the years behind and plans the years ahead: its heading names both
   * ('“十三五”时期发展成就和“十四五”时期主要目标任务') or its paragraphs turn from one to the other.
   * Each paragraph's `stance` tells which it speaks of.
   */
  mixed: boolean;
  /**
   * 'multi-year' for a part about a five-year period ('“十五五”时期主要目标任务', '十四五时期发展成就'),
   * 'year' otherwise.
   */
  horizon: 'year' | 'multi-year';
  /**
   * Paragraphs directly in the part, outside any section: the heading's own, the lead-in before
   * the first section, and the closing words after a salutation ('各位代表！').
   */
  paragraphs: Paragraph[];
  sections: Section[];
}

/** The level of a government, read from its name or its head's office (`lexicon/report.ts`). */
export type GovernmentLevel = Level;

/** What the front matter and the headings say about the report. Each field is null when not stated. */
/** Where a witness of the plan year or the government was read. */
export type WitnessSource = 'title' | 'date' | 'session' | 'headings' | 'congress' | 'office' | 'opening';

/** One place of a report that says what its plan year or government is, and how much it weighs. */
export interface Witness<T> {
  value: T;
  source: WitnessSource;
  /** What was read, as written there ('2022年1月27日', '二、2022年工作安排'). */
  seen: string;
  weight: number;
}

export interface ReportMeta {
  title: string | null;
  titleSpan: Span | null;
  /** The year whose targets the report sets. */
  planYear: number | null;
  /** The day the report was delivered, as YYYY-MM-DD. */
  date: string | null;
  meeting: string | null;
  speaker: string | null;
  office: string | null;
  government: string | null;
  level: GovernmentLevel | null;
  /** Every place that says what the plan year and the government are; the fields above are what they decide together. */
  witnesses: { planYear: Array<Witness<number>>; government: Array<Witness<string>> };
  /** Where witnesses disagree: one line each, saying what was overruled and how it was decided. */
  conflicts: string[];
}

/**
 * How a text file or web page was read from its bytes: the encoding, and each U+FFFD in `input` that
 * stands for bytes not valid in it (a stray, missing or changed byte), as `[at, at + 1]`. The text
 * around them reads as if the damage were not there; a reader should still be told where it is.
 */
export interface ReportSource {
  encoding: string;
  replaced: Span[];
}

export interface Report {
  /** The input as given (after decoding): every span points into it. */
  input: string;
  /** For a report read from the bytes of a text file or web page: how they were decoded. */
  source?: ReportSource;
  /** The normalized text the outline was read from, with its map back to `input`. */
  normalized: NormalizedText;
  meta: ReportMeta;
  parts: Part[];
}
