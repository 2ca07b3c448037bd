import { readFileSync, statSync } from 'node:fs';

/** Bad input: names the file and says what is wrong with it, in one line. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'InputError';
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes the bytes of a report. UTF-8, with or without BOM, is read today; this is the one place
 * where other encodings will be detected.
 */
export function decodeText(bytes: Uint8Array, file = '<input>'): string {
  if (bytes.length === 0) throw new InputError(file, 'the file is empty');
  // Text files do not hold NUL bytes; images, archives and executables do.
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(file, 'this is a binary file, not text');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new InputError(file, 'the file is not valid UTF-8 text (other encodings are not supported yet)');
  }
  if (text.trim() === '') throw new InputError(file, 'the file holds only whitespace');
  return text;
}

/** Reads a report file as text. Spans of everything parsed from it point into this string. */
export function readText(path: string): string {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(path, code === 'ENOENT' ? 'no such file' : `cannot read the file (${code ?? 'unknown error'})`);
  }
  if (isDirectory) throw new InputError(path, 'this is a directory, not a file');
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new InputError(path, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
  return decodeText(bytes, path);
}
