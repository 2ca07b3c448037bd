import { normalize } from './normalize/index.js';
import { outline } from './outline/index.js';
import type { Report } from './outline/types.js';
import { decodeText, readText } from './read.js';

export type { Span } from './span.js';
export { sliceSpan } from './span.js';
export { normalize, toOriginal, type NormalizedText } from './normalize/index.js';
export { outline } from './outline/index.js';
export type * from './outline/types.js';

export { InputError, decodeText, readText } from './read.js';

/**
 * Parses a work report into its outline: a string is the report's text, bytes are decoded first.
 * Every node's span points into the text (`report.input`).
 */
export function parseReport(input: string | Uint8Array): Report {
  return outline(normalize(typeof input === 'string' ? input : decodeText(input)));
}

/** Reads and parses a report file. Throws an `InputError` naming the file when it cannot be read as a report. */
export function readReport(path: string): Report {
  return parseReport(readText(path));
}
