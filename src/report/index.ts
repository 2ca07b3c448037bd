import { normalize } from './normalize/index.js';
import { outline } from './outline/index.js';
import type { Report } from './outline/types.js';
import { readTextOfSync, type ReadText } from './read/formats.js';
import { InputError, loadDecoded, readDecoded, shown, type DecodeOptions } from './read/index.js';
import { notAWorkReport } from './work-report.js';

export type { Span } from './span.js';
export { lineAndColumn, sliceSpan } from './span.js';
export { normalize, toOriginal, type NormalizedText } from './normalize/index.js';
export { outline } from './outline/index.js';
export { sameGovernment } from './outline/identity.js';
export { decideRole, GOVERNMENT_WORDS, HEADING_TIME, HEADING_WORDS, HEADING_YEAR, periodsNamed, TENSE, tenseCounts, yearsNamed, type Cue } from './outline/roles/index.js';
export type * from './outline/types.js';
export { notAWorkReport, workReportEvidence, type WorkReportEvidence } from './work-report.js';

export {
  InputError,
  decodeText,
  readText,
  readDecoded,
  loadText,
  loadDecoded,
  readBytes,
  DEFAULT_MAX_BYTES,
  decode,
  damageWarning,
  formatOf,
  htmlToText,
  type DecodeOptions,
  type Decoded,
  type Format,
  type ReadText,
} from './read/index.js';

/**
 * Parses a work report into its outline: a string is the report's text, bytes are decoded first
 * (and `report.source` says how). Every node's span points into the text (`report.input`).
 */
export function parseReport(input: string | Uint8Array): Report {
  return typeof input === 'string' ? outline(normalize(input)) : parsed(readTextOfSync(input, '<input>'));
}

/** The outline of a text read from a file, with how the file was decoded when it was. */
function parsed({ text, source }: ReadText): Report {
  const report = outline(normalize(text));
  if (source) report.source = source;
  return report;
}

/**
 * The report itself, or an `InputError` saying why the text is not a government work report. It must
 * show converging evidence (`notAWorkReport`): mostly Chinese, two or more of the marks of a report's
 * opening (its title, the salutation '各位代表', '我代表…向大会报告工作', the meeting line '在…人民代表大会…会议上'),
 * and a part that reviews a year or plans one. A README, a news story, a novel or an English text is refused.
 */
export function requireReport(report: Report, file: string): Report {
  const problem = notAWorkReport(report);
  if (problem !== null) throw new InputError(file, problem);
  return report;
}

/**
 * Reads and parses a text or HTML report file; `report.source` says how it was decoded (see
 * `damageWarning`). Throws an `InputError` naming the file when it cannot be read as a report.
 */
export function readReport(path: string, options: DecodeOptions = {}): Report {
  return requireReport(parsed(readDecoded(path, options)), shown(path));
}

/**
 * Reads and parses a report file of any supported format (.txt, .md, .html, .docx, .pdf), or stdin for
 * '-'. For a text file or web page `report.source` says how it was decoded (see `damageWarning`).
 */
export async function loadReport(path: string, options: DecodeOptions = {}): Promise<Report> {
  return requireReport(parsed(await loadDecoded(path, options)), shown(path));
}
