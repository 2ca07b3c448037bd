import { Atoms, NONE } from './chars.js';
import { MAGNITUDES_ALONE, wordsOf } from '../../lexicon/quantity.js';

/** A physical line after markdown residue is removed, with what the markup said about it. */
export interface CleanLine {
  /** Scratch space: valid until the next line is cleaned (copy what is kept). */
  atoms: Atoms;
  /** The line began with '#' markup. Only a hint that it is a heading: never a level. */
  markdownHeading: boolean;
  /** Ranges of `atoms` that were inside '**' … '**'. */
  emphasis: Array<[number, number]>;
  /** The line held only invisible characters or a watermark: a joint inside a paragraph, not a blank line. */
  invisibleOnly: boolean;
}

// The characters markup and punctuation are read by, as code points.
const SPACE = 0x20;
const HASH = 0x23;
const STAR = 0x2a;
const PERCENT = 0x25;
const PER_MILLE = 0x2030;
const DOT = 0x2e;
const CLOSE_PAREN = 0x29;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const FULL_OPEN_PAREN = 0xff08;
const FULL_CLOSE_PAREN = 0xff09;
const FULL_STOP = 0x3002;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isUpper = (c: number) => c >= 0x41 && c <= 0x5a;
const isLower = (c: number) => c >= 0x61 && c <= 0x7a;
const isAsciiLetter = (c: number) => isUpper(c) || isLower(c);

/**
 * A space next to a digit carries no meaning ('投资 1773 万元', '2019 年', '1 773'), nor one between a
 * capital and a digit ('PM 2.5', '5 G'); one between a Latin word and a number may ('and 3').
 */
function spaceIsNoise(before: number, after: number): boolean {
  const digitSide = isDigit(before) || isDigit(after);
  if (!digitSide) return false;
  const letter = isAsciiLetter(before) ? before : isAsciiLetter(after) ? after : null;
  return letter === null || isUpper(letter);
}

// The atoms of a line between the steps of cleaning it and after: scratch space, reused line after line
// (a line's own atoms would make a buffer per line, a million of them in a text of short lines).
const keptAtoms = new Atoms(0);
const spacedAtoms = new Atoms(0);
const fixedAtoms = new Atoms(0);

/**
 * Removes markdown residue ('#' at line start, '**' anywhere), trims the line and drops or
 * collapses inner spaces. `raw` is the atom list of the line, `rawLength` the line's raw length.
 */
export function cleanLine(raw: Atoms, rawLength: number): CleanLine {
  let i = 0;
  while (i < raw.length && raw.code(i) === SPACE) i++;
  let markdownHeading = false;
  let hashes = 0;
  while (i + hashes < raw.length && raw.code(i + hashes) === HASH) hashes++;
  if (hashes >= 1 && hashes <= 6) {
    markdownHeading = true;
    i += hashes;
  }
  const kept = keptAtoms.reset(raw.length);
  const emphasis: Array<[number, number]> = [];
  let open = -1;
  for (; i < raw.length; i++) {
    if (raw.code(i) === STAR && raw.code(i + 1) === STAR) {
      if (open < 0) open = kept.length;
      else {
        if (kept.length > open) emphasis.push([open, kept.length]);
        open = -1;
      }
      i++;
      continue;
    }
    kept.copy(raw, i);
  }
  if (open >= 0 && kept.length > open) emphasis.push([open, kept.length]);
  const atoms = dropWatermark(fixPunctuation(collapseSpaces(kept, emphasis)));
  for (const range of emphasis) range[1] = Math.min(range[1], atoms.length);
  return { atoms, markdownHeading, emphasis, invisibleOnly: (raw.length === 0 && rawLength > 0) || (atoms.length === 0 && kept.length > 0) };
}

/** Whether a character is Chinese or its punctuation: CJK symbols, ideographs, full-width forms, curly quotes. */
function isCjk(c: number): boolean {
  return (c >= 0x3000 && c <= 0x303f) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef) || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019;
}
// ASCII punctuation typed in Chinese text, as its full-width form: only next to Chinese, so that
// '6.5', '1,300', 'PM2.5' and '1.医疗卫生方面' keep theirs.
const FULL_WIDTH: ReadonlyMap<number, number> = new Map(
  [',，', ';；', ':：', '?？', '!！', '(（', ')）'].map(([half, full]) => [half!.codePointAt(0)!, full!.codePointAt(0)!]),
);

function fixPunctuation(atoms: Atoms): Atoms {
  const out = fixedAtoms.reset(atoms.length);
  // A ')' that closes a full-width '（' is full-width too, even between digits: '“河湖四乱”（5)36处'.
  let openParen = false;
  for (let i = 0; i < atoms.length; i++) {
    const c = atoms.code(i);
    const fixed = FULL_WIDTH.has(c) || c === DOT || c === PERCENT ? fixedMark(atoms, i, out, openParen) : c;
    if (fixed === NONE) continue;
    out.copy(atoms, i, fixed);
    if (fixed === FULL_OPEN_PAREN) openParen = true;
    else if (fixed === FULL_CLOSE_PAREN) openParen = false;
  }
  return out;
}

