import { onFirstUse } from '../../on-first-use.js';

/** jschardet, needed only for text that is not UTF-8 or UTF-16. */
export const encodingDetector = onFirstUse<Pick<typeof import('jschardet'), 'detect'>>('jschardet');
import { BIG5_PRIVATE_FIRST, BIG5_PRIVATE_MEANT } from './big5-extensions.js';
import { InputError } from './errors.js';

export interface DecodeOptions {
  /** Force an encoding ('gbk', 'gb18030', 'big5', 'utf-16le', …) instead of detecting it. */
  encoding?: string;
  /** Refuse an input longer than this many bytes (default DEFAULT_MAX_BYTES, 50 MB). */
  maxBytes?: number;
}

/** Text and the encoding it was read in. */
export interface Decoded {
  text: string;
  encoding: string;
}

const TRIED = 'UTF-8 (with or without BOM), UTF-16, GB18030/GBK, Big5';
// The Chinese encodings the detector names, as TextDecoder knows them.
const CHINESE: Record<string, string> = { GB18030: 'gb18030', GB2312: 'gb18030', GBK: 'gb18030', BIG5: 'big5', 'EUC-TW': 'big5' };
// Below this the detector is guessing; strict decoding must still succeed above it.
const MIN_CONFIDENCE = 0.1;

function knownEncoding(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

function strict(bytes: Uint8Array, encoding: string): string | null {
  try {
    const decoder = new TextDecoder(encoding, { fatal: true });
    const text = decoder.decode(bytes);
    return decoder.encoding === 'big5' ? big5Extensions(text) : text;
  } catch {
    return null;
  }
}

const BIG5_PRIVATE = /[\uE000-\uF848]/g;
let big5Meant: string[] | null = null;

/**
 * Big5's extension codes as the characters they stand for: ETEN's '①' (C6A1) and HKSCS's '勠' (FABA)
 * in Taiwan and Hong Kong files. Node reads Big5 as Windows-950, which leaves them in the private use
 * area; a browser's TextDecoder (the WHATWG big5 index) reads them as characters, and so does this.
 */
function big5Extensions(text: string): string {
  BIG5_PRIVATE.lastIndex = 0;
  if (!BIG5_PRIVATE.test(text)) return text;
  big5Meant ??= [...BIG5_PRIVATE_MEANT.replace(/\n/g, '')];
  return text.replace(BIG5_PRIVATE, (ch) => big5Meant![ch.charCodeAt(0) - BIG5_PRIVATE_FIRST]!);
}

/**
 * UTF-16 without a BOM: in Chinese text every other byte is the high byte of a code unit, which is
 * 0x00 (ASCII, line ends), 0x30 (CJK punctuation), 0x4E–0x9F (CJK characters) or 0xFF (full-width forms).
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, 4096 - (Math.min(bytes.length, 4096) % 2));
  // Too little to tell from chance.
  if (sample.length < 64) return null;
  const high = (b: number) => b === 0 || b === 0x30 || b === 0xff || (b >= 0x4e && b <= 0x9f);
  let odd = 0;
  let even = 0;
  for (let i = 0; i < sample.length; i++) if (high(sample[i]!)) (i % 2 ? odd++ : even++);
  const half = sample.length / 2;
  if (odd > half * 0.9 && even < half * 0.6) return 'utf-16le';
  if (even > half * 0.9 && odd < half * 0.6) return 'utf-16be';
  return null;
}

/**
 * Decodes the bytes of a report: UTF-8 with or without BOM, UTF-16 (LE/BE, with or without BOM),
 * GB18030/GBK and Big5 (named by the detector and checked by strict decoding). When it cannot tell,
 * it says which encodings it tried and how to name one.
 */
export function decode(bytes: Uint8Array, file = '<input>', options: DecodeOptions = {}): Decoded {
  if (bytes.length === 0) throw new InputError(file, 'the file is empty');
  if (options.encoding) {
    if (!knownEncoding(options.encoding)) throw new InputError(file, `unknown encoding '${options.encoding}'`);
    const text = strict(bytes, options.encoding);
    if (text === null) throw new InputError(file, `the file is not valid ${options.encoding} text`);
    return { text, encoding: options.encoding };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return fromBom(bytes, file, 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return fromBom(bytes, file, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return fromBom(bytes, file, 'utf-16be');
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    const text = strict(bytes, utf16);
    // Text has no control characters but line ends and tabs.
    if (text !== null && !/[\u0000-\u0008\u000e-\u001f]/.test(text)) return { text, encoding: utf16 };
  }
  // Text files do not hold NUL bytes; images, archives and executables do.
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(file, 'this is a binary file, not text');
  const utf8 = strict(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const guess = encodingDetector.get().detect(binaryString(bytes));
  const encoding = guess.encoding ? CHINESE[guess.encoding.toUpperCase()] : undefined;
  const text = encoding && guess.confidence >= MIN_CONFIDENCE ? strict(bytes, encoding) : null;
  if (text !== null && encoding) return { text, encoding };
  const said = guess.encoding ? ` (the detector says ${guess.encoding}, confidence ${guess.confidence.toFixed(2)})` : '';
  throw new InputError(file, `cannot tell the text encoding${said}; tried ${TRIED}. Name it with --encoding, e.g. --encoding gbk`);
}

// jschardet reads a byte string (one character per byte), which works where Buffer does not (a browser).
const CHUNK = 0x8000;
function binaryString(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += CHUNK) out += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return out;
}

function fromBom(bytes: Uint8Array, file: string, encoding: string): Decoded {
  const text = strict(bytes, encoding); // TextDecoder drops the BOM itself
  if (text === null) throw new InputError(file, `the file starts with a ${encoding} byte order mark but is not valid ${encoding}`);
  return { text, encoding };
}
