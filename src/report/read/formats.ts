import type { ReportSource } from '../outline/types.js';
import { decode, replacementSpans, type DecodeOptions } from './decode.js';
import { InputError } from './errors.js';
import { lineEnds } from '../normalize/escapes.js';
import { MAX_LINES } from './limits.js';
import { pdfText } from './pdf.js';
import { docxText } from './docx.js';
import { htmlToText } from './html.js';

export type Format = 'text' | 'html' | 'docx' | 'pdf';

const startsWith = (bytes: Uint8Array, ascii: string) => [...ascii].every((c, i) => bytes[i] === c.charCodeAt(0));

/** Whether the bytes hold an ASCII string anywhere (without Buffer, which a browser lacks). */
function holds(bytes: Uint8Array, ascii: string): boolean {
  const first = ascii.charCodeAt(0);
  for (let i = bytes.indexOf(first); i >= 0 && i + ascii.length <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    if (startsWith(bytes.subarray(i), ascii)) return true;
  }
  return false;
}

/** The format of a file from its name and first bytes: PDF and DOCX by their magic, HTML by name or doctype. */
export function formatOf(file: string, bytes: Uint8Array): Format {
  if (startsWith(bytes, '%PDF-')) return 'pdf';
  // A Word document is a zip holding word/document.xml, whatever the file is called.
  if (startsWith(bytes, 'PK\u0003\u0004') && (/\.docx$/i.test(file) || holds(bytes, 'word/document.xml'))) return 'docx';
  if (/\.x?html?$/i.test(file)) return 'html';
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') ? 'html' : 'text';
}

/** A report's text and, for a text file or a web page, how its bytes were decoded. */
export interface ReadText {
  text: string;
  source?: ReportSource;
}

/**
 * The text of a report file in any format read here. Spans of everything parsed from it point
 * into this text: the decoded text of a .txt, the visible text of a web page, the text of a Word
 * document or a PDF's text layer.
 */
export async function textOf(bytes: Uint8Array, file: string, options: DecodeOptions = {}): Promise<string> {
  return (await readTextOf(bytes, file, options)).text;
}

/** The text of a report file in any format, with how it was decoded (`source`) when it was. */
export async function readTextOf(bytes: Uint8Array, file: string, options: DecodeOptions = {}): Promise<ReadText> {
  const format = formatOf(file, bytes);
  if (format === 'pdf') return { text: usable(await pdfText(bytes, file), file) };
  if (format === 'docx') return { text: usable(docxText(bytes, file), file) };
  return decoded(format, bytes, file, options);
}

/** The text, if it holds something and no more lines than MAX_LINES; else an InputError saying which. */
function usable(text: string, file: string): string {
  if (text.trim() === '') throw new InputError(file, 'the file holds no text, only whitespace');
  // Lines as normalize will cut them (written-out breaks included), counted no further than the bound.
  const eol = lineEnds(text);
  for (let lines = 1; eol.exec(text); ) {
    if (++lines > MAX_LINES) throw new InputError(file, `more than ${MAX_LINES} lines: not a report`);
  }
  return text;
}

/** Synchronous reading for the formats that need no parser library: text and web pages. */
export function textOfSync(bytes: Uint8Array, file: string, options: DecodeOptions = {}): string {
  return readTextOfSync(bytes, file, options).text;
}

/** `textOfSync` with how the bytes were decoded. */
export function readTextOfSync(bytes: Uint8Array, file: string, options: DecodeOptions = {}): Required<ReadText> {
  const format = formatOf(file, bytes);
  if (format === 'pdf' || format === 'docx') {
    throw new InputError(file, `a ${format.toUpperCase()} file is read asynchronously: use loadReport() or compare()`);
  }
  return decoded(format, bytes, file, options);
}

/**
 * A text file or a web page, decoded. A page's damage is found again in its visible text: a U+FFFD
 * inside a tag or a script is not in the text and does not matter to it.
 */
function decoded(format: 'text' | 'html', bytes: Uint8Array, file: string, options: DecodeOptions): Required<ReadText> {
  const { text, encoding, replaced } = decode(bytes, file, options);
  if (format === 'text') return { text: usable(text, file), source: { encoding, replaced } };
  const visible = usable(htmlToText(text), file);
  return { text: visible, source: { encoding, replaced: replaced.length > 0 ? replacementSpans(visible) : [] } };
}
