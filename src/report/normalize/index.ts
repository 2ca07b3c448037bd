import type { Span } from '../span.js';
import { Atoms, lineAtoms } from './chars.js';
import { cleanLine, type CleanLine } from './markup.js';
import { atWrapWidth, isSoftBreak, opensPartOrSalutation, runsOn, wrapWidth, type LineView } from './breaks.js';
import { looksTraditional, simplifyInPlace } from './traditional.js';
import { isWrittenOut, lineEnds, realBreakEnd } from './escapes.js';
import { pageFurniture } from './furniture.js';

/**
 * Text made for matching, with the origin of every character. The original is never changed:
 * `original.slice(...toOriginal(s, e))` is what normalized `text.slice(s, e)` was made from.
 *
 * In `text`, paragraphs are separated by exactly one '\n'; no other newline remains.
 */
export interface NormalizedText {
  readonly original: string;
  readonly text: string;
  /** `starts[i]`: offset in `original` of the first character that normalized UTF-16 unit `i` came from. */
  readonly starts: Uint32Array;
  /** `ends[i]`: offset in `original` just after the last character that unit `i` came from. */
  readonly ends: Uint32Array;
  /** Ranges of `text` that were bold ('**…**') in the original. */
  readonly emphasis: readonly Span[];
  /** Offsets in `text` of paragraphs whose first line carried '#' markup. */
  readonly markdownHeadings: ReadonlySet<number>;
  /** Offsets in `text` of paragraphs that are a web page's furniture (labels, counters, a cut-off summary, links), not the report. */
  readonly furniture: ReadonlySet<number>;
}

/** The original span that normalized `[start, end)` came from. An empty range maps to an empty span. */
export function toOriginal(n: NormalizedText, start: number, end: number): Span {
  if (end <= start) {
    const at = start < n.text.length ? n.starts[start]! : n.original.length;
    return [at, at];
  }
  return [n.starts[start]!, n.ends[end - 1]!];
}

interface PhysicalLine {
  clean: Omit<CleanLine, 'atoms'>;
  /** The line's atoms: `[from, to)` of the lines' shared atoms. */
  from: number;
  to: number;
  /** What the break rules read of the line (its text once, for every rule). */
  view: LineView;
  /**
   * The column the line ends at: characters since the last real line break, trailing spaces excluded.
   * The line's own length, unless written-out breaks stand before it on the same real line.
   */
  column: number;
  /** Original offsets of the line's end-of-line sequence, if it has one. */
  eolStart: number;
  eolEnd: number;
  /** The line end is a written-out break ('\r\n' as text), a paragraph's end even where a hard wrap cut it. */
  writtenOut: boolean;
}

// The atoms of the line being read, before its markup is removed: scratch space, reused line after line.
const rawAtoms = new Atoms(0);

/** The physical lines of `original`, their atoms one after another in `pool`. */
function physicalLines(original: string, simplify: boolean, pool: Atoms): PhysicalLine[] {
  const lines: PhysicalLine[] = [];
  const eol = lineEnds(original);
  let start = 0;
  // Where the real line holding this one starts: a hard wrap counts the written-out breaks as text.
  let realStart = 0;
  for (;;) {
    const m = eol.exec(original);
    const end = m ? m.index : original.length;
    const raw = original.slice(start, end);
    const { atoms, ...clean } = cleanLine(lineAtoms(simplify ? simplifyInPlace(raw) : raw, start, rawAtoms), raw.length);
    const from = pool.length;
    pool.append(atoms);
    lines.push({
      clean,
      from,
      to: pool.length,
      view: view(atoms, clean.emphasis, clean.markdownHeading),
      column: start - realStart + raw.trimEnd().length,
      eolStart: end,
      eolEnd: m ? end + m[0].length : end,
      writtenOut: m !== null && isWrittenOut(m[0]),
    });
    if (!m) break;
    start = m.index + m[0].length;
    const cut = realBreakEnd(m[0]);
    if (cut >= 0) realStart = m.index + cut;
  }
  return lines;
}

// The break rules read a paragraph's start, its end and whether it is longer than a heading (60
// characters at most): a long paragraph is kept as its two ends, so joining stays linear in the lines.
const EDGE = 128;
// The characters a line joint is read as.
const SPACE = 0x20;
const NEWLINE = 0x0a;

function edges(text: string): string {
  return text.length > 4 * EDGE ? text.slice(0, EDGE) + text.slice(-EDGE) : text;
}

function view(atoms: Atoms, emphasis: CleanLine['emphasis'], markdownHeading: boolean): LineView {
  const text = atoms.text();
  const bold = emphasis.reduce((n, [s, e]) => n + (e - s), 0);
  return { text, markdownHeading, wholeBold: text.length > 0 && bold === text.length };
}

