/**
 * The PDF filters that can make a stream larger, each decoded as pdf.js decodes it but never past a
 * byte limit: flate and Brotli by Node's zlib, LZW, ASCII85, ASCIIHex and RunLength here. A stream
 * that is damaged part-way yields what pdf.js would have decoded before the damage.
 */
import type { BrotliDecompress, Inflate } from 'node:zlib';

type Zlib = typeof import('node:zlib');

/** Thrown when a filter's output passes its limit. */
export class TooLarge extends Error {}

export type Decoder = (input: Uint8Array, limit: number) => Promise<Uint8Array>;

/** A growing buffer that refuses to pass its limit. */
class Sink {
  bytes: Uint8Array = new Uint8Array(1024);
  length = 0;
  constructor(private readonly limit: number) {}
  reserve(n: number): void {
    if (this.length + n > this.limit) throw new TooLarge();
    if (this.length + n <= this.bytes.length) return;
    const grown = new Uint8Array(Math.min(this.limit, Math.max(this.length + n, this.bytes.length * 2)));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }
  push(byte: number): void {
    this.reserve(1);
    this.bytes[this.length++] = byte;
  }
  append(chunk: Uint8Array): void {
    this.reserve(chunk.length);
    this.bytes.set(chunk, this.length);
    this.length += chunk.length;
  }
  result(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

/** Runs a zlib decompressor over the input, keeping what it produced before any error in the data. */
function viaZlib(make: (zlib: Zlib) => Inflate | BrotliDecompress): Decoder {
  return async (input, limit) => {
    const output = new Sink(limit);
    // Imported here, not above: the browser build has no zlib, and reads no PDF.
    const stream = make(await import('node:zlib'));
    stream.end(input);
    try {
      for await (const chunk of stream) output.append(chunk as Buffer);
    } catch (error) {
      if (error instanceof TooLarge) throw error;
      // Damaged data: pdf.js, too, stops at the damage.
    } finally {
      stream.destroy();
    }
    return output.result();
  };
}

const CHUNK = 64 * 1024;
// A cut-short stream is decoded as far as it goes, as pdf.js does.
const flate = viaZlib((zlib) => zlib.createInflate({ chunkSize: CHUNK, finishFlush: zlib.constants.Z_SYNC_FLUSH }));
const brotli = viaZlib((zlib) => zlib.createBrotliDecompress({ chunkSize: CHUNK, finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH }));

/** LZW as pdf.js's LZWStream decodes it (9- to 12-bit codes, 256 clears, 257 ends). */
export function lzw(earlyChange: number): Decoder {
  return async (input, limit) => {
    const out = new Sink(limit);
    const values = new Uint8Array(4096);
    const lengths = new Uint16Array(4096);
    const previous = new Uint16Array(4096);
    const sequence = new Uint8Array(4096);
    for (let i = 0; i < 256; i++) (values[i] = i), (lengths[i] = 1);
    let codeLength = 9;
    let nextCode = 258;
    let prevCode = 0;
    let sequenceLength = 0;
    let cached = 0;
    let bitsCached = 0;
    let at = 0;
    for (;;) {
      while (bitsCached < codeLength && at < input.length) (cached = ((cached << 8) | input[at++]!) >>> 0), (bitsCached += 8);
      if (bitsCached < codeLength) break;
      bitsCached -= codeLength;
      const code = (cached >>> bitsCached) & ((1 << codeLength) - 1);
      cached &= (1 << bitsCached) - 1;
      const hadSequence = sequenceLength > 0;
      if (code < 256) (sequence[0] = code), (sequenceLength = 1);
      else if (code === 256) {
        codeLength = 9;
        nextCode = 258;
        sequenceLength = 0;
        continue;
      } else if (code === 257) break;
      else if (code < nextCode) {
        sequenceLength = lengths[code]!;
        for (let j = sequenceLength - 1, c = code; j >= 0; j--) (sequence[j] = values[c]!), (c = previous[c]!);
      } else sequence[sequenceLength++] = sequence[0]!;
      if (hadSequence && nextCode < 4096) {
        previous[nextCode] = prevCode;
        lengths[nextCode] = lengths[prevCode]! + 1;
        values[nextCode] = sequence[0]!;
        nextCode++;
        const n = nextCode + earlyChange;
        // pdf.js's own arithmetic, so that the code length changes where it does there.
        codeLength = n & (n - 1) ? codeLength : Math.min(Math.log(n) / 0.6931471805599453 + 1, 12) | 0;
      }
      prevCode = code;
      out.append(sequence.subarray(0, sequenceLength));
    }
    return out.result();
  };
}

const isSpace = (c: number | undefined) => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;

/** ASCII85: 'z' is four zero bytes, '~' ends. */
const ascii85: Decoder = async (input, limit) => {
  const out = new Sink(limit);
  let at = 0;
  const nextChar = () => {
    while (isSpace(input[at])) at++;
    return at < input.length ? input[at++]! : -1;
  };
  for (;;) {
    const first = nextChar();
    if (first === -1 || first === 0x7e) break;
    if (first === 0x7a) {
      for (let i = 0; i < 4; i++) out.push(0);
      continue;
    }
    const group = [first];
    while (group.length < 5) {
      const c = nextChar();
      if (c === -1 || c === 0x7e) break;
      group.push(c);
    }
    const n = group.length - 1;
    while (group.length < 5) group.push(0x75);
    let value = 0;
    for (const c of group) value = value * 85 + (c - 33);
    for (let i = 0; i < n; i++) out.push((value >>> (24 - 8 * i)) & 0xff);
    if (n < 4) break;
  }
  return out.result();
};

/** ASCIIHex: two digits a byte, '>' ends, anything else is skipped. */
const asciiHex: Decoder = async (input, limit) => {
  const out = new Sink(limit);
  let high = -1;
  for (const c of input) {
    if (c === 0x3e) break;
    const lower = c | 0x20;
    const digit = c >= 0x30 && c <= 0x39 ? c - 0x30 : lower >= 0x61 && lower <= 0x66 ? lower - 0x57 : -1;
    if (digit < 0) continue;
    if (high < 0) high = digit;
    else out.push((high << 4) | digit), (high = -1);
  }
  if (high >= 0) out.push(high << 4);
  return out.result();
};

/** RunLength: a length byte, then that many literal bytes or one byte repeated; 128 ends. */
const runLength: Decoder = async (input, limit) => {
  const out = new Sink(limit);
  let at = 0;
  while (at + 1 < input.length && input[at] !== 128) {
    const n = input[at]!;
    if (n < 128) {
      out.append(input.subarray(at + 1, at + 2 + n));
      at += 2 + n;
    } else {
      out.reserve(257 - n);
      out.bytes.fill(input[at + 1]!, out.length, out.length + 257 - n);
      out.length += 257 - n;
      at += 2;
    }
  }
  return out.result();
};

/**
 * The decoder of a filter name as pdf.js spells it, abbreviations included ('Fl', 'LZW', 'A85', …);
 * LZW asks for its /EarlyChange.
 */
export function decoderOf(name: string, earlyChange: () => number): Decoder | 'image' | 'unknown' {
  switch (name) {
    case 'Fl':
    case 'FlateDecode':
      return flate;
    case 'LZW':
    case 'LZWDecode':
      return lzw(earlyChange());
    case 'A85':
    case 'ASCII85Decode':
      return ascii85;
    case 'AHx':
    case 'ASCIIHexDecode':
      return asciiHex;
    case 'RL':
    case 'RunLengthDecode':
      return runLength;
    case 'BrotliDecode':
      return brotli;
    case 'DCT':
    case 'DCTDecode':
    case 'JPX':
    case 'JPXDecode':
    case 'CCF':
    case 'CCITTFaxDecode':
    case 'JBIG2Decode':
      return 'image';
    default:
      return 'unknown';
  }
}
