/**
 * Just enough of PDF's object syntax to read a stream's dictionary as pdf.js reads it: comments,
 * strings, names with '#xx' escapes, nested arrays and dictionaries, indirect references. Values
 * that do not matter to a stream's filters are kept only as 'other'.
 */

export type PdfValue =
  | { kind: 'number'; value: number; plain: boolean }
  | { kind: 'name'; name: string }
  | { kind: 'ref' }
  | { kind: 'array'; items: PdfValue[] }
  | { kind: 'dict'; entries: Map<string, PdfValue> }
  | { kind: 'other' };

type Token = PdfValue | { kind: 'keyword'; word: string } | { kind: 'eof' };

/** Thrown when an object is too deep or the reading too long to check: the caller refuses the file. */
export class TooTangled extends Error {}

// pdf.js's whitespace (NUL, TAB, LF, FF, CR, space) and delimiters.
const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);
export const isRegular = (byte: number | undefined) => byte !== undefined && !WHITESPACE.has(byte) && !DELIMITERS.has(byte);
const PLAIN_INTEGER = /^\+?\d{1,15}$/;
// Deeper than any real PDF nests; pdf.js recurses, so a deeper one would be read by it, not skipped: refused.
const MAX_DEPTH = 100;

const hexValue = (byte: number | undefined): number => {
  if (byte === undefined) return -1;
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  const lower = byte | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x57 : -1;
};

/**
 * Reads tokens from a position on. `budget.bytes` is shared by every lexer of one file and bounds
 * the bytes they read together, so that many overlapping objects cannot make the check quadratic.
 */
export class Lexer {
  constructor(
    private readonly bytes: Uint8Array,
    public at: number,
    private readonly budget: { bytes: number },
  ) {}

  private advance(to: number): void {
    this.budget.bytes -= to - this.at;
    if (this.budget.bytes < 0) throw new TooTangled('its objects overlap far more than a real PDF\'s');
    this.at = to;
  }

  /** Skips whitespace and comments. */
  skipSpace(): void {
    const b = this.bytes;
    let at = this.at;
    while (at < b.length) {
      if (WHITESPACE.has(b[at]!)) at++;
      else if (b[at] === 0x25) while (at < b.length && b[at] !== 0x0a && b[at] !== 0x0d) at++;
      else break;
    }
    this.advance(at);
  }

  next(): Token {
    this.skipSpace();
    const b = this.bytes;
    const start = this.at;
    if (start >= b.length) return { kind: 'eof' };
    const c = b[start]!;
    if (c === 0x2f) return this.name();
    if (c === 0x28) return this.literalString();
    if (c === 0x3c) {
      if (b[start + 1] === 0x3c) return this.advance(start + 2), { kind: 'keyword', word: '<<' };
      const end = b.indexOf(0x3e, start + 1);
      this.advance(end < 0 ? b.length : end + 1);
      return { kind: 'other' };
    }
    if (c === 0x3e && b[start + 1] === 0x3e) return this.advance(start + 2), { kind: 'keyword', word: '>>' };
    if (DELIMITERS.has(c)) return this.advance(start + 1), { kind: 'keyword', word: String.fromCharCode(c) };
    let end = start;
    while (end < b.length && isRegular(b[end])) end++;
    // pdf.js refuses a token longer than 128 characters; a longer run is read here as one word all the same.
    const word = Buffer.from(b.buffer, b.byteOffset + start, Math.min(end - start, 130)).toString('latin1');
    this.advance(end);
    if (/^[+\-.\d]/.test(word)) return { kind: 'number', value: Number.parseFloat(word.replace(/^\+/, '')), plain: PLAIN_INTEGER.test(word) };
    return { kind: 'keyword', word };
  }

  private name(): Token {
    const b = this.bytes;
    let at = this.at + 1;
    let name = '';
    while (at < b.length && isRegular(b[at])) {
      const high = b[at] === 0x23 ? hexValue(b[at + 1]) : -1;
      const low = high >= 0 ? hexValue(b[at + 2]) : -1;
      if (low >= 0) {
        name += String.fromCharCode((high << 4) | low);
        at += 3;
      } else {
        name += String.fromCharCode(b[at]!);
        at++;
      }
    }
    this.advance(at);
    return { kind: 'name', name };
  }

  private literalString(): Token {
    const b = this.bytes;
    let at = this.at + 1;
    let depth = 1;
    while (at < b.length && depth > 0) {
      const c = b[at++];
      if (c === 0x5c) at++;
      else if (c === 0x28) depth++;
      else if (c === 0x29) depth--;
    }
    this.advance(Math.min(at, b.length));
    return { kind: 'other' };
  }
}

/** Reads values as pdf.js's parser does, with its two tokens of look-ahead for 'n g R'. */
export class Parser {
  private buffered: Token[] = [];

  constructor(private readonly lexer: Lexer) {}

  peek(k = 0): Token {
    while (this.buffered.length <= k) this.buffered.push(this.lexer.next());
    return this.buffered[k]!;
  }

  take(): Token {
    return this.buffered.length > 0 ? this.buffered.shift()! : this.lexer.next();
  }

  /** Where the lexer stands once the tokens looked at are taken: the byte after the last one. */
  get position(): number {
    if (this.buffered.length > 0) throw new Error('position asked with tokens looked ahead');
    return this.lexer.at;
  }

  value(depth = 0): PdfValue {
    if (depth > MAX_DEPTH) throw new TooTangled(`an object nests deeper than ${MAX_DEPTH}`);
    const token = this.take();
    if (token.kind === 'keyword') {
      if (token.word === '[') {
        const items: PdfValue[] = [];
        while (!isKeyword(this.peek(), ']') && this.peek().kind !== 'eof') items.push(this.value(depth + 1));
        this.take();
        return { kind: 'array', items };
      }
      if (token.word === '<<') return this.dictionaryRest(depth);
      return { kind: 'other' };
    }
    if (token.kind === 'number' && token.plain && this.peek().kind === 'number' && isKeyword(this.peek(1), 'R')) {
      this.take();
      this.take();
      return { kind: 'ref' };
    }
    return token.kind === 'eof' ? { kind: 'other' } : token;
  }

  /** The rest of a dictionary whose '<<' is taken; its '>>' is taken too, not what follows. */
  dictionaryRest(depth = 0): { kind: 'dict'; entries: Map<string, PdfValue> } {
    const entries = new Map<string, PdfValue>();
    for (let key = this.peek(); !isKeyword(key, '>>') && key.kind !== 'eof'; key = this.peek()) {
      this.take();
      // pdf.js skips a key that is not a name, and keeps the last of a repeated key.
      if (key.kind === 'name' && this.peek().kind !== 'eof') entries.set(key.name, this.value(depth + 1));
    }
    this.take();
    return { kind: 'dict', entries };
  }
}

export const isKeyword = (token: Token, word: string) => token.kind === 'keyword' && token.word === word;