/** The ASCII mark atom `i` as Chinese text reads it, after `out` (the atoms before it, as fixed); NONE to drop it. */
function fixedMark(atoms: Atoms, i: number, out: Atoms, openParen: boolean): number {
  const c = atoms.code(i);
  // What comes before, as already fixed: '(街道).' reads '（街道）.'.
  const before = beforeNoteMark(out);
  const after = atoms.code(i + 1);
  // '6.1%%' (an OCR slip) is 6.1%.
  if (c === PERCENT && before === PERCENT) return NONE;
  const full = FULL_WIDTH.get(c);
  if (full !== undefined && (isCjk(before) || isCjk(after) || (c === CLOSE_PAREN && openParen))) return full;
  if (c === DOT && endsSentence(atoms, i, before)) return FULL_STOP;
  return c;
}

// A note mark after a word, pointing to the notes at the end ('“空心村”[5]。', mancheng-2020; '“百千万”工程[11]。').
const NOTE_MARK_DIGITS = 3;

/**
 * The last character of `out`, read past a note mark that ends it: punctuation after '[5]' follows the
 * word before it ('“空心村”[5].盘活' ends a sentence as '“空心村”.盘活' does).
 */
function beforeNoteMark(out: Atoms): number {
  const last = out.length - 1;
  if (out.code(last) !== CLOSE_BRACKET) return out.code(last);
  let k = last - 1;
  while (k >= 0 && last - k <= NOTE_MARK_DIGITS && isDigit(out.code(k))) k--;
  return k < last - 1 && out.code(k) === OPEN_BRACKET && k > 0 ? out.code(k - 1) : CLOSE_BRACKET;
}

/**
 * A '.' that ends a sentence: after Chinese or a unit sign ('9.2%.', '稳中有升.2018年'), or after a number
 * when Chinese follows ('增长9.2.汽车') — but not in a number ('6.5') nor after a list number at the start
 * of a line ('1.医疗卫生方面').
 */
function endsSentence(atoms: Atoms, i: number, before: number): boolean {
  const after = atoms.code(i + 1);
  // A decimal point has a digit before it; after Chinese or a unit sign, '.' ends a sentence ('升.2018年').
  if (isCjk(before) || before === PERCENT || before === PER_MILLE) return after !== DOT;
  if (isDigit(after) || after === DOT) return false;
  if (!isDigit(before) || !isCjk(after)) return false;
  let k = i - 1;
  while (k >= 0 && isDigit(atoms.code(k))) k--;
  return k >= 0;
}

// Watermarks of copies found online: a short run of mixed-case Latin letters (digits among them) at
// the end of a line ('…发展。F9f', 'nzH'). Names and units ('GDP', 'PM2.5', '5G', 'and', 'km', 'kW')
// are never mixed case with a lower-case letter first or inside; a run after a number is its unit.
const WATERMARK = /^(?=.*[a-z])(?=.*[A-Z])[A-Za-z][A-Za-z0-9]{1,4}$/;
// A magnitude ends a number ('5万'): a run after it is the number's unit.
const MAGNITUDE = new Set(wordsOf(MAGNITUDES_ALONE));

function dropWatermark(atoms: Atoms): Atoms {
  let start = atoms.length;
  while (start > 0 && (isAsciiLetter(atoms.code(start - 1)) || isDigit(atoms.code(start - 1)))) start--;
  const run = atoms.text(start);
  const before = atoms.code(start - 1);
  if (run && WATERMARK.test(run) && !/^[kKmMgG][A-Za-z]?$/.test(run) && (before === NONE || (isCjk(before) && !MAGNITUDE.has(String.fromCodePoint(before))) || before === SPACE)) {
    let end = start;
    while (end > 0 && atoms.code(end - 1) === SPACE) end--;
    atoms.truncate(end);
  }
  return atoms;
}

/** Trims spaces and drops the meaningless inner ones; shifts `emphasis` ranges to match. */
function collapseSpaces(atoms: Atoms, emphasis: Array<[number, number]>): Atoms {
  const out = spacedAtoms.reset(atoms.length);
  const newIndex: number[] = new Array(atoms.length + 1);
  for (let i = 0; i < atoms.length; i++) {
    newIndex[i] = out.length;
    if (atoms.code(i) !== SPACE) {
      out.copy(atoms, i);
      continue;
    }
    let j = i;
    while (j < atoms.length && atoms.code(j) === SPACE) j++;
    const before = out.code(out.length - 1);
    const after = atoms.code(j);
    if (before !== NONE && after !== NONE && !spaceIsNoise(before, after)) out.copy(atoms, i);
    for (let k = i + 1; k < j; k++) newIndex[k] = out.length;
    i = j - 1;
  }
  newIndex[atoms.length] = out.length;
  for (const range of emphasis) {
    range[0] = newIndex[range[0]]!;
    range[1] = newIndex[range[1]]!;
  }
  return out;
}