/**
 * Normalizes a report for matching: decodes HTML entities, makes full-width digits, letters and
 * signs half-width, reads traditional characters as simplified, drops invisible characters,
 * markdown residue and the spaces around numbers, and joins lines that layout broke inside a paragraph.
 */
export function normalize(original: string): NormalizedText {
  // No more atoms than original characters: each atom comes from one or more.
  const out = new Atoms(original.length);
  const pool = new Atoms(original.length);
  // The text of `out`, a piece a line or a joint.
  const pieces: string[] = [];
  const emphasis: Span[] = [];
  const markdownHeadings = new Set<number>();
  // A traditional-character repost is read in simplified characters, each in its original place.
  const lines = physicalLines(original, looksTraditional(original), pool);
  const wrappedAt = wrapWidth(lines.filter((line) => !line.writtenOut).map((line) => line.column));
  // A page's furniture is read line by line, before layout joins anything: each of its lines is a paragraph.
  const written = lines.filter((line) => line.to > line.from);
  const furnitureLines = new Set([...pageFurniture(written.map((line) => line.view.text))].map((i) => written[i]!));
  const furniture = new Set<number>();

  // The last non-empty line (the break to decide falls at its end), and the paragraph read so far.
  let prev: { line: PhysicalLine; view: LineView } | null = null;
  let paragraph: LineView | null = null;
  let blankLines = 0;
  let paragraphStart = true;

  for (const line of lines) {
    if (line.to === line.from) {
      if (!line.clean.invisibleOnly && prev) blankLines++;
      continue;
    }
    const current = line.view;
    if (prev) {
      const joint = { start: prev.line.eolStart, end: prev.line.eolEnd };
      // In a hard-wrapped file a full-width line runs on, even when a sentence ends at its last character.
      const wrapped = blankLines === 0 && !prev.line.writtenOut && atWrapWidth(prev.line.column, wrappedAt) && !opensPartOrSalutation(current.text);
      const apart = furnitureLines.has(line) || furnitureLines.has(prev.line);
      if (!apart && (wrapped || isSoftBreak(paragraph!, current, blankLines))) {
        // Latin words on both sides of a line break need a space; Chinese needs none, nor a fixed-width wrap.
        if (!wrapped && /[A-Za-z]$/.test(prev.view.text) && /^[A-Za-z]/.test(current.text)) {
          out.push(SPACE, joint.start, joint.end);
          pieces.push(' ');
        }
        paragraph = { ...paragraph!, text: edges(paragraph!.text + current.text), joined: true, ranOn: paragraph!.ranOn === true || runsOn(paragraph!) };
      } else {
        out.push(NEWLINE, joint.start, joint.end);
        pieces.push('\n');
        paragraphStart = true;
        paragraph = null;
      }
    }
    if (paragraphStart && line.clean.markdownHeading) markdownHeadings.add(out.length);
    if (furnitureLines.has(line)) furniture.add(out.length);
    paragraphStart = false;
    const offset = out.length;
    for (const [s, e] of line.clean.emphasis) emphasis.push([offset + s, offset + e]);
    for (let i = line.from; i < line.to; i++) out.copy(pool, i);
    pieces.push(current.text);
    prev = { line, view: current };
    paragraph ??= current;
    blankLines = 0;
  }
  return build(original, out, pieces.join(''), emphasis, markdownHeadings, furniture);
}

/** The normalized text of `atoms` (whose characters make `text`), with every unit's origin and offsets in units. */
function build(original: string, atoms: Atoms, text: string, emphasis: Span[], markdownHeadings: Set<number>, furniture: Set<number>): NormalizedText {
  const starts = new Uint32Array(text.length);
  const ends = new Uint32Array(text.length);
  const unitIndex = new Uint32Array(atoms.length + 1);
  let k = 0;
  for (let i = 0; i < atoms.length; i++) {
    unitIndex[i] = k;
    // An astral character is two units, both from the same original range.
    const units = atoms.codes[i]! > 0xffff ? 2 : 1;
    for (let u = 0; u < units; u++, k++) {
      starts[k] = atoms.starts[i]!;
      ends[k] = atoms.ends[i]!;
    }
  }
  unitIndex[atoms.length] = k;
  const toUnits = (i: number) => unitIndex[i]!;
  return {
    original,
    text,
    starts,
    ends,
    emphasis: emphasis.map(([s, e]) => [toUnits(s), toUnits(e)] as const),
    markdownHeadings: new Set([...markdownHeadings].map(toUnits)),
    furniture: new Set([...furniture].map(toUnits)),
  };
}
