export { outlineJson, outlineText, type OutlineJson, type OutlineSectionJson } from './outline.js';
export { displayWidth, truncate, padEnd } from './width.js';
export { extractionText, formatFigure } from './extraction.js';
