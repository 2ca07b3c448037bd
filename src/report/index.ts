import { normalize } from './normalize/index.js';
import { outline } from './outline/index.js';
import type { Report } from './outline/types.js';

export type { Span } from './span.js';
export { sliceSpan } from './span.js';
export { normalize, toOriginal, type NormalizedText } from './normalize/index.js';
export { outline } from './outline/index.js';
export type * from './outline/types.js';

/** Parses the text of a work report into its outline. Every node's span points into `text`. */
export function parseReport(text: string): Report {
  return outline(normalize(text));
}
