import { decodeHTML } from 'entities';

/** No atom: before the first, after the last. */
export const NONE = -1;
// Code points a string is made of at a time (String.fromCodePoint takes them as arguments, applied: spread is slow).
const CHUNK = 4096;

/**
 * Characters of normalized text, one code point each, with the range of original characters each
 * stands for. Parallel typed arrays sized up front: a report's hundred thousand characters make no
 * objects, and the arrays are not regrown at every push (a large array's regrowth is slow).
 */
export class Atoms {
  codes: Int32Array;
  starts: Uint32Array;
  ends: Uint32Array;
  length = 0;

  /** `capacity`: the atoms expected at most (each comes from one original character or more). */
  constructor(capacity: number) {
    // One buffer for the three arrays: allocating a typed array's buffer costs more than filling it.
    const buffer = new ArrayBuffer(3 * 4 * capacity);
    this.codes = new Int32Array(buffer, 0, capacity);
    this.starts = new Uint32Array(buffer, 4 * capacity, capacity);
    this.ends = new Uint32Array(buffer, 8 * capacity, capacity);
  }

  /** The code point of atom `i`, or NONE when there is none. */
  code(i: number): number {
    return i >= 0 && i < this.length ? this.codes[i]! : NONE;
  }

  push(code: number, start: number, end: number): void {
    if (this.length === this.codes.length) this.grow();
    this.codes[this.length] = code;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  /** Appends atom `i` of `from`, read as `code` (its own by default). */
  copy(from: Atoms, i: number, code = from.codes[i]!): void {
    this.push(code, from.starts[i]!, from.ends[i]!);
  }

  /** Appends every atom of `from`. */
  append(from: Atoms): void {
    for (let i = 0; i < from.length; i++) this.copy(from, i);
  }

  /** Empties the atoms, with room for `capacity` at least: scratch space, reused line after line. */
  reset(capacity: number): this {
    this.length = 0;
    if (this.codes.length < capacity) {
      const room = new Atoms(capacity);
      [this.codes, this.starts, this.ends] = [room.codes, room.starts, room.ends];
    }
    return this;
  }

  /** Keeps the first `n` atoms. */
  truncate(n: number): void {
    this.length = Math.min(this.length, n);
  }

  /** The characters of atoms `[from, to)`. */
  text(from = 0, to = this.length): string {
    let out = '';
    for (let i = from; i < to; i += CHUNK) out += String.fromCodePoint.apply(null, this.codes.subarray(i, Math.min(i + CHUNK, to)) as unknown as number[]);
    return out;
  }

  /** Room for twice as many atoms, should the capacity given fall short. */
  private grow(): void {
    const bigger = new Atoms(Math.max(16, 2 * this.codes.length));
    bigger.codes.set(this.codes);
    bigger.starts.set(this.starts);
    bigger.ends.set(this.ends);
    [this.codes, this.starts, this.ends] = [bigger.codes, bigger.starts, bigger.ends];
  }
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

// The CJK Radicals Supplement forms of characters written on their own, with the ideograph each
// stands for: Unicode's Equivalent_Unified_Ideograph property (EquivalentUnifiedIdeograph.txt, lines
// U+2E81..U+2EF3; the radical's name says the same, 'CJK RADICAL C-SIMPLIFIED GATE' is 门). A font
// draws such a radical and its ideograph with one glyph, so a PDF printed by a browser can read
// back as either. Left out: component forms never printed alone (亻, 氵, 艹, 讠…) and Japanese forms.
// NFKC maps none of these but ⺟ and ⻳, hence a table.
const RADICAL_SUPPLEMENT: ReadonlyMap<number, string> = new Map<number, string>([
  [0x2e81, '厂'], // CLIFF
  [0x2e84, '乙'], // SECOND THREE
  [0x2e88, '刀'], // KNIFE ONE
  [0x2e8a, '卜'], // DIVINATION
  [0x2e8c, '小'], // SMALL ONE
  [0x2e8d, '小'], // SMALL TWO
  [0x2e8e, '兀'], // LAME ONE
  [0x2e92, '巳'], // SNAKE
  [0x2e93, '幺'], // THREAD
  [0x2e97, '心'], // HEART TWO
  [0x2e9c, '日'], // SUN
  [0x2e9d, '月'], // MOON
  [0x2e9f, '母'], // MOTHER
  [0x2ea0, '民'], // CIVILIAN
  [0x2ea7, '牛'], // COW
  [0x2ea9, '王'], // JADE
  [0x2eab, '目'], // EYE
  [0x2eac, '示'], // SPIRIT ONE
  [0x2eb4, '冗'], // NET FOUR
  [0x2eb6, '羊'], // SHEEP
  [0x2ebb, '聿'], // BRUSH TWO
  [0x2ebc, '肉'], // MEAT
  [0x2ec1, '虎'], // TIGER
  [0x2ec4, '西'], // WEST TWO
  [0x2ec5, '见'], // C-SIMPLIFIED SEE
  [0x2ec6, '角'], // SIMPLIFIED HORN
  [0x2ec9, '贝'], // C-SIMPLIFIED SHELL
  [0x2ecb, '车'], // C-SIMPLIFIED CART
  [0x2ecf, '邑'], // CITY
  [0x2ed1, '長'], // LONG ONE
  [0x2ed3, '长'], // C-SIMPLIFIED LONG
  [0x2ed4, '门'], // C-SIMPLIFIED GATE
  [0x2ed7, '雨'], // RAIN
  [0x2ed8, '青'], // BLUE
  [0x2ed9, '韦'], // C-SIMPLIFIED TANNED LEATHER
  [0x2eda, '页'], // C-SIMPLIFIED LEAF
  [0x2edb, '风'], // C-SIMPLIFIED WIND
  [0x2edc, '飞'], // C-SIMPLIFIED FLY
  [0x2edd, '食'], // EAT ONE
  [0x2ee2, '马'], // C-SIMPLIFIED HORSE
  [0x2ee3, '骨'], // BONE
  [0x2ee4, '鬼'], // GHOST
  [0x2ee5, '鱼'], // C-SIMPLIFIED FISH
  [0x2ee6, '鸟'], // C-SIMPLIFIED BIRD
  [0x2ee7, '卤'], // C-SIMPLIFIED SALT
  [0x2ee8, '麦'], // SIMPLIFIED WHEAT
  [0x2ee9, '黄'], // SIMPLIFIED YELLOW
  [0x2eea, '黾'], // C-SIMPLIFIED FROG
  [0x2eec, '齐'], // C-SIMPLIFIED EVEN
  [0x2eee, '齿'], // C-SIMPLIFIED TOOTH
  [0x2ef0, '龙'], // C-SIMPLIFIED DRAGON
  [0x2ef1, '龜'], // TURTLE
  [0x2ef3, '龟'], // C-SIMPLIFIED TURTLE
]);

const UNIFIED_IDEOGRAPH = /^\p{Unified_Ideograph}$/u;

/** Kangxi radicals (U+2F00..U+2FDF) and CJK compatibility ideographs, which NFKC maps to unified ideographs. */
function hasNfkcIdeograph(code: number): boolean {
  return (code >= 0x2f00 && code <= 0x2fdf) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0x2f800 && code <= 0x2fa1f);
}

/**
 * The ordinary ideograph a radical or compatibility ideograph stands for ('⼈' → '人', '⺠' → '民'),
 * else `ch` unchanged. A PDF printed by a browser reads back with these in place of ordinary characters;
 * to a reader they are the same character, so matching must see the same one.
 */
export function toUnifiedIdeograph(ch: string): string {
  const code = ch.codePointAt(0)!;
  if (code < 0x2e80) return ch;
  if (code <= 0x2eff) return RADICAL_SUPPLEMENT.get(code) ?? ch;
  if (!hasNfkcIdeograph(code)) return ch;
  const unified = ch.normalize('NFKC');
  return UNIFIED_IDEOGRAPH.test(unified) ? unified : ch;
}

/** One character as matching reads it: any space a plain space, full-width forms half-width, radicals as ideographs. */
function atomChar(ch: string): string {
  return isSpace(ch) ? ' ' : toUnifiedIdeograph(toHalfWidth(ch));
}

/**
 * Whether a UTF-16 unit is read as itself (by `atomChar`) and kept: Chinese characters, their punctuation and
 * printable ASCII but '&', which starts an entity. Most of a report is such; the rest takes the slow path.
 */
function readsAsItself(code: number): boolean {
  return (code > 0x20 && code < 0x7f && code !== 0x26) || (code >= 0x3001 && code <= 0xd7ff);
}

/**
 * The atoms of one physical line `line` starting at original offset `base`:
 * HTML entities decoded, invisible characters dropped, full-width forms made half-width, radicals
 * and compatibility ideographs read as the ideographs they stand for, every kind of space made ' '.
 * Markdown residue is left for `markup.ts`. They are made in `into` (emptied first) when given.
 */
export function lineAtoms(line: string, base: number, into?: Atoms): Atoms {
  const atoms = into ? into.reset(line.length) : new Atoms(line.length);
  let i = 0;
  while (i < line.length) {
    const code = line.charCodeAt(i);
    if (readsAsItself(code)) {
      atoms.push(code, base + i, base + i + 1);
      i++;
      continue;
    }
    if (code === 0x26) {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(line);
      if (m) {
        const decoded = decodeHTML(m[0]);
        if (decoded !== m[0]) {
          for (const ch of decoded) {
            if (!isInvisible(ch)) atoms.push(atomChar(ch).codePointAt(0)!, base + i, base + i + m[0].length);
          }
          i += m[0].length;
          continue;
        }
      }
    }
    const ch = String.fromCodePoint(line.codePointAt(i)!);
    if (!isInvisible(ch)) atoms.push(atomChar(ch).codePointAt(0)!, base + i, base + i + ch.length);
    i += ch.length;
  }
  return atoms;
}
