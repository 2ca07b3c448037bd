/**
 * Whether a line break is a paragraph boundary or an accident of layout (a hard wrap, a page
 * break inside a sentence, a subscript or a link set on a line of its own). Each rule is one
 * function with the case it comes from.
 */

import { namesPart } from '../../lexicon/parts.js';
import { alternation } from '../../lexicon/entry.js';
import { DIVISION_WORDS, MEETING_WORDS, NOT_A_LEAD as NOT_A_LEAD_WORDS, SALUTATION as SALUTATION_WORDS, UNIT_STARTS } from '../../lexicon/report.js';

// A file hard-wrapped at a fixed width (copied from a PDF viewer) has most of its long lines at that width.
const MIN_WRAPPED_LINES = 10;
const WRAPPED_SHARE = 0.3;
const MIN_LONG_LINE = 20;

/**
 * The width a file is hard-wrapped at, or 0: the most common of its long line lengths (`lengths`, one a
 * line, line end and trailing spaces excluded), when common enough.
 */
export function wrapWidth(lengths: readonly number[]): number {
  const counts = new Map<number, number>();
  let long = 0;
  for (const length of lengths) {
    if (length < MIN_LONG_LINE) continue;
    long++;
    counts.set(length, (counts.get(length) ?? 0) + 1);
  }
  let width = 0;
  let most = 0;
  for (const [length, count] of counts) if (count > most || (count === most && length > width)) [width, most] = [length, count];
  return most >= MIN_WRAPPED_LINES && most >= WRAPPED_SHARE * long ? width : 0;
}

/** Whether a line of `length` ends where a wrap at `width` cuts (one unit off: an astral character, a space trimmed). */
export function atWrapWidth(length: number, width: number): boolean {
  return width > 0 && Math.abs(length - width) <= 1;
}

/** What the break decision needs to know about the line before or after the break. */
export interface LineView {
  text: string;
  markdownHeading: boolean;
  wholeBold: boolean;
  /** The paragraph so far is more than one line. */
  joined?: boolean;
  /** The paragraph so far ran on across a line that ended in a list comma ('坚定前行、⏎砥砺奋进'). */
  ranOn?: boolean;
}

// A line ends a paragraph when it ends a sentence, a list lead-in ('主要预期目标是：') or a salutation.
const TERMINAL = /[。！？!?；;：:…]$/;
const CLOSERS = /[”’」』"'）)\]】]+$/;
// A line cannot begin with these: they continue what came before ('PM\n2.5\n）', '…\n，').
const CONTINUATION_START = /^[，。、；：！？）)」』”’%‰,.;:!?]/;
// Markers that open a part or a numbered section: such a line is a heading, never wrapped text.
const ENUMERATED_HEADING = new RegExp(`^(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|第[一二三四五六七八九十]{1,3}(?:${alternation([DIVISION_WORDS])}))`);
// The meeting line of the front matter: '——2019年6月14日在…第四次会议上'.
const MEETING_LINE_END = new RegExp(`(?:${alternation([MEETING_WORDS])})上$`);
// Counting words and measures that follow a number.
const UNIT_START = new RegExp(`^(?:${alternation([UNIT_STARTS])})`);
// The salutation opens the speech: whatever precedes it is front matter, never its first half.
// '各位代表：', '各位代表！', '各位代表，过去一年…', '各位代表、同志们：'; not a sentence that names the
// deputies among others ('是…正确领导的结果，是⏎各位代表、各位委员支持、监督、参政议政的结果', a wrap).
const SALUTATION = new RegExp(`^(?:${alternation([SALUTATION_WORDS])})(?:、[^、，,。；;：:！!]{1,6}){0,3}(?:[：:！!，,；;\\s]|$)`);
// A part's or a section's number opens a line that is never the run-on of a fixed-width wrap.
const PART_OR_SECTION = /^(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)/;

/** Whether a line opens a part, a section or the salutation: a hard wrap at a fixed width never runs on into it. */
export function opensPartOrSalutation(text: string): boolean {
  return PART_OR_SECTION.test(text) || SALUTATION.test(text);
}

const SENTENCE_PUNCTUATION = /[，、。；,;]/;
// A lead sentence heads a paragraph: short, one clause, closed by 。 ('做实项目支撑扩大有效投资。').
const MAX_LEAD = 24;
const MIN_LEAD = 4; // '块。' after a page break is the end of a sentence, not a lead
const CLAUSE_PUNCTUATION = /[，：；,;:]/;
// Openings of ordinary sentences that are short by chance: salutations, time and discourse words.
const NOT_A_LEAD = new RegExp(`^(?:${alternation([SALUTATION_WORDS, NOT_A_LEAD_WORDS])})`);

/** The length of the lead sentence that opens `text`, or 0 when it opens with none. */
export function leadSentenceLength(text: string): number {
  const end = text.indexOf('。') + 1;
  if (end < MIN_LEAD || end > MAX_LEAD || end >= text.length || /[！？!?]/.test(text.slice(0, end))) return 0;
  return CLAUSE_PUNCTUATION.test(text.slice(0, end)) || NOT_A_LEAD.test(text) ? 0 : end;
}
const SHORT_LINE = 25;
// Enough of a paragraph's end to see how it ends (closing quotes and brackets included).
const TAIL = 64;

