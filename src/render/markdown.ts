import { inertControls } from './control.js';

/*
 * Names and report text are untrusted, and Markdown is rendered where raw HTML runs (a Jupyter notebook): a
 * file named '<img src=x onerror=…>.txt' must stay text. Every field of every Markdown output goes through
 * escapeMarkdown, wherever it stands: in a heading, a line of prose, a list item or a table cell.
 */

// HTML as entities (a notebook renders raw HTML); what makes links, emphasis, code, strikethrough (marked, which
// Jupyter uses, strikes through on one tilde) or a table cell's end, with a backslash. CJK text and full-width
// punctuation are left as they are.
const MARKUP = /[&<>\\`*_~[\]|]/g;
const ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

// What opens a block at a line's start, in case the field starts one: a heading, a list item, a thematic break
// or setext underline, an ordered list item ('1. ' or '1) ', not the figure '1.6万场'). Its last character gets
// the backslash.
const BLOCK_START = /^ ?(?:[#+=-]|\d{1,9}[.)](?= |$))/;

/**
 * `text` as inert Markdown on one line: line breaks and other white space become one space (a field cannot
 * open a new block), markup is escaped, control characters are shown (inertControls).
 */
export function escapeMarkdown(text: string): string {
  const escaped = inertControls(text.replace(/\s+/g, ' ')).replace(MARKUP, (c) => ENTITY[c] ?? `\\${c}`);
  const lead = BLOCK_START.exec(escaped);
  if (!lead) return escaped;
  const at = lead[0].length - 1;
  return `${escaped.slice(0, at)}\\${escaped.slice(at)}`;
}
