import { scoreTargets, type CheckOptions, type ScorecardResult } from './check/index.js';
import { renderable } from './render/scorecard.js';
import { loadReport, parseReport, requireReport } from './report/index.js';
import { textOf } from './report/read/index.js';
import type { Report } from './report/outline/types.js';

/** A report to compare: a file path, its bytes, or its text (`{ text }`, with a name for display). */
export type ReportInput = string | Uint8Array | { text: string; name?: string };

async function load(input: ReportInput): Promise<{ report: Report; name: string | undefined }> {
  if (typeof input === 'string') return { report: await loadReport(input), name: input };
  const name = input instanceof Uint8Array ? undefined : input.name;
  // Bytes may be any format read here: text in any encoding, a page, a Word document, a PDF.
  const text = input instanceof Uint8Array ? await textOf(input, '<input>') : input.text;
  return { report: requireReport(parseReport(text), name ?? '<input>'), name };
}

/**
 * The scorecard of two parsed reports, as the user gets it: the card (`scoreTargets`) carrying its two
 * reports and rendering itself (`toMarkdown()`, `toCSV()`, `toHTML()`, `toJSON()`).
 */
export function checkTargets(plan: Report, review: Report, options: CheckOptions = {}): ScorecardResult {
  return renderable(scoreTargets(plan, review, options), plan, review);
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
  return checkTargets(p.report, r.report, { planFile: p.name, reviewFile: r.name, ...options });
}
