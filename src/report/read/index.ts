import { readFileSync, statSync } from 'node:fs';
import type { DecodeOptions } from './decode.js';
import { InputError } from './errors.js';
import { textOf, textOfSync } from './formats.js';

export { InputError } from './errors.js';
export { decode, type Decoded, type DecodeOptions } from './decode.js';
export { formatOf, textOf, type Format } from './formats.js';
export { htmlToText } from './html.js';

/** The bytes of a file, or of standard input for '-', with one-line errors for what cannot be read. */
export function readBytes(path: string): Uint8Array {
  if (path === '-') {
    try {
      return readFileSync(0);
    } catch (error) {
      throw new InputError('<stdin>', `cannot read standard input (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
    }
  }
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(path, code === 'ENOENT' ? 'no such file' : `cannot read the file (${code ?? 'unknown error'})`);
  }
  if (isDirectory) throw new InputError(path, 'this is a directory, not a file');
  try {
    return readFileSync(path);
  } catch (error) {
    throw new InputError(path, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
}

/** How a path is named in messages: standard input as '<stdin>'. */
export const shown = (path: string) => (path === '-' ? '<stdin>' : path);

/** Decodes bytes as a text report (UTF-8, UTF-16, GB18030/GBK or Big5, detected). */
export function decodeText(bytes: Uint8Array, file = '<input>', options: DecodeOptions = {}): string {
  return textOfSync(bytes, file, options);
}

/** Reads a text or HTML report file synchronously. */
export function readText(path: string, options: DecodeOptions = {}): string {
  return textOfSync(readBytes(path), shown(path), options);
}

/** Reads a report file of any supported format (.txt, .md, .html, .docx, .pdf) or standard input ('-'). */
export async function loadText(path: string, options: DecodeOptions = {}): Promise<string> {
  return textOf(readBytes(path), shown(path), options);
}
