import { onFirstUse } from '../../on-first-use.js';

/** jschardet, needed only for text that is not UTF-8 or UTF-16. */
export const encodingDetector = onFirstUse<Pick<typeof import('jschardet'), 'detect'>>('jschardet');
import type { Span } from '../span.js';
import { BIG5_PRIVATE_FIRST, BIG5_PRIVATE_MEANT } from './big5-extensions.js';
import { InputError } from './errors.js';
import { better, fewUnreadable, plausibility, readsAsChinese, type Plausibility } from './plausible.js';
import { readInStep } from './resync.js';

export interface DecodeOptions {
  /**
   * Read the file in this encoding ('gbk', 'gb18030', 'big5', 'utf-16le', …) instead of detecting it.
   * Bytes not valid in it are read as U+FFFD and reported in `replaced`, as for a detected encoding
   * (the reader named the encoding; a stray byte should not stop them); a file that leaves more than
   * one character in a thousand unreadable is refused.
   */
  encoding?: string;
  /** Refuse an input longer than this many bytes (default DEFAULT_MAX_BYTES, 50 MB). */
  maxBytes?: number;
  /**
   * Told once, with the file's name, when a named pipe has had nothing writing to it for a second:
   * the read goes on waiting for a writer, as reading a pipe does, and the CLI says so on stderr.
   */
  onWaiting?: (file: string) => void;
}

/** Text, the encoding it was read in, and where it holds bytes that are not valid in that encoding. */
export interface Decoded {
  text: string;
  encoding: string;
  /**
   * Each U+FFFD that stands for bytes not valid in `encoding` (a stray, missing or changed byte), as
   * `[at, at + 1]` in `text`. Empty for a clean file. The rest of the text reads as if the damage were not there.
   */
  replaced: Span[];
}

const TRIED = 'UTF-8 (with or without BOM), UTF-16, GB18030/GBK, Big5';
// Read in every file that is not UTF-8 or UTF-16, the first preferred when two read as well.
const CANDIDATES = ['gb18030', 'big5'];
// The multi-byte encodings the detector may name, as TextDecoder knows them. A single-byte encoding
// (its 'windows-1252', 'IBM855') reads any bytes without error and is never a candidate.
const MULTI_BYTE: Record<string, string> = {
  GB18030: 'gb18030',
  GB2312: 'gb18030',
  GBK: 'gb18030',
  BIG5: 'big5',
  'EUC-TW': 'big5',
  SHIFT_JIS: 'shift_jis',
  'EUC-JP': 'euc-jp',
  'EUC-KR': 'euc-kr',
};
// Below this the detector is guessing.
const MIN_CONFIDENCE = 0.1;
// The detector reads the start of the file: enough for its statistics, and fast on a large file.
const DETECTOR_SAMPLE = 1 << 16;

