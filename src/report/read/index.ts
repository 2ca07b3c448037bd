import { closeSync, constants, openSync, readSync, statSync, type Stats } from 'node:fs';
import type { DecodeOptions } from './decode.js';
import { InputError } from './errors.js';
import { readTextOf, readTextOfSync, textOfSync, type ReadText } from './formats.js';

export { InputError } from './errors.js';
export { decode, type Decoded, type DecodeOptions } from './decode.js';
export { damageWarning } from './damage.js';
export { formatOf, textOf, type Format, type ReadText } from './formats.js';
export { htmlToText } from './html.js';

/** The most bytes read from one input unless told otherwise: far above any real report (a few MB). */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
const CHUNK = 1 << 16;

// How long a named pipe may have no writer before the reader is told: one started with it connects well within.
const NO_WRITER_NOTICE_MS = 1000;

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Reads a descriptor to its end, refusing more than `maxBytes`: '/dev/zero', '/dev/urandom' or an
 * endless pipe end with an error instead of running forever. `pipe` is given for a named pipe, opened
 * without waiting: until a writer opens it, it reads as ended, so the read waits for one (telling
 * `onWaiting` after a second) instead of blocking in open() without a word.
 */
function readBounded(fd: number, file: string, maxBytes: number, pipe?: { onWaiting?: ((file: string) => void) | undefined }): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  let writer = false;
  const started = Date.now();
  let told = false;
  for (;;) {
    const chunk = Buffer.allocUnsafe(CHUNK);
    let n: number;
    try {
      n = readSync(fd, chunk, 0, CHUNK, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A non-blocking pipe with a writer but nothing yet: wait a moment and read again.
      if (code === 'EAGAIN') {
        writer = true;
        pause(10);
        continue;
      }
      if (code === 'EOF') break;
      throw new InputError(file, `cannot read ${fd === 0 ? 'standard input' : 'the file'} (${code ?? 'unknown error'})`);
    }
    if (n === 0 && pipe && !writer) {
      if (!told && Date.now() - started >= NO_WRITER_NOTICE_MS) {
        told = true;
        pipe.onWaiting?.(file);
      }
      pause(10);
      continue;
    }
    if (n === 0) break;
    writer = true;
    total += n;
    if (total > maxBytes) throw new InputError(file, `more than ${maxBytes} bytes: not a report (raise the limit with --max-bytes / maxBytes if it is one)`);
    chunks.push(chunk.subarray(0, n));
  }
  return Buffer.concat(chunks, total);
}

/**
 * The bytes of a file, or of standard input for '-', with one-line errors for what cannot be read.
 * A named pipe is waited on until something writes to it and closes it; `onWaiting` is told if that
 * takes more than a second.
 */
export function readBytes(path: string, maxBytes = DEFAULT_MAX_BYTES, onWaiting?: (file: string) => void): Uint8Array {
  if (path === '-') return readBounded(0, '<stdin>', maxBytes);
  let stat: Stats;
  try {
    stat = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(path, code === 'ENOENT' ? 'no such file' : `cannot read the file (${code ?? 'unknown error'})`);
  }
  if (stat.isDirectory()) throw new InputError(path, 'this is a directory, not a file');
  // A pipe (mkfifo, or a shell's <(…)) is opened without waiting for a writer: see readBounded.
  const pipe = stat.isFIFO();
  let fd: number;
  try {
    fd = openSync(path, pipe ? constants.O_RDONLY | constants.O_NONBLOCK : 'r');
  } catch (error) {
    throw new InputError(path, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
  try {
    return readBounded(fd, path, maxBytes, pipe ? { onWaiting } : undefined);
  } finally {
    closeSync(fd);
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
  return readDecoded(path, options).text;
}

/** `readText` with how the file was decoded: its encoding and where bytes not valid in it stand as U+FFFD. */
export function readDecoded(path: string, options: DecodeOptions = {}): Required<ReadText> {
  return readTextOfSync(readBytes(path, options.maxBytes, options.onWaiting), shown(path), options);
}

/** Reads a report file of any supported format (.txt, .md, .html, .docx, .pdf) or standard input ('-'). */
export async function loadText(path: string, options: DecodeOptions = {}): Promise<string> {
  return (await loadDecoded(path, options)).text;
}

/**
 * `loadText` with, for a text file or a web page, how it was decoded (`source`): its encoding and
 * where bytes not valid in it stand as U+FFFD. `damageWarning` says it in one line.
 */
export async function loadDecoded(path: string, options: DecodeOptions = {}): Promise<ReadText> {
  return readTextOf(readBytes(path, options.maxBytes, options.onWaiting), shown(path), options);
}
