import { toOriginal } from '../report/normalize/index.js';
import type { Paragraph, Part, Report, Section } from '../report/outline/types.js';
import { clauseStart, sentenceQuantities, type PlacedQuantity } from '../quantity/index.js';
import { notAnOutcome, notATarget } from './context.js';
import { readFrame } from './frame.js';
import { itemNoun, namesNothing, readIndicator, splitRespectively } from './indicator.js';
import { markRepeats } from './repeats.js';
import type { Extraction, Outcome, Target } from './types.js';
import { alternation, type Words } from '../lexicon/entry.js';
import * as L from '../lexicon/figures.js';

const any = (entries: readonly Words[]): string => `(?:${alternation(entries)})`;

export type * from './types.js';

interface Located {
  paragraph: Paragraph;
  section: string;
  role: 'plan' | 'review';
  horizon: Part['horizon'];
}

// Where a review turns to a period, read in the opening of a paragraph, the first cue deciding:
// '过去的五年极不寻常', '“十四五”时期…' at the start, '经过五年接续奋斗…五年来' (guangdong-2026) or
// '2025年是“十四五”规划收官之年。过去五年' (sichuan-2026: a year that is described names no period) open
// five years; '各位代表，刚刚过去的2025年' (jiangsu-2026) or '过去一年' opens one.
const OPENING = 60;
const FIVE_YEARS = new RegExp(`${alternation(L.FIVE_YEARS)}|^.{0,6}${L.FIVE_YEAR_PLAN}”?${any(L.PLAN_PERIOD)}`);
const ONE_YEAR = new RegExp(`${L.YEAR}(?!${alternation(L.YEAR_DESCRIBED)})|${alternation(L.ONE_YEAR)}`);

/** The period a review paragraph's opening turns to, or null when it names none. */
function periodOpened(paragraph: string): Part['horizon'] | null {
  const opening = paragraph.slice(0, OPENING);
  const five = opening.search(FIVE_YEARS);
  const one = opening.search(ONE_YEAR);
  if (five < 0 && one < 0) return null;
  return five >= 0 && (one < 0 || five < one) ? 'multi-year' : 'year';
}

/** The paragraphs whose figures are targets (plan) or outcomes (review), in order, with section and period. */
function* paragraphs(report: Report): Generator<Located> {
  function collect(node: { paragraphs: Paragraph[]; sections: Section[] }, heading: string, into: Array<[Paragraph, string]>): void {
    for (const paragraph of node.paragraphs) into.push([paragraph, heading]);
    for (const section of node.sections) collect(section, section.heading, into);
  }
  for (const part of report.parts) {
    if (part.role !== 'review' && part.role !== 'plan') continue;
    const all: Array<[Paragraph, string]> = [];
    collect(part, part.heading, all);
    all.sort((x, y) => x[0].span[0] - y[0].span[0]);
    let horizon = part.horizon;
    for (const [paragraph, section] of all) {
      if (part.role === 'review') {
        horizon = periodOpened(paragraph.clean) ?? horizon;
        yield { paragraph, section, role: 'review', horizon };
      } else {
        // A plan part is read paragraph by paragraph: one that reports the past ('“十三五”时期发展成就和…'
        // opens with the five years behind) gives outcomes.
        yield { paragraph, section, role: paragraph.stance?.role === 'review' ? 'review' : 'plan', horizon: part.horizon };
      }
    }
  }
}

interface Read {
  q: PlacedQuantity;
  indicator: string;
  /** Normalized offsets of the indicator words and figure together. */
  from: number;
  to: number;
}

// A sentence this long said again word for word is a copy, not a coincidence.
const MIN_COPIED = 16;

// Between a floor and its stretch: '增长5.5%以上、力争达到6%', '7%以上，争取8%'.
const STRETCH = new RegExp(`^[、，,]?${any(L.STRETCH)}${any(L.STRETCH_VERB)}?$`);
// Where the stretch's own words start.
const STRETCH_WORD = new RegExp(alternation(L.STRETCH));
// Between two figures of one thing ('新建改建农村道路23条、27.9公里').
const SAME_THING = new RegExp(`^(?:、|${alternation(L.SAME_THING)})$`);
// '…产量分别增长49.8%、11.9%、36.4%'.
const RESPECTIVELY = new RegExp(alternation(L.RESPECTIVELY));

// Rules about what follows a figure look a few characters ahead at most.
const AFTER_WINDOW = 40;

/** Reads the indicator of every figure of a sentence, sharing words across 分别 lists. */
function readSentence(text: string, offset: number, figures: PlacedQuantity[]): Read[] {
  const reads: Read[] = [];
  figures.forEach((q, k) => {
    const start = q.at[0] - offset;
    const end = q.at[1] - offset;
    let from = q.clauseAt - offset;
    const previous = reads[k - 1];
    const between = previous ? text.slice(previous.q.at[1] - offset, start) : '';
    if (previous && SAME_THING.test(between)) {
      // '新建改建农村道路23条、27.9公里': the second figure measures the same thing.
      reads.push({ q, indicator: previous.indicator, from: previous.from, to: q.at[1] });
      return;
    }
    // Words already read for the figure before (its counted noun included) are not this one's.
    const sameClause = previous !== undefined && previous.to - offset > from;
    if (sameClause) from = Math.min(start, previous.to - offset);
    const read = readIndicator(text, from, start, end, q.unit);
    // The noun closing this figure's list item ('68公里供水、15公里…') is its own, even after words of its own.
    const next = figures[k + 1];
    const noun = read && read.end <= end && next ? itemNoun(text.slice(end, next.at[0] - offset)) : null;
    if (read && noun) {
      // Words that name nothing of their own ('重点实施31.2公里农村公路', '6月底前要全面完成3.4万平方米草坪') give way to it.
      read.name = namesNothing(read.name) ? noun : read.name + noun;
      read.end = end + noun.length;
    }
    const name = read?.name ?? previous?.indicator ?? '';
    // Without words of its own the figure's evidence is its clause ('…，同比增长6.7%'), or, when it
    // shares the clause of the figure before, that figure's words too: '起征点从月销售额10万元提高到15万元'
    // quotes its subject, not just '提高到15万元' (national-2021).
    const evidenceFrom = read ? read.start : sameClause ? previous.from - offset : from;
    reads.push({ q, indicator: name, from: offset + evidenceFrom, to: offset + Math.max(end, read?.end ?? end) });
  });
  // '…产量分别增长49.8%、11.9%、36.4%': one item of the list per figure, in order.
  for (let k = 0; k < reads.length; k++) {
    let last = k;
    while (reads[last + 1]?.indicator === reads[k]!.indicator && reads[last + 1]!.from === reads[k]!.from) last++;
    const lead = text.slice(reads[k]!.from - offset, reads[k]!.q.at[0] - offset);
    if (last > k && RESPECTIVELY.test(lead)) {
      const items = splitRespectively(reads[k]!.indicator, last - k + 1);
      items?.forEach((item, i) => (reads[k + i]!.indicator = item));
    }
    k = last;
  }
  return reads;
}

