import type { Span } from '../span.js';
import { toOriginal, type NormalizedText } from '../normalize/index.js';
import { detectMarker, type MarkerMatch } from './markers.js';
import { ordinalValue } from './ordinal.js';
import { readMeta } from './meta.js';
import { cueCounts, decideRole, headingEvidence, namesPart, periodsNamed, stanceOf, yearsNamed } from './roles/index.js';
import { splitSentences } from './sentences.js';
import type { Paragraph, Part, Report, Section, Witness } from './types.js';
import { alternation } from '../../lexicon/entry.js';
import { CLOSING_MATTER } from '../../lexicon/parts.js';
import { OPENING_WORDS, SALUTATION as SALUTATION_WORDS } from '../../lexicon/report.js';

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
  // The emphasis ranges are in order and apart: one pass over them for all lines, not one per line.
  let first = 0;
  for (const line of n.text.split('\n')) {
    const end = start + line.length;
    if (end > start) {
      const span = toOriginal(n, start, end);
      while (first < n.emphasis.length && n.emphasis[first]![1] <= start) first++;
      const emphasis: Array<readonly [number, number]> = [];
      for (let k = first; k < n.emphasis.length && n.emphasis[k]![0] < end; k++) {
        const [s, e] = n.emphasis[k]!;
        if (e > start) emphasis.push([Math.max(s, start) - start, Math.min(e, end) - start]);
      }
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

const SALUTATION = new RegExp(`^(?:${alternation([SALUTATION_WORDS])})`);
const PART_NUMBER = /^([一二三四五六七八九十]{1,3})、/;
const MAX_PART_HEADING = 60;
// An unnumbered heading that names a year or period but no role words ('接续奋斗2021年') is short.
const MAX_UNNUMBERED_HEADING = 30;
// After a salutation only 一、, （一） and 一是 markers open sections again.
const MAX_RANK_AFTER_SALUTATION = 3;
// The opening words after the salutation: '现在，我代表区政府向大会作工作报告，请予审议'.
const OPENING = new RegExp(alternation([OPENING_WORDS]));
// Titles of other reports listed by a scraped page ('2022年博野县政府工作报告') head no part.
const OTHER_REPORT = /工作报告/;

function isHeadingShaped(b: Block, max: number): boolean {
  return b.clean.length <= max && !/[。；]/.test(b.clean.replace(/[。！？]$/, ''));
}

/** An unnumbered line shaped like a heading: short, no sentence end, no enumeration, not another report's title. */
function isBareHeading(b: Block): boolean {
  return isHeadingShaped(b, MAX_PART_HEADING) && !/[。！？：:]$/.test(b.clean) && !detectMarker(b) && !OTHER_REPORT.test(b.clean);
}

/** A bare heading that names what its part does, or the year or period it is about ('2024年工作回顾', '二〇一九年…'). */
function isNamedPartHeading(b: Block): boolean {
  if (!isBareHeading(b)) return false;
  if (namesPart(b.clean)) return true;
  return b.clean.length <= MAX_UNNUMBERED_HEADING && (yearsNamed(b.clean).length > 0 || periodsNamed(b.clean).length > 0);
}

/**
 * A slogan alone on its line with no punctuation at all ('把改革开放扎实推向纵深'): in a report whose parts
 * are not numbered such a line is a part heading, for sections are numbered or open with a lead sentence.
 */
function isSloganHeading(b: Block): boolean {
  return isBareHeading(b) && b.clean.length <= MAX_UNNUMBERED_HEADING && !/[，,、；;：:]/.test(b.clean);
}

/** Whether the numbering starts again at 一、 under each of the named headings (two at least). */
function restartsUnder(bs: Block[], named: readonly number[]): boolean {
  const heads = named.filter((i) => !CLOSING_MATTER.test(bs[i]!.clean));
  return heads.length >= 2 && heads.every((h, k) => {
    for (let i = h + 1; i < (heads[k + 1] ?? bs.length); i++) {
      const m = PART_NUMBER.exec(bs[i]!.clean);
      if (m && ordinalValue(m[1]!) === 1 && isHeadingShaped(bs[i]!, MAX_PART_HEADING)) return true;
    }
    return false;
  });
}

/**
 * Indices of the blocks that open parts: numbered '一、…' headings in sequence; or, where the
 * numbering starts again under unnumbered headings ('2018年工作回顾' over 一、二、…, then '2019年工作安排'
 * over 一、… again), those headings; or, with no numbering, the unnumbered headings.
 */
function partHeadings(bs: Block[], from: number): number[] {
  const numbered: number[] = [];
  let expected = 1;
  for (let i = from; i < bs.length; i++) {
    const b = bs[i]!;
    if (CLOSING_MATTER.test(b.clean) && isHeadingShaped(b, MAX_UNNUMBERED_HEADING)) {
      // '附件2' followed at once by its title '名词解释' is one part.
      const previous = numbered.at(-1);
      if (previous !== i - 1 || !CLOSING_MATTER.test(bs[previous]!.clean)) numbered.push(i);
      expected = Number.POSITIVE_INFINITY; // lists inside appendices are not parts
      continue;
    }
    const m = PART_NUMBER.exec(b.clean);
    if (!m || !isHeadingShaped(b, MAX_PART_HEADING) || /[。！？]$/.test(b.clean)) continue;
    const value = ordinalValue(m[1]!);
    // A review with no heading of its own leaves the numbering to start at 二.
    if (value === expected || (expected === 1 && value === 2)) {
      numbered.push(i);
      expected = value! + 1;
    }
  }
  const parts = numbered.filter((i) => !CLOSING_MATTER.test(bs[i]!.clean));
  const first = parts[0] === undefined ? null : ordinalValue(PART_NUMBER.exec(bs[parts[0]]!.clean)![1]!);
  if (parts.length >= (first === 2 ? 1 : 2)) {
    const named = unnumberedHeadings(bs, from, isNamedPartHeading);
    return restartsUnder(bs, named) ? named : numbered;
  }
  return unnumberedHeadings(bs, from, (b) => isNamedPartHeading(b) || isSloganHeading(b));
}

function unnumberedHeadings(bs: Block[], from: number, heads: (b: Block) => boolean): number[] {
  const out: number[] = [];
  // Appendices come last: after the first, only another appendix opens a part ('附件1' then its title
  // '2025年省十件民生实事' is one part).
  let closing = false;
  for (let i = from; i < bs.length; i++) {
    const b = bs[i]!;
    if (CLOSING_MATTER.test(b.clean) && isHeadingShaped(b, MAX_UNNUMBERED_HEADING)) {
      if (out.at(-1) !== i - 1 || !CLOSING_MATTER.test(bs[i - 1]!.clean)) out.push(i);
      closing = true;
    } else if (!closing && heads(b)) out.push(i);
  }
  return out;
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

/** A part before its role is decided, with its blocks. */
interface Draft {
  part: Part;
  blocks: Block[];
}

/** A part of blocks `bs`: headed by its first block, or with no heading (front matter, page furniture, a review after the opening). */
function makePart(n: NormalizedText, bs: Block[], kind: 'front' | 'furniture' | 'headless' | 'headed'): Part {
  const head = bs[0]!;
  const span = spanOf(n, bs);
  const headed = kind === 'headed';
  const ordinal = headed ? PART_NUMBER.exec(head.clean) : null;
  const part: Part = {
    role: 'other',
    confidence: 1,
    evidence: [],
    heading: headed ? head.clean : '',
    headingSpan: headed ? head.paragraph.span : [span[0], span[0]],
    ordinal: ordinal ? ordinalValue(ordinal[1]!) : null,
    mixed: false,
    horizon: 'year',
    span,
    text: n.original.slice(span[0], span[1]),
    paragraphs: headed ? [head.paragraph] : [],
    sections: [],
  };
  // Front matter can be a whole file with no heading: assigned, not spread into push (the call stack is bounded).
  if (kind === 'front' || kind === 'furniture') part.paragraphs = bs.map((b) => b.paragraph);
  else sections(n, headed ? bs.slice(1) : bs, part);
  return part;
}

/**
 * What the part headings say of the plan year: the year a plan heading names ('二、2019年工作安排',
 * '三、2021年下半年重点工作'), else the year after the one a review heading names ('一、2018年工作回顾').
 * A heading that names neither role (a goal: '…和2035年远景目标') says nothing of it.
 */
function yearFromHeadings(drafts: readonly Draft[]): Witness<number> | null {
  const named = drafts.map(({ part }) => {
    const heading = part.heading.replace(PART_NUMBER, '');
    const says = new Set(headingEvidence(heading, null).map((e) => e.says));
    return { heading: part.heading, says, years: yearsNamed(heading).map((y) => y.year) };
  });
  const plan = named.filter((h) => h.says.has('plan') && h.years.length);
  if (plan.length) {
    const year = Math.min(...plan.flatMap((h) => h.years));
    return { value: year, source: 'headings', seen: plan.find((h) => h.years.includes(year))!.heading, weight: 3 };
  }
  const review = named.filter((h) => h.says.has('review') && h.years.length);
  if (!review.length) return null;
  const year = Math.max(...review.flatMap((h) => h.years));
  return { value: year + 1, source: 'headings', seen: review.find((h) => h.years.includes(year))!.heading, weight: 3 };
}

/** Decides every part's role, confidence, evidence, horizon and (for a part that mixes) each paragraph's role. */
function decideRoles(drafts: Draft[], planYear: number | null): void {
  // Appendices and a glossary follow the last part of the speech.
  let count = drafts.length;
  while (count > 0 && CLOSING_MATTER.test(drafts[count - 1]!.part.heading)) count--;
  drafts.forEach(({ part, blocks: bs }, index) => {
    const body = bs.slice(part.heading ? 1 : 0);
    // Each paragraph's tense cues are counted once, for the part's role and for each paragraph's.
    const cues = body.map((b) => cueCounts(b.clean));
    const decision = decideRole({ heading: part.heading.replace(PART_NUMBER, ''), paragraphs: body.map((b) => b.clean), index, count }, planYear, cues);
    part.role = decision.role;
    part.confidence = decision.confidence;
    part.evidence = decision.evidence;
    part.horizon = decision.horizon;
    part.mixed = decision.mixed;
    if (part.role === 'plan') {
      body.forEach((b, k) => (b.paragraph.stance = stanceOf(cues[k]!, part.mixed)));
    }
  });
}

/** Where the opening ends: the salutation '各位代表：' and the line that says what is being delivered ('现在，我代表…请予审议'). */
function openingEnd(bs: Block[], salutation: number, limit: number): number {
  const end = salutation + 1;
  return !OPENING.test(bs[salutation]!.clean) && end < limit && OPENING.test(bs[end]!.clean) ? end + 1 : end;
}

/** Builds the report tree from normalized text: front matter, parts with roles, sections, paragraphs, sentences. */
export function outline(n: NormalizedText): Report {
  const all = blocks(n);
  // Page furniture (a portal's labels and counters, a summary cut off with '......', links) is no part of the speech.
  const bs = all.filter((b) => !n.furniture.has(b.start));
  // What a page puts after the report (sharing, links to other pages) is a part of its own, read as nothing.
  const lastOfReport = bs.at(-1);
  const trailer = lastOfReport ? all.slice(all.indexOf(lastOfReport) + 1) : [];
  const salutation = bs.slice(0, 12).findIndex((b) => SALUTATION.test(b.clean));
  const bodyFrom = salutation < 0 ? 0 : salutation;
  const heads = partHeadings(bs, bodyFrom);
  const firstHead = heads[0] ?? bs.length;
  // A review with no heading of its own sits between the opening ('各位代表：…') and the first part
  // heading; with no salutation, whatever comes first is front matter.
  const spoken = salutation < 0 ? firstHead : Math.min(openingEnd(bs, salutation, firstHead), firstHead);
  // The front matter keeps the furniture among its paragraphs: every line of the page is in some part.
  const frontEnd = spoken < bs.length ? all.indexOf(bs[spoken]!) : all.length;
  const parts: Part[] = frontEnd > 0 ? [makePart(n, all.slice(0, frontEnd), 'front')] : [];
  const drafts: Draft[] = [];
  const draft = (from: number, to: number, kind: 'headless' | 'headed') => drafts.push({ part: makePart(n, bs.slice(from, to), kind), blocks: bs.slice(from, to) });
  if (firstHead > spoken) draft(spoken, firstHead, 'headless');
  heads.forEach((h, k) => draft(h, heads[k + 1] ?? bs.length, 'headed'));
  const front = bs.slice(0, bodyFrom).map((b) => ({ clean: b.clean, span: b.paragraph.span }));
  const opening = bs.slice(bodyFrom, bodyFrom + 2).map((b) => b.clean).join('');
  const meta = readMeta(front, opening, yearFromHeadings(drafts));
  decideRoles(drafts, meta.planYear);
  parts.push(...drafts.map((d) => d.part));
  if (trailer.length) parts.push(makePart(n, trailer, 'furniture'));
  return { input: n.original, normalized: n, meta, parts };
}
