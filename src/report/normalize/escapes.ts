/**
 * Line breaks written out as text. A report scraped into a spreadsheet or a JSON string can arrive as
 * one line whose paragraphs are separated by the literal characters '\r\n' (backslash, r, backslash,
 * n), or by '<br>' tags left in plain text (xushui-2010 … 2013, shunping-2023, 2024). A reader sees
 * paragraphs there; so must the outline.
 */

import { atWrapWidth, wrapWidth } from './breaks.js';

// A copy of such a file hard-wrapped at a fixed width can have a real line break inside a written-out
// one ('\' ⏎ 'r\n', '\r' ⏎ '\n', '\r\' ⏎ 'n'): the reader still sees one paragraph break there.
const CUT = String.raw`(?:\r\n|[\n\r])?`;
// Written-out breaks: an escaped CR LF, LF or CR, or a <br> tag. Bounded: no backtracking.
const ESCAPED_BREAK = new RegExp(String.raw`\\${CUT}r(?:${CUT}\\${CUT}n)?|\\${CUT}n|<br[ \t]{0,8}\/?>`, 'gi');
// What ends a line for the reader: Unicode's own line and paragraph separators, NEL, and the form feed
// of a page break too.
const REAL_END = /[\n\r\u2028\u2029\u0085\f\v]/;
const REAL_BREAK = new RegExp(String.raw`\r\n|${REAL_END.source}`);
// Written-out breaks stand for paragraphs only when they are many and real ones are few: a text with
// its own paragraphs that quotes '\n' once (a path, a code sample) keeps it as text.
const MIN_ESCAPED = 3;
const ESCAPED_PER_REAL = 2;

function count(pattern: RegExp, text: string): number {
  let n = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text)) n++;
  return n;
}

/**
 * The real line breaks of `text` that can end a paragraph. Those of a fixed-width hard wrap cannot: a
 * one-line file with written-out breaks, hard-wrapped at 38 characters, has hundreds of real breaks
 * and still only the paragraphs its written-out ones make.
 */
function paragraphBreaks(text: string): number {
  const lengths = text.split(REAL_BREAK).map((line) => line.trimEnd().length);
  const width = wrapWidth(lengths);
  return lengths.slice(0, -1).filter((length) => !atWrapWidth(length, width)).length;
}

/** Whether `text` separates its paragraphs with written-out breaks rather than real ones. */
export function hasEscapedBreaks(text: string): boolean {
  const escaped = count(ESCAPED_BREAK, text);
  return escaped >= MIN_ESCAPED && escaped > ESCAPED_PER_REAL * paragraphBreaks(text);
}

/** Whether a line end matched by `lineEnds` is a written-out break (it may hold a real one a wrap put inside). */
export function isWrittenOut(eol: string): boolean {
  return /[\\<]/.test(eol);
}

/** The offset in `eol` (a line end matched by `lineEnds`) just after its last real line break, or -1 when it holds none. */
export function realBreakEnd(eol: string): number {
  for (let i = eol.length - 1; i >= 0; i--) if (REAL_END.test(eol[i]!)) return i + 1;
  return -1;
}

/** The end-of-line pattern of a text: real breaks, and the written-out ones where they stand for paragraphs. */
export function lineEnds(text: string): RegExp {
  return hasEscapedBreaks(text) ? new RegExp(`${ESCAPED_BREAK.source}|${REAL_BREAK.source}`, 'gi') : new RegExp(REAL_BREAK.source, 'g');
}
