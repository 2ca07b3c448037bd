import type { Atom } from './chars.js';

/** A physical line after markdown residue is removed, with what the markup said about it. */
export interface CleanLine {
  atoms: Atom[];
  /** The line began with '#' markup. Only a hint that it is a heading: never a level. */
  markdownHeading: boolean;
  /** Ranges of `atoms` that were inside '**' … '**'. */
  emphasis: Array<[number, number]>;
  /** The line held only invisible characters (zero-width spaces): a joint inside a paragraph, not a blank line. */
  invisibleOnly: boolean;
}

const DIGIT = /[0-9]/;
const ASCII_LETTER = /[A-Za-z]/;

/** A space next to a digit carries no meaning ('投资 1773 万元', '2019 年', '1 773'), unless it parts a Latin word from a number. */
function spaceIsNoise(before: string, after: string): boolean {
  const digitSide = DIGIT.test(before) || DIGIT.test(after);
  return digitSide && !ASCII_LETTER.test(before) && !ASCII_LETTER.test(after);
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
  const atoms = collapseSpaces(kept, emphasis);
  return { atoms, markdownHeading, emphasis, invisibleOnly: raw.length === 0 && rawLength > 0 };
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
