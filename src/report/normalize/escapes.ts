/**
 * Line breaks written out as text. A report scraped into a spreadsheet or a JSON string can arrive as
 * one line whose paragraphs are separated by the literal characters '\r\n' (backslash, r, backslash,
 * n), or by '<br>' tags left in plain text (xushui-2010 … 2013, shunping-2023, 2024). A reader sees
 * paragraphs there; so must the outline.
 */

// Written-out breaks: an escaped CR LF, LF or CR, or a <br> tag. Bounded: no backtracking.
const ESCAPED_BREAK = /\\r\\n|\\n|\\r|<br[ \t]{0,8}\/?>/gi;
const REAL_BREAK = /\r\n|[\n\r\u2028\u2029\u0085]/g;
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

/** Whether `text` separates its paragraphs with written-out breaks rather than real ones. */
export function hasEscapedBreaks(text: string): boolean {
  const escaped = count(ESCAPED_BREAK, text);
  return escaped >= MIN_ESCAPED && escaped > ESCAPED_PER_REAL * count(REAL_BREAK, text);
}

/** The end-of-line pattern of a text: real breaks, and the written-out ones where they stand for paragraphs. */
export function lineEnds(text: string): RegExp {
  // Unicode's own line and paragraph separators, NEL, and the form feed of a page break end lines too.
  const real = String.raw`\r\n|[\n\r\u2028\u2029\u0085\f\v]`;
  return hasEscapedBreaks(text) ? new RegExp(`${ESCAPED_BREAK.source}|${real}`, 'gi') : new RegExp(real, 'g');
}
