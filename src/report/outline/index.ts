import type { Span } from '../span.js';
import { toOriginal, type NormalizedText } from '../normalize/index.js';
import { detectMarker, type MarkerMatch } from './markers.js';
import { ordinalValue } from './ordinal.js';
import { readMeta } from './meta.js';
import { horizonOf, namesReviewAndPlan, roleFromContent, roleFromHeading } from './roles.js';
import { splitSentences } from './sentences.js';
import type { Paragraph, Part, PartRole, Report, Section } from './types.js';

export type * from './types.js';

/** A paragraph of normalized text with what the outline needs to place it. */
interface Block {
  start: number;
  end: number;
  clean: string;
  emphasis: Array<readonly [number, number]>;
  paragraph: Paragraph;
}

function blocks(n: NormalizedText): Block[] {
  const out: Block[] = [];
  let start = 0;
  for (const line of n.text.split('\n')) {
    const end = start + line.length;
    if (end > start) {
      const span = toOriginal(n, start, end);
      const emphasis = n.emphasis
        .filter(([s, e]) => s < end && e > start)
        .map(([s, e]) => [Math.max(s, start) - start, Math.min(e, end) - start] as const);
      const paragraph: Paragraph = {
        span,
        text: n.original.slice(span[0], span[1]),
        clean: line,
        range: [start, end],
        sentences: splitSentences(n, start, end),
      };
      out.push({ start, end, clean: line, emphasis, paragraph });
    }
    start = end + 1;
  }
  return out;
}

const SALUTATION = /^各位代表/;
const PART_NUMBER = /^([一二三四五六七八九十]{1,3})、/;
const CLOSING = /^(?:附件\s*\d*|名词解释)/;
const MAX_PART_HEADING = 60;
const MAX_UNNUMBERED_HEADING = 30;
// After a salutation only （一） and 一是 markers open sections again.
const MAX_RANK_AFTER_SALUTATION = 2;

function isHeadingShaped(b: Block, max: number): boolean {
  return b.clean.length <= max && !/[。；]/.test(b.clean.replace(/[。！？]$/, ''));
}

/** Indices of the blocks that open parts: numbered '一、…' headings in sequence, or else unnumbered ones. */
function partHeadings(bs: Block[], from: number): number[] {
  const numbered: number[] = [];
  let expected = 1;
  for (let i = from; i < bs.length; i++) {
    const b = bs[i]!;
    if (CLOSING.test(b.clean) && isHeadingShaped(b, MAX_UNNUMBERED_HEADING)) {
      // '附件2' followed at once by its title '名词解释' is one part.
      const previous = numbered.at(-1);
      if (previous !== i - 1 || !CLOSING.test(bs[previous]!.clean)) numbered.push(i);
      expected = Number.POSITIVE_INFINITY; // lists inside appendices are not parts
      continue;
    }
    const m = PART_NUMBER.exec(b.clean);
    if (m && isHeadingShaped(b, MAX_PART_HEADING) && !/[。！？]$/.test(b.clean) && ordinalValue(m[1]!) === expected) {
      numbered.push(i);
      expected++;
    }
  }
  if (numbered.filter((i) => !CLOSING.test(bs[i]!.clean)).length >= 2) return numbered;
  // Reports with unnumbered parts ('2024年工作回顾', '2025年工作安排建议', '加强政府自身建设').
  const unnumbered: number[] = [];
  for (let i = from; i < bs.length; i++) {
    const b = bs[i]!;
    if (isHeadingShaped(b, MAX_UNNUMBERED_HEADING) && !/[。！？：:]$/.test(b.clean) && !detectMarker(b) && roleFromHeading(b.clean)) {
      unnumbered.push(i);
    }
  }
  return unnumbered;
}

function spanOf(n: NormalizedText, bs: readonly Block[]): Span {
  return toOriginal(n, bs[0]!.start, bs[bs.length - 1]!.end);
}

/** Keeps lead-sentence markers only where they come as a series: one short first sentence is no heading. */
function seriesOnly(markers: Array<MarkerMatch | null>): Array<MarkerMatch | null> {
  const out = [...markers];
  let runStart = 0;
  const close = (end: number) => {
    const leads = out.slice(runStart, end).filter((m) => m?.kind === 'lead').length;
    if (leads < 2) for (let k = runStart; k < end; k++) if (out[k]?.kind === 'lead') out[k] = null;
  };
  out.forEach((m, i) => {
    if (m && m.kind !== 'lead') {
      close(i);
      runStart = i + 1;
    }
  });
  close(out.length);
  return out;
}

