/**
 * GB18030 and Big5 read past damage. In these encodings a character's second byte is also a valid
 * first byte, so after one stray, missing or changed byte the decoder pairs the wrong bytes and reads
 * valid but meaningless characters until the next ASCII byte — often the end of the paragraph. A line
 * the decoder could not read whole is read again here: of all the ways to split its bytes into
 * characters and unreadable bytes, the one whose characters are most common in the rest of the file,
 * which puts the unreadable byte where the damage is and the characters after it back in step.
 */

// A line end is never part of a two- or four-byte character, so every line is read on its own.
const LF = 0x0a;
// Longer lines are left as the decoder read them: the search keeps 18 bytes per byte of the line.
const MAX_LINE = 1 << 20;

/**
 * `text`, the bytes as TextDecoder read them leniently, with every line that holds U+FFFD read again
 * in step. Lines are matched by their line ends, so `text` may have had characters mapped since
 * (Big5's extension codes).
 */
export function readInStep(bytes: Uint8Array, encoding: 'gb18030' | 'gbk' | 'big5', text: string): string {
  let bad = text.indexOf('\uFFFD');
  if (bad < 0) return text;
  const reader = new CharacterReader(encoding, text);
  const pieces: string[] = [];
  let copied = 0;
  // Line starts in the text and in the bytes, moved together from line end to line end.
  let t = 0;
  let b = 0;
  while (bad >= 0) {
    const lineStart = text.lastIndexOf('\n', bad) + 1;
    while (t < lineStart) {
      t = text.indexOf('\n', t) + 1;
      b = bytes.indexOf(LF, b) + 1;
    }
    const textEnd = endOfLine(text.indexOf('\n', bad), text.length);
    const byteEnd = endOfLine(bytes.indexOf(LF, b), bytes.length);
    if (byteEnd - b <= MAX_LINE) {
      pieces.push(text.slice(copied, t), reader.line(bytes.subarray(b, byteEnd)));
      copied = textEnd;
    }
    t = textEnd;
    b = byteEnd;
    bad = text.indexOf('\uFFFD', textEnd);
  }
  pieces.push(text.slice(copied));
  return pieces.join('');
}

const endOfLine = (at: number, length: number) => (at < 0 ? length : at);

// How the search reached a character: its length in bytes (1, 2 or 4), plus FROM_SKIP after an unreadable byte.
const FROM_SKIP = 8;

class CharacterReader {
  private readonly decoder: TextDecoder;
  private readonly fourByte: boolean;
  private readonly seen = new Map<number, string | null>();
  private readonly counts = new Uint32Array(0x10000);
  private readonly total: number;
  private readonly skipCost: number;
  private readonly longerRun: number;

  constructor(encoding: string, text: string) {
    this.decoder = new TextDecoder(encoding);
    this.fourByte = encoding !== 'big5';
    for (let i = 0; i < text.length; i++) this.counts[text.charCodeAt(i)]!++;
    this.total = text.length + 1;
    const dearest = Math.log2(this.total / 0.5);
    // Each byte of a run of unreadable bytes costs more than any character, so bytes that read as
    // characters are never called unreadable for nothing; starting a run costs two such characters
    // more, so one damage reads as one run where it can.
    this.longerRun = dearest + 1;
    this.skipCost = 2 * dearest + 4;
  }

  /** How unlikely a character is in this file, in bits: common ones cost little, unseen ones most. */
  private cost(char: string): number {
    return Math.log2(this.total / (this.counts[char.charCodeAt(0)]! + 0.5));
  }

  /** The character some bytes stand for, or null. */
  private char(bytes: Uint8Array, at: number, length: number): string | null {
    let key = 0;
    for (let i = 0; i < length; i++) key = key * 256 + bytes[at + i]!;
    let char = this.seen.get(key);
    if (char === undefined) {
      const text = this.decoder.decode(bytes.subarray(at, at + length));
      char = text.includes('\uFFFD') ? null : text;
      this.seen.set(key, char);
    }
    return char;
  }

  /**
   * The cheapest reading of one line's bytes: a shortest path over byte offsets, in two states (after
   * a character, after an unreadable byte). A run of unreadable bytes is one damage and one U+FFFD.
   */
  line(bytes: Uint8Array): string {
    const n = bytes.length;
    const afterChar = new Float64Array(n + 1).fill(Infinity);
    const afterSkip = new Float64Array(n + 1).fill(Infinity);
    const charStep = new Uint8Array(n + 1);
    const skipFromSkip = new Uint8Array(n + 1);
    const longerRun = this.longerRun;
    afterChar[0] = 0;
    const reach = (to: number, value: number, step: number) => {
      if (value < afterChar[to]!) {
        afterChar[to] = value;
        charStep[to] = step;
      }
    };
    for (let i = 0; i < n; i++) {
      const fromChar = afterChar[i]!;
      const fromSkip = afterSkip[i]!;
      if (fromChar + this.skipCost <= fromSkip + longerRun) {
        afterSkip[i + 1] = fromChar + this.skipCost;
      } else {
        afterSkip[i + 1] = fromSkip + longerRun;
        skipFromSkip[i + 1] = 1;
      }
      const here = Math.min(fromChar, fromSkip);
      if (here === Infinity) continue;
      const skipped = fromChar <= fromSkip ? 0 : FROM_SKIP;
      const one = this.char(bytes, i, 1);
      if (one !== null) reach(i + 1, here + this.cost(one), 1 + skipped);
      if (bytes[i]! >= 0x81 && i + 1 < n) {
        const two = this.char(bytes, i, 2);
        if (two !== null) reach(i + 2, here + this.cost(two), 2 + skipped);
      }
      if (this.fourByte && i + 3 < n && isDigit(bytes[i + 1]!) && isDigit(bytes[i + 3]!)) {
        const four = this.char(bytes, i, 4);
        if (four !== null) reach(i + 4, here + this.cost(four), 4 + skipped);
      }
    }
    const pieces: string[] = [];
    let inRun = afterSkip[n]! < afterChar[n]!;
    for (let at = n; at > 0; ) {
      if (inRun) {
        inRun = skipFromSkip[at] === 1;
        if (!inRun) pieces.push('\uFFFD');
        at--;
      } else {
        const length = charStep[at]! % FROM_SKIP;
        inRun = charStep[at]! >= FROM_SKIP;
        pieces.push(this.char(bytes, at - length, length)!);
        at -= length;
      }
    }
    return pieces.reverse().join('');
  }
}

const isDigit = (b: number) => b >= 0x30 && b <= 0x39;
