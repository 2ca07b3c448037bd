import { checkTargets, type CheckOptions, type Scorecard } from './check/index.js';
import { loadReport, parseReport, requireReport } from './report/index.js';
import { textOf } from './report/read/index.js';
import type { Report } from './report/outline/types.js';
import { scorecardCsv, scorecardHtml, scorecardJson, scorecardMarkdown } from './render/scorecard.js';

/** A report to compare: a file path, its bytes, or its text (`{ text }`, with a name for display). */
export type ReportInput = string | Uint8Array | { text: string; name?: string };

/** A scorecard that renders itself, for scripts and notebooks. */
export interface ScorecardResult extends Scorecard {
  planReport: Report;
  reviewReport: Report;
  toMarkdown(): string;
  /** UTF-8 with a BOM, one row per target. */
  toCSV(): string;
  /** One self-contained page. */
  toHTML(): string;
  toJSON(): object;
}

async function load(input: ReportInput): Promise<{ report: Report; name: string | undefined }> {
  if (typeof input === 'string') return { report: await loadReport(input), name: input };
  const name = input instanceof Uint8Array ? undefined : input.name;
  // Bytes may be any format read here: text in any encoding, a page, a Word document, a PDF.
  const text = input instanceof Uint8Array ? await textOf(input, '<input>') : input.text;
  return { report: requireReport(parseReport(text), name ?? '<input>'), name };
}

/**
 * One call: `await compare('2025.txt', '2026.txt')` reads both reports, scores the first one's
 * targets against the second one's review, and returns the scorecard with its renderers.
 * Throws an `InputError` for an unreadable file and a `PairingError` when the second report is not
 * the next year's of the same government (pass `{ force: true }` to score anyway).
 */
export async function compare(plan: ReportInput, review: ReportInput, options: CheckOptions = {}): Promise<ScorecardResult> {
  const p = await load(plan);
  const r = await load(review);
  const card = checkTargets(p.report, r.report, { planFile: p.name, reviewFile: r.name, ...options });
  return Object.assign(card, {
    planReport: p.report,
    reviewReport: r.report,
    toMarkdown: () => scorecardMarkdown(card),
    toCSV: () => scorecardCsv(card),
    toHTML: () => scorecardHtml(card, p.report, r.report),
    toJSON: () => scorecardJson(card),
  });
}
