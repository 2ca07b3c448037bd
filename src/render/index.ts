export { outlineJson, outlineText, type OutlineJson, type OutlineSectionJson } from './outline.js';
export { displayWidth, truncate, padEnd } from './width.js';
export { extractionText, formatFigure, lineColumn } from './extraction.js';
export { alignJson, alignText, type AlignJson } from './align.js';
export { diffText } from './diff-text.js';
export { diffHtml } from './diff-html.js';
export { escapeHtml } from './html.js';
export { scorecardCsv, scorecardHtml, scorecardJson, scorecardMarkdown, traceText } from './scorecard.js';
export { escapeMarkdown } from './markdown.js';