export interface ExtractOptions {
  /** Read only the targets (the plan parts) or only the outcomes (the review parts): a check needs one of each report. */
  only?: 'targets' | 'outcomes';
}

/**
 * The targets of a report's plan parts and the outcomes of its review parts. Every one carries the
 * span of its indicator words and figure, and the span of its sentence.
 */
export function extract(report: Report, options: ExtractOptions = {}): Extraction {
  const n = report.normalized;
  const targets: Target[] = [];
  const outcomes: Outcome[] = [];
  // A plan sentence said word for word in a review part is not a promise but a copy: a report pasted
  // twice reads its second review into the plan (national-2021 doubled gave 16 such 'targets').
  const located = [...paragraphs(report)];
  const wanted = options.only === undefined ? null : options.only === 'targets' ? 'plan' : 'review';
  const reviewed = new Set<string>();
  const planned = new Set<string>();
  // Only plan sentences are looked up in it: reading outcomes alone needs none.
  if (wanted !== 'review') {
    for (const { paragraph, role } of located) {
      if (role === 'review') for (const s of paragraph.sentences) if (s.clean.length >= MIN_COPIED) reviewed.add(s.clean);
    }
  }
  for (const { paragraph, section, role, horizon } of located) {
    if (wanted !== null && role !== wanted) continue;
    for (const sentence of paragraph.sentences) {
      if (role === 'plan' && reviewed.has(sentence.clean)) continue;
      // Nor is a plan sentence said word for word again: the second copy of a report pasted twice, whatever
      // part its copy falls into (its five-year goals can land in the year's tasks).
      if (role === 'plan' && sentence.clean.length >= MIN_COPIED) {
        if (planned.has(sentence.clean)) continue;
        planned.add(sentence.clean);
      }
      const [from, to] = sentence.range;
      const figures = sentenceQuantities(n, from, to);
      // The floor of the target before, for a stretch that follows it ('增长5.5%以上、力争达到6%').
      let floor: { target: Target; end: number } | null = null;
      for (const { q, indicator, from: a, to: b } of readSentence(sentence.clean, from, figures)) {
        const between = floor ? n.text.slice(floor.end, q.at[0]) : '';
        if (role === 'plan' && floor && floor.target.kind === q.kind && STRETCH.test(between)) {
          const span = toOriginal(n, floor.end + between.search(STRETCH_WORD), q.at[1]);
          floor.target.stretch = { value: q.value, unit: q.unit, text: report.input.slice(span[0], span[1]), span };
          floor = null;
          continue;
        }
        // The clause before the figure, and what follows it in the sentence (bounded: rules read only its start).
        const clauseAt = from + clauseStart(sentence.clean, q.numberAt[0] - from);
        const clauseLead = n.text.slice(Math.max(from, a, clauseAt), q.numberAt[0]);
        const context = {
          lead: clauseLead,
          opening: n.text.slice(Math.max(from, clauseAt), q.numberAt[0]),
          after: n.text.slice(q.at[1], Math.min(to, q.at[1] + AFTER_WINDOW)),
          figuresBefore: figures.filter((f) => f.at[0] < q.at[0]).length,
        };
        const why = role === 'plan' ? notATarget(q, context) : notAnOutcome(q, context);
        if (why) continue;
        const span = toOriginal(n, a, b);
        const clean = { text: n.text.slice(a, b), sentence: sentence.clean, figure: q.clean, figureInText: q.at[0] - a, figureInSentence: q.at[0] - from };
        const base = {
          text: report.input.slice(span[0], span[1]),
          span,
          indicator,
          value: q.value,
          high: q.high,
          unit: q.unit,
          kind: q.kind,
          comparator: q.comparator,
          inclusive: q.inclusive,
          direction: q.direction,
          section,
          horizon,
          sentence: { span: sentence.span, text: sentence.text },
          quantitySpan: q.span,
          frame: readFrame({ indicator, kind: q.kind, unit: q.unit, direction: q.direction, horizon, clean }),
          clean,
        };
        if (role === 'plan') {
          const target: Target = { id: `T${targets.length + 1}`, ...base, modality: q.modality, repeatOf: null };
          targets.push(target);
          floor = q.comparator === 'at_least' ? { target, end: q.at[1] } : null;
        } else outcomes.push({ id: `O${outcomes.length + 1}`, ...base, preliminary: q.preliminary });
      }
    }
  }
  markRepeats(targets);
  return { targets, outcomes };
}
