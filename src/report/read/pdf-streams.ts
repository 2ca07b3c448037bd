/**
 * A bound on what a PDF's compressed streams may inflate to, checked before pdf.js reads the file: a
 * flate stream of a gigabyte of zeros (a few MB on disk) is refused in a moment instead of taking
 * minutes and gigabytes. Each stream is inflated with zlib's output bound; streams in other filters,
 * or damaged ones, are left to pdf.js.
 */
import { inflateSync } from 'node:zlib';
import { InputError } from './errors.js';

export const MAX_STREAM_BYTES = 64 * 1024 * 1024;
export const MAX_PDF_STREAM_BYTES = 256 * 1024 * 1024;

// How far before 'stream' its dictionary is looked for ('/Filter /FlateDecode').
const DICTIONARY_WINDOW = 512;

/** Throws an InputError naming the file when a stream, or all of them, would inflate beyond the bounds. */
export function checkPdfStreams(data: Uint8Array, file: string): void {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  let total = 0;
  for (let at = bytes.indexOf('stream'); at >= 0; at = bytes.indexOf('stream', at + 6)) {
    // 'endstream' is the end of one, not the start of another.
    if (at >= 3 && bytes.toString('latin1', at - 3, at) === 'end') continue;
    const dictionary = bytes.toString('latin1', Math.max(0, at - DICTIONARY_WINDOW), at);
    let start = at + 6;
    if (bytes[start] === 0x0d) start++;
    if (bytes[start] === 0x0a) start++;
    const end = bytes.indexOf('endstream', start);
    if (end < 0) break;
    if (!/\/FlateDecode/.test(dictionary.slice(dictionary.lastIndexOf('<<')))) continue;
    let size: number;
    try {
      size = inflateSync(bytes.subarray(start, end), { maxOutputLength: MAX_STREAM_BYTES, finishFlush: 2 /* Z_SYNC_FLUSH: a stream cut short is fine */ }).length;
    } catch (error) {
      if (error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new InputError(file, `a stream of the PDF inflates beyond ${MAX_STREAM_BYTES} bytes: not a report (a flate bomb?)`);
      }
      continue;
    }
    total += size;
    if (total > MAX_PDF_STREAM_BYTES) throw new InputError(file, `the PDF's streams inflate beyond ${MAX_PDF_STREAM_BYTES} bytes together: not a report`);
    at = end;
  }
}
