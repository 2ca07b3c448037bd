import { decodeHTML } from 'entities';

/** One character of normalized text and the range of original characters it stands for. */
export interface Atom {
  ch: string;
  start: number;
  end: number;
}

// Bounded quantifiers: the sticky match tries one short window, never backtracks far.
const ENTITY = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;

/** Characters that render as nothing: zero-width spaces and joiners, BOM, soft hyphen, word joiner. */
export function isInvisible(ch: string): boolean {
  return /[\u200B-\u200D\u2060\uFEFF\u00AD]/.test(ch);
}

/** Whitespace of any width, including the ideographic space U+3000 and no-break space. */
export function isSpace(ch: string): boolean {
  return /[ \t\f\v\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/.test(ch);
}

// Full-width forms kept as they are: the punctuation Chinese text is written with, which the
// outline reads (（一）, sentence ends, the colon before a list).
const KEEP_FULL_WIDTH = new Set(['！', '（', '）', '，', '：', '；', '？']);

/** Full-width digits, letters and signs to half-width ('１３．８％' → '13.8%'); other characters unchanged. */
export function toHalfWidth(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e && !KEEP_FULL_WIDTH.has(ch)) {
    return String.fromCharCode(code - 0xfee0);
  }
  return ch;
}

/**
 * The atoms of one physical line `line` starting at original offset `base`:
 * HTML entities decoded, invisible characters dropped, full-width forms made half-width,
 * every kind of space made ' '. Markdown residue is left for `markup.ts`.
 */
export function lineAtoms(line: string, base: number): Atom[] {
  const atoms: Atom[] = [];
  let i = 0;
  while (i < line.length) {
    if (line[i] === '&') {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(line);
      if (m) {
        const decoded = decodeHTML(m[0]);
        if (decoded !== m[0]) {
          for (const ch of decoded) {
            if (!isInvisible(ch)) atoms.push({ ch: isSpace(ch) ? ' ' : toHalfWidth(ch), start: base + i, end: base + i + m[0].length });
          }
          i += m[0].length;
          continue;
        }
      }
    }
    const cp = line.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (!isInvisible(ch)) {
      atoms.push({ ch: isSpace(ch) ? ' ' : toHalfWidth(ch), start: base + i, end: base + i + ch.length });
    }
    i += ch.length;
  }
  return atoms;
}