// A heading over its body: a short paragraph with no sentence end, set over lines that broke after a
// list comma, then a line that is a whole paragraph ('…全面开启社会主义现代化建设新征程⏎“十四五”时期，是
// 全面建设…。…', laiyuan-2021). A file hard-wrapped at a fixed width never has such a long line.
const MAX_SHORT_HEADING = 60;
const MIN_BODY_LINE = 80;
const SENTENCE_END = /[。；;！？!?]/;

function isHeadingOverBody(prev: LineView, next: LineView): boolean {
  return prev.ranOn === true && prev.text.length <= MAX_SHORT_HEADING && !SENTENCE_END.test(prev.text) && next.text.length >= MIN_BODY_LINE && /。/.test(next.text);
}

// A slogan on a line of its own over its body, in a file that puts each paragraph on one line: the first
// line of its paragraph, short and with no punctuation at all, then a line that is a whole paragraph
// ('把改革开放扎实推向纵深⏎2019年，是新中国成立70周年…。', a part heading that names no role). A wrap cuts a
// paragraph into more and shorter pieces ('党的十八届六中全会⏎正式明确⏎…', national-2017).
const MAX_SLOGAN = 30;
const ANY_PUNCTUATION = /[，,、；;：:。！？!?]/;
const WHOLE_PARAGRAPH_END = /[。！？!?][”’」』"）)]*$/;

function isSloganOverBody(prev: LineView, next: LineView): boolean {
  return !prev.joined && prev.text.length <= MAX_SLOGAN && !ANY_PUNCTUATION.test(prev.text) && next.text.length >= MIN_BODY_LINE && WHOLE_PARAGRAPH_END.test(next.text);
}

// An unnumbered part heading on a line of its own: short, unpunctuated, and naming what the part does
// ('过去一年工作回顾' over its body in hailar-2013, '2021年工作回顾' in qingyuan-2022 once unnumbered), also
// after a line that lost its end ('…主要是⏎⏎关于《…规划纲要（草案）》的说明', shanghai-2026).
const MAX_NAMED_HEADING = 40;

function isNamedHeading(line: LineView): boolean {
  return line.text.length <= MAX_NAMED_HEADING && !/[，,、；;。：:]/.test(line.text) && namesPart(line.text);
}

// A heading set over two lines breaks after a list comma: '一、回顾“十三五”，我们以脱贫攻坚为统揽，坚定前行、⏎砥砺奋进，…'
// (laiyuan-2021, both of its first part headings).
const RUNS_ON = /[、，,]/;

/** Whether the paragraph so far runs on over the next line because it broke after a list comma. */
export function runsOn(prev: LineView): boolean {
  return RUNS_ON.test(prev.text.at(-1) ?? '');
}

export function endsParagraph(text: string): boolean {
  // '…提出意见。”' ends a paragraph; '（PM2.5）' does not.
  return TERMINAL.test(text.replace(CLOSERS, ''));
}

function isHeadingLike(line: LineView): boolean {
  if (line.markdownHeading || line.wholeBold) return true;
  return ENUMERATED_HEADING.test(line.text) && line.text.length <= 60 && !/[。；]/.test(line.text);
}

/**
 * `prev` is the paragraph read so far, `next` the line after the break. `blankLines` counts the empty
 * lines between them (lines holding only zero-width characters do not count: the reposted national
 * reports put one between pieces of a sentence).
 */
export function isSoftBreak(prev: LineView, next: LineView, blankLines: number): boolean {
  // The paragraph so far can be long and this is asked at every line: rules about its end read its tail.
  const end = prev.text.slice(-TAIL);
  if (endsParagraph(end) || MEETING_LINE_END.test(end)) return false;
  if (CONTINUATION_START.test(next.text)) return true;
  const opensAnew = isHeadingLike(next) || SALUTATION.test(next.text) || (blankLines > 0 && isNamedHeading(next));
  if (runsOn(prev) && !opensAnew) return true;
  if (isHeadingLike(prev)) return false;
  // '更换门头牌匾 1277\n\n块。': a number is not the end of a line; its unit follows.
  if (/[0-9]$/.test(end) && UNIT_START.test(next.text)) return true;
  // 'M\n2\n增长13.6%': a Latin name followed by its subscript.
  if (/[A-Za-z]$/.test(end) && /^[0-9.]+$/.test(next.text)) return true;
  // A named heading is a line of its own; a wrapped sentence ('…市委确定的⏎重点工作任务⏎并确保…') is not.
  if (isHeadingOverBody(prev, next) || (!prev.joined && isNamedHeading(prev)) || opensAnew) return false;
  // A single newline inside unterminated text is a wrap: '政府工作报\n告', '党的十八届六中全会\n正式明确'.
  if (blankLines === 0) return !isSloganOverBody(prev, next);
  // Across a blank line, a paragraph that opens with a lead sentence starts anew, even when the
  // line before lost its full stop (OCR copies: '…永续北上”\n\n深化污染防治攻坚。加强…').
  if (leadSentenceLength(next.text) > 0) return false;
  // Across a blank line, a short unpunctuated line is a heading ('2024年工作回顾', '名词解释'); a longer
  // or punctuated one was cut by a page break ('…北关区市民之家建成\n\n投入使用').
  return prev.text.length >= SHORT_LINE || SENTENCE_PUNCTUATION.test(prev.text) || prev.text.startsWith('——');
}
