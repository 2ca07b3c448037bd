import type { DecodeOptions } from '../report/read/decode.js';
import { InputError } from '../report/read/errors.js';
import { formatOf, textOfSync } from '../report/read/formats.js';

/** What the browser build reads: text as is, or the bytes of a file (a File or Blob, an ArrayBuffer, a Uint8Array). */
export type BrowserInput = string | Blob | ArrayBuffer | Uint8Array;

/**
 * The text of a report given in the browser: a string as is; the bytes of a text file in any encoding
 * the Node reader detects (UTF-8, UTF-16, GB18030/GBK, Big5) or of a saved web page, decoded the same
 * way. Word and PDF files are read by the Node package and the command line only.
 */
export async function readInput(input: BrowserInput, name?: string, options: DecodeOptions = {}): Promise<string> {
  if (typeof input === 'string') return input;
  const file = name ?? inputName(input, '<input>');
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input instanceof ArrayBuffer ? input : await input.arrayBuffer());
  const format = formatOf(file, bytes);
  if (format === 'pdf' || format === 'docx') {
    throw new InputError(file, `a ${format === 'pdf' ? 'PDF' : 'Word'} file is read by the Node package and the command line; in the browser, save the report as text or a web page first`);
  }
  return textOfSync(bytes, file, options);
}

/** The name a browser input goes by: a File's own, else `fallback`. */
export function inputName(input: BrowserInput, fallback: string): string {
  return typeof input === 'object' && 'name' in input && typeof input.name === 'string' ? input.name : fallback;
}
