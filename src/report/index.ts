import { normalize } from './normalize/index.js';
import { outline } from './outline/index.js';
import type { Report } from './outline/types.js';
import { decodeText, InputError, loadText, readText, shown, type DecodeOptions } from './read/index.js';

export type { Span } from './span.js';
export { lineAndColumn, sliceSpan } from './span.js';
export { normalize, toOriginal, type NormalizedText } from './normalize/index.js';
export { outline } from './outline/index.js';
export { sameGovernment } from './outline/identity.js';
export { decideRole, GOVERNMENT_WORDS, HEADING_TIME, HEADING_WORDS, HEADING_YEAR, periodsNamed, TENSE, tenseCounts, yearsNamed, type Cue } from './outline/roles/index.js';
export type * from './outline/types.js';

export { InputError, decodeText, readText, loadText, readBytes, DEFAULT_MAX_BYTES, decode, formatOf, htmlToText, type DecodeOptions, type Decoded, type Format } from './read/index.js';

/**
 * Parses a work report into its outline: a string is the report's text, bytes are decoded first.
 * Every node's span points into the text (`report.input`).
 */
export function parseReport(input: string | Uint8Array): Report {
  return outline(normalize(typeof input === 'string' ? input : decodeText(input)));
}

/**
 * The report itself, or an `InputError` when the text has no report structure: no part that reviews
 * a year or plans one (a novel, a spreadsheet export, the wrong file).
 */
export function requireReport(report: Report, file: string): Report {
  if (!report.parts.some((p) => p.role === 'review' || p.role === 'plan')) {
    throw new InputError(file, "no report structure found: no part reviews a year or plans one (such as '一、2024年工作回顾', '二、2025年工作安排'); is this a government work report?");
  }
  return report;
}


/** Reads and parses a text or HTML report file. Throws an `InputError` naming the file when it cannot be read as a report. */
export function readReport(path: string, options: DecodeOptions = {}): Report {
  return requireReport(parseReport(readText(path, options)), shown(path));
}

/** Reads and parses a report file of any supported format (.txt, .md, .html, .docx, .pdf), or stdin for '-'. */
export async function loadReport(path: string, options: DecodeOptions = {}): Promise<Report> {
  return requireReport(parseReport(await loadText(path, options)), shown(path));
}