/** Nests the blocks of a part into sections by the rank of their markers. */
function sections(n: NormalizedText, bs: Block[], part: { paragraphs: Paragraph[]; sections: Section[] }): void {
  const markers = seriesOnly(bs.map((b) => detectMarker(b)));
  const stack: Array<{ section: Section; rank: number; blocks: Block[] }> = [];
  // Where each finished section ends in normalized text: a parent ends where its last child does.
  const endOf = new Map<Section, number>();
  const finish = (entry: (typeof stack)[number]) => {
    const lastChild = entry.section.sections.at(-1);
    const end = Math.max(entry.blocks.at(-1)!.end, lastChild ? endOf.get(lastChild)! : 0);
    endOf.set(entry.section, end);
    const span = toOriginal(n, entry.blocks[0]!.start, end);
    entry.section.span = span;
    entry.section.text = n.original.slice(span[0], span[1]);
  };
  // '各位代表！' turns from the tasks to the audience: it closes every open section, and what follows
  // is the closing (lead sentences, a list of 民生实事) until a numbered section starts again.
  let closing = false;
  bs.forEach((b, i) => {
    let marker = markers[i];
    if (SALUTATION.test(b.clean)) {
      while (stack.length) finish(stack.pop()!);
      closing = true;
    }
    if (marker && closing) {
      if (marker.rank <= MAX_RANK_AFTER_SALUTATION) closing = false;
      else marker = null;
    }
    if (marker) {
      while (stack.length && stack.at(-1)!.rank >= marker.rank) finish(stack.pop()!);
      const headingSpan = toOriginal(n, b.start, b.start + marker.headingEnd);
      const section: Section = {
        heading: b.clean.slice(0, marker.headingEnd),
        headingSpan,
        marker: marker.kind,
        level: stack.length + 1,
        span: headingSpan,
        text: '',
        paragraphs: [],
        sections: [],
      };
      (stack.at(-1)?.section.sections ?? part.sections).push(section);
      stack.push({ section, rank: marker.rank, blocks: [] });
    }
    const top = stack.at(-1);
    if (top) {
      top.blocks.push(b);
      top.section.paragraphs.push(b.paragraph);
    } else {
      part.paragraphs.push(b.paragraph);
    }
  });
  while (stack.length) finish(stack.pop()!);
}

function makePart(n: NormalizedText, bs: Block[], headed: boolean, role: PartRole | null): Part {
  const head = bs[0]!;
  const span = spanOf(n, bs);
  const ordinal = headed ? PART_NUMBER.exec(head.clean) : null;
  const part: Part = {
    role: 'other',
    heading: headed ? head.clean : '',
    headingSpan: headed ? head.paragraph.span : [span[0], span[0]],
    ordinal: ordinal ? ordinalValue(ordinal[1]!) : null,
    mixed: headed && namesReviewAndPlan(head.clean),
    horizon: headed ? horizonOf(head.clean) : 'year',
    span,
    text: n.original.slice(span[0], span[1]),
    paragraphs: headed ? [head.paragraph] : [],
    sections: [],
  };
  if (headed) sections(n, bs.slice(1), part);
  else part.paragraphs.push(...bs.map((b) => b.paragraph));
  part.role = role ?? (headed ? roleFromHeading(head.clean.replace(PART_NUMBER, '')) ?? roleFromContent(part.text) : 'other');
  return part;
}

const YEAR = /((?:19|20)\d{2})\s*年/;

/**
 * The year a report plans for: the one year a plan part's heading names ('2019 年工作安排'), not a
 * span of years; else the year after the one a review part's heading names ('一、2024年工作回顾').
 */
function plannedYear(parts: Part[]): number | null {
  for (const [role, offset] of [['plan', 0], ['review', 1]] as const) {
    for (const part of parts) {
      if (part.role !== role || part.horizon !== 'year') continue;
      const m = YEAR.exec(part.heading);
      if (m) return Number(m[1]) + offset;
    }
  }
  return null;
}

/** Builds the report tree from normalized text: front matter, parts with roles, sections, paragraphs, sentences. */
export function outline(n: NormalizedText): Report {
  const bs = blocks(n);
  const salutation = bs.slice(0, 12).findIndex((b) => SALUTATION.test(b.clean));
  const bodyFrom = salutation < 0 ? 0 : salutation;
  const heads = partHeadings(bs, bodyFrom);
  const parts: Part[] = [];
  const firstHead = heads[0] ?? bs.length;
  if (firstHead > 0) parts.push(makePart(n, bs.slice(0, firstHead), false, 'other'));
  heads.forEach((h, k) => parts.push(makePart(n, bs.slice(h, heads[k + 1] ?? bs.length), true, null)));
  const front = bs.slice(0, bodyFrom).map((b) => ({ clean: b.clean, span: b.paragraph.span }));
  const opening = bs.slice(bodyFrom, bodyFrom + 2).map((b) => b.clean).join('');
  return { input: n.original, normalized: n, meta: readMeta(front, opening, plannedYear(parts)), parts };
}
