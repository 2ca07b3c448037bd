import type { Atom } from './chars.js';
import { MAGNITUDES_ALONE, wordsOf } from '../../lexicon/quantity.js';

/** A physical line after markdown residue is removed, with what the markup said about it. */
export interface CleanLine {
  atoms: Atom[];
  /** The line began with '#' markup. Only a hint that it is a heading: never a level. */
  markdownHeading: boolean;
  /** Ranges of `atoms` that were inside '**' … '**'. */
  emphasis: Array<[number, number]>;
  /** The line held only invisible characters or a watermark: a joint inside a paragraph, not a blank line. */
  invisibleOnly: boolean;
}

const DIGIT = /[0-9]/;
const ASCII_LETTER = /[A-Za-z]/;

/**
 * A space next to a digit carries no meaning ('投资 1773 万元', '2019 年', '1 773'), nor one between a
 * capital and a digit ('PM 2.5', '5 G'); one between a Latin word and a number may ('and 3').
 */
function spaceIsNoise(before: string, after: string): boolean {
  const digitSide = DIGIT.test(before) || DIGIT.test(after);
  if (!digitSide) return false;
  const letter = ASCII_LETTER.test(before) ? before : ASCII_LETTER.test(after) ? after : null;
  return letter === null || /[A-Z]/.test(letter);
}

/**
 * Removes markdown residue ('#' at line start, '**' anywhere), trims the line and drops or
 * collapses inner spaces. `raw` is the atom list of the line, `rawLength` the line's raw length.
 */
export function cleanLine(raw: Atom[], rawLength: number): CleanLine {
  let i = 0;
  while (i < raw.length && raw[i]!.ch === ' ') i++;
  let markdownHeading = false;
  let hashes = 0;
  while (i + hashes < raw.length && raw[i + hashes]!.ch === '#') hashes++;
  if (hashes >= 1 && hashes <= 6) {
    markdownHeading = true;
    i += hashes;
  }
  const kept: Atom[] = [];
  const emphasis: Array<[number, number]> = [];
  let open = -1;
  for (; i < raw.length; i++) {
    const a = raw[i]!;
    if (a.ch === '*' && raw[i + 1]?.ch === '*') {
      if (open < 0) open = kept.length;
      else {
        if (kept.length > open) emphasis.push([open, kept.length]);
        open = -1;
      }
      i++;
      continue;
    }
    kept.push(a);
  }
  if (open >= 0 && kept.length > open) emphasis.push([open, kept.length]);
  const atoms = dropWatermark(fixPunctuation(collapseSpaces(kept, emphasis)));
  for (const range of emphasis) range[1] = Math.min(range[1], atoms.length);
  return { atoms, markdownHeading, emphasis, invisibleOnly: (raw.length === 0 && rawLength > 0) || (atoms.length === 0 && kept.length > 0) };
}

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’]/;
// ASCII punctuation typed in Chinese text, as its full-width form: only next to Chinese, so that
// '6.5', '1,300', 'PM2.5' and '1.医疗卫生方面' keep theirs.
const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

function fixPunctuation(atoms: Atom[]): Atom[] {
  const out: Atom[] = [];
  // A ')' that closes a full-width '（' is full-width too, even between digits: '“河湖四乱”（5)36处'.
  let openParen = false;
  atoms.forEach((a, i) => {
    // What comes before, as already fixed: '(街道).' reads '（街道）.'.
    const before = beforeNoteMark(out);
    const after = atoms[i + 1]?.ch ?? '';
    // '6.1%%' (an OCR slip) is 6.1%.
    if (a.ch === '%' && before === '%') return;
    const full = FULL_WIDTH[a.ch];
    if (full && (CJK.test(before) || CJK.test(after) || (a.ch === ')' && openParen))) out.push({ ...a, ch: full });
    else if (a.ch === '.' && endsSentence(atoms, i, before)) out.push({ ...a, ch: '。' });
    else out.push(a);
    const ch = out[out.length - 1]!.ch;
    if (ch === '（') openParen = true;
    else if (ch === '）') openParen = false;
  });
  return out;
}