/** The encoding TextDecoder reads for a label ('GBK' → 'gbk', 'utf8' → 'utf-8'), or null for an unknown label. */
function canonical(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

function strict(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Bytes not valid in the encoding read as U+FFFD. */
function lenient(bytes: Uint8Array, encoding: string): string {
  const text = new TextDecoder(encoding).decode(bytes);
  return encoding === 'big5' ? big5Extensions(text) : text;
}

/**
 * The lenient reading of the chosen encoding, with GB18030 and Big5 read in step after each damage.
 * Only the chosen one: the others are scored as TextDecoder reads them, which is near enough to choose.
 */
function inStep(bytes: Uint8Array, encoding: string, text: string): string {
  if (encoding === 'gb18030' || encoding === 'gbk') return readInStep(bytes, encoding, text);
  if (encoding === 'big5') return big5Extensions(readInStep(bytes, encoding, text));
  return text;
}

// What Node's Big5 (Windows-950) reads where the WHATWG index has no character: 0x80 as U+0080, the
// rest (0xFF, user-defined codes) in the private use area.
const BIG5_UNMAPPED = /[\u0080\uE000-\uF8FF]/g;
let big5Meant: string[] | null = null;

/**
 * Big5's extension codes as the characters they stand for: ETEN's '①' (C6A1) and HKSCS's '勠' (FABA)
 * in Taiwan and Hong Kong files. Node reads Big5 as Windows-950, which leaves them in the private use
 * area; a browser's TextDecoder (the WHATWG big5 index) reads them as characters, and so does this.
 * A code that stands for nothing reads as U+FFFD, as in a browser.
 */
function big5Extensions(text: string): string {
  BIG5_UNMAPPED.lastIndex = 0;
  if (!BIG5_UNMAPPED.test(text)) return text;
  big5Meant ??= [...BIG5_PRIVATE_MEANT.replace(/\n/g, '')];
  return text.replace(BIG5_UNMAPPED, (ch) => {
    const meant = big5Meant![ch.charCodeAt(0) - BIG5_PRIVATE_FIRST];
    return meant === undefined || meant === ch ? '\uFFFD' : meant;
  });
}

/** Where the text holds U+FFFD. */
export function replacementSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (let at = text.indexOf('\uFFFD'); at >= 0; at = text.indexOf('\uFFFD', at + 1)) spans.push([at, at + 1]);
  return spans;
}

const decoded = (text: string, encoding: string): Decoded => ({ text, encoding, replaced: replacementSpans(text) });

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

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * Decodes the bytes of a report: UTF-8 with or without BOM, UTF-16 (LE/BE, with or without BOM),
 * GB18030/GBK and Big5. A clean UTF-8 file is read at once. Otherwise every candidate encoding reads
 * the file leniently and the plausible readings (few unreadable characters, Chinese) compete: the one
 * with the most common Chinese characters wins, then the one with fewest unreadable characters. So a
 * stray byte is read as U+FFFD in the file's evident encoding and reported in `replaced`, never as a
 * switch to another encoding. When no reading is plausible it says which encodings it tried.
 */
export function decode(bytes: Uint8Array, file = '<input>', options: DecodeOptions = {}): Decoded {
  if (bytes.length === 0) throw new InputError(file, 'the file is empty');
  if (options.encoding) return forced(bytes, file, options.encoding);
  // A byte order mark is evidence, unless the bytes after it do not read in its encoding (a GB18030
  // file whose first byte became 0xFF before its 0xFE starts like UTF-16LE).
  const bom = bomEncoding(bytes);
  if (bom) {
    const text = lenient(bytes, bom); // TextDecoder drops the BOM itself
    if (fewUnreadable(plausibility(text))) return decoded(text, bom);
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    const text = lenient(bytes, utf16);
    // Text has no control characters but line ends and tabs.
    if (!/[\u0000-\u0008\u000e-\u001f]/.test(text) && fewUnreadable(plausibility(text))) return decoded(text, utf16);
  }
  // Text files do not hold NUL bytes; images, archives and executables do.
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(file, 'this is a binary file, not text');
  const utf8 = strict(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', replaced: [] };
  return detected(bytes, file);
}

/** The encoding the reader named: damage is read as U+FFFD and reported, unless there is too much of it. */
function forced(bytes: Uint8Array, file: string, label: string): Decoded {
  const encoding = canonical(label);
  if (encoding === null) throw new InputError(file, `unknown encoding '${label}'`);
  const text = lenient(bytes, encoding);
  const p = plausibility(text);
  if (!fewUnreadable(p)) throw new InputError(file, `the file is not ${label} text: ${unreadableShare(p)} not valid ${label}`);
  return decoded(inStep(bytes, encoding, text), label);
}

const unreadableShare = (p: Plausibility) => `${p.unreadable} of its ${p.length} characters are`;

/** Why the least bad reading was refused too. */
function nearest({ encoding, p }: { encoding: string; p: Plausibility }): string {
  const why = fewUnreadable(p) ? 'few of its characters are common Chinese' : `${unreadableShare(p)} unreadable`;
  return `; the nearest is ${encoding}, where ${why}`;
}

/** The plausible reading with the most common Chinese, or a one-line refusal naming the least bad one. */
function detected(bytes: Uint8Array, file: string): Decoded {
  // UTF-8 with a few bad bytes is taken at once, without the detector: in the corpus, bytes in another
  // encoding leave at least 238 characters in a thousand unreadable when read as UTF-8.
  let utf8: Plausibility;
  {
    const text = lenient(bytes, 'utf-8');
    utf8 = plausibility(text);
    if (fewUnreadable(utf8)) return decoded(text, 'utf-8');
  }
  const guess = encodingDetector.get().detect(binaryString(bytes.subarray(0, DETECTOR_SAMPLE)));
  const named = guess.encoding && guess.confidence >= MIN_CONFIDENCE ? MULTI_BYTE[guess.encoding.toUpperCase()] : undefined;
  const candidates = named ? [named, ...CANDIDATES.filter((c) => c !== named)] : CANDIDATES;
  // Only the best reading so far is kept beside the one being scored.
  let best: { text: string; encoding: string; p: Plausibility } | null = null;
  let leastBad = { encoding: 'utf-8', p: utf8 };
  for (const encoding of candidates) {
    const text = lenient(bytes, encoding);
    const p = plausibility(text);
    if (fewUnreadable(p) && readsAsChinese(p)) {
      if (!best || better(p, best.p)) best = { text, encoding, p };
    } else if (p.unreadable / p.length < leastBad.p.unreadable / leastBad.p.length) leastBad = { encoding, p };
  }
  if (best) return decoded(inStep(bytes, best.encoding, best.text), best.encoding);
  const said = guess.encoding ? `; the detector says ${guess.encoding}, confidence ${guess.confidence.toFixed(2)}` : '';
  throw new InputError(file, `cannot tell the text encoding: tried ${TRIED}${nearest(leastBad)}${said}. Name it with --encoding, e.g. --encoding gbk`);
}

// jschardet reads a byte string (one character per byte), which works where Buffer does not (a browser).
const CHUNK = 0x8000;
function binaryString(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += CHUNK) out += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return out;
}