// A note mark after a word, pointing to the notes at the end ('“空心村”[5]。', mancheng-2020; '“百千万”工程[11]。').
const NOTE_MARK_DIGITS = 3;

/**
 * The last character of `out`, read past a note mark that ends it: punctuation after '[5]' follows the
 * word before it ('“空心村”[5].盘活' ends a sentence as '“空心村”.盘活' does).
 */
function beforeNoteMark(out: Atom[]): string {
  const last = out.length - 1;
  if (out[last]?.ch !== ']') return out[last]?.ch ?? '';
  let k = last - 1;
  while (k >= 0 && last - k <= NOTE_MARK_DIGITS && DIGIT.test(out[k]!.ch)) k--;
  return k < last - 1 && out[k]?.ch === '[' && k > 0 ? out[k - 1]!.ch : ']';
}

/**
 * A '.' that ends a sentence: after Chinese or a unit sign ('9.2%.', '稳中有升.2018年'), or after a number
 * when Chinese follows ('增长9.2.汽车') — but not in a number ('6.5') nor after a list number at the start
 * of a line ('1.医疗卫生方面').
 */
function endsSentence(atoms: Atom[], i: number, before: string): boolean {
  const after = atoms[i + 1]?.ch ?? '';
  // A decimal point has a digit before it; after Chinese or a unit sign, '.' ends a sentence ('升.2018年').
  if (CJK.test(before) || before === '%' || before === '‰') return after !== '.';
  if (/[0-9.]/.test(after)) return false;
  if (!DIGIT.test(before) || !CJK.test(after)) return false;
  let k = i - 1;
  while (k >= 0 && DIGIT.test(atoms[k]!.ch)) k--;
  return k >= 0;
}

// Watermarks of copies found online: a short run of mixed-case Latin letters (digits among them) at
// the end of a line ('…发展。F9f', 'nzH'). Names and units ('GDP', 'PM2.5', '5G', 'and', 'km', 'kW')
// are never mixed case with a lower-case letter first or inside; a run after a number is its unit.
const WATERMARK = /^(?=.*[a-z])(?=.*[A-Z])[A-Za-z][A-Za-z0-9]{1,4}$/;
// A magnitude ends a number ('5万'): a run after it is the number's unit.
const MAGNITUDE = new Set(wordsOf(MAGNITUDES_ALONE));

function dropWatermark(atoms: Atom[]): Atom[] {
  let start = atoms.length;
  while (start > 0 && /[A-Za-z0-9]/.test(atoms[start - 1]!.ch)) start--;
  const run = atoms.slice(start).map((a) => a.ch).join('');
  const before = atoms[start - 1]?.ch;
  if (run && WATERMARK.test(run) && !/^[kKmMgG][A-Za-z]?$/.test(run) && (before === undefined || (CJK.test(before) && !MAGNITUDE.has(before)) || before === ' ')) {
    let end = start;
    while (end > 0 && atoms[end - 1]!.ch === ' ') end--;
    return atoms.slice(0, end);
  }
  return atoms;
}

/** Trims spaces and drops the meaningless inner ones; shifts `emphasis` ranges to match. */
function collapseSpaces(atoms: Atom[], emphasis: Array<[number, number]>): Atom[] {
  const out: Atom[] = [];
  const newIndex: number[] = new Array(atoms.length + 1);
  for (let i = 0; i < atoms.length; i++) {
    newIndex[i] = out.length;
    const a = atoms[i]!;
    if (a.ch !== ' ') {
      out.push(a);
      continue;
    }
    let j = i;
    while (j < atoms.length && atoms[j]!.ch === ' ') j++;
    const before = out[out.length - 1]?.ch;
    const after = atoms[j]?.ch;
    if (before !== undefined && after !== undefined && !spaceIsNoise(before, after)) out.push(a);
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
