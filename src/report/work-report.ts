import type { Report } from './outline/types.js';
import { alternation } from '../lexicon/entry.js';
import { PLACE_ENDINGS, SALUTATION as SALUTATION_WORDS, STATE, TITLE_SUFFIXES } from '../lexicon/report.js';

/**
 * What in a text says it is a government work report (政府工作报告). No one cue decides: real reports
 * lack some (hailar-2017 has no title line, national-2014 to 2016 open at the salutation with no title
 * or meeting line, scraped pages carry a portal header before the title), and any one can stand in
 * another text (a README that quotes '政府工作报告', a news story that names the congress meeting, a
 * markdown page whose headings name years and read as a review and a plan).
 */
export interface WorkReportEvidence {
  /** The title line ('2025年北京市政府工作报告'; '政府工作报告' for '政 府 工 作 报 告'), without spaces and markup; null when none. */
  title: string | null;
  /** The salutation that opens the speech and its turns ('各位代表：', '各位代表、同志们：', '各位代表！'). */
  salutation: string | null;
  /** The opening sentence: '我代表…人民政府/国务院…向大会报告工作' or '…作政府工作报告'. */
  opening: string | null;
  /** The line naming the people's congress meeting it was delivered at ('在…人民代表大会第四次会议上'). */
  meeting: string | null;
  /** The share of the text's letters that are Chinese characters (0 when it has no letters). */
  chinese: number;
  /** Whether some part reviews a year (or years). */
  review: boolean;
  /** Whether some part plans a year (or years). */
  plan: boolean;
}

// The title and the meeting line stand at the head of the text, after a scraped page's header at most.
const FRONT_CHARS = 4000;
const MAX_TITLE_LINE = 60;
const MAX_MEETING_LINE = 200;
// A year, as digits or as Chinese numerals ('二〇二三年').
const YEAR = String.raw`(?:(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})年度?`;
// A whole line that is a title: a year and a government's name at most, before '(人民)政府工作报告'
// ('2025年北京市政府工作报告', '保定市满城区2023年政府工作报告', '2014年中华人民共和国国务院政府工作报告',
// '政府工作报告（全文）'). '审议政府工作报告' in a headline is not one: the name must end as a government's does.
const TITLE_LINE = new RegExp(
  String.raw`^(?:${YEAR})?(?:[\u4e00-\u9fff]{0,20}?(?:${alternation([PLACE_ENDINGS, STATE])}))?(?:${YEAR})?(?:人民)?政府工作报告(?:[（(]?(?:${alternation([TITLE_SUFFIXES])})[）)]?)?$`,
);
// What a title line may carry around its words: spaces (政 府 工 作 报 告), markup, book-title marks.
const TITLE_DRESS = /[\s#*《》〈〉“”"「」【】[\]]+/g;
// '各位代表：', '各位代表、同志们：', '各位代表！' at the start of a paragraph.
const SALUTATION = new RegExp(`^(?:${alternation([SALUTATION_WORDS])})(?:[、，,：:！!；;\\s]|$)`, 'm');
// '现在，我代表国务院，向大会报告政府工作', '我代表县人民政府向大会报告工作', '我代表区政府向大会作工作报告',
// '我代表顺平县人民政府，向大会作报告' (shunping-2021); or, worded otherwise, its request for deliberation:
// '请予审议，并请县政协委员和列席会议的同志提出意见'. Bounded: no sentence end or paragraph break inside, short gaps.
const OPENING = /我代表[^。！？\n]{0,30}?(?:政府|国务院)[^。！？\n]{0,20}?(?:报告(?:政府)?工作|作(?:政府)?(?:工作)?报告)|请予?审议[^。！？\n]{0,20}?政协/;
// '——2019年6月14日在安阳市北关区第十届人民代表大会第四次会议上', '…在上海市第十六届人民代表大会第三次会议的政府工作报告'.
const MEETING = /在[^，。；\n]{0,60}?人民代表大会[^，。；\n]{0,30}?会议(?:上|的)/;
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085\f\v]/;

/** The share of letters that are Chinese characters: digits, punctuation and spaces count for neither. */
function chineseShare(text: string): number {
  let han = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) {
      han++;
      letters++;
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) letters++;
    else if (c >= 0xc0 && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xff00 && c <= 0xffef) && /\p{L}/u.test(text[i]!)) letters++;
  }
  return letters === 0 ? 0 : han / letters;
}

/** The lines of `text` that end within its first `chars` characters (all of them when it is shorter). */
function frontLines(text: string, chars: number): string[] {
  const lines = text.slice(0, chars).split(LINE_BREAK);
  if (text.length > chars) lines.pop();
  return lines;
}

/** A front line as a title would stand: without what dresses it, and cut before a dash that runs into the meeting line. */
const asTitle = (line: string) => line.replace(TITLE_DRESS, '').split(/—|--/, 1)[0]!.replace(/[：:。]$/, '');

const shorten = (s: string, n = 40) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** What the text of a parsed report says about whether it is a government work report. */
export function workReportEvidence(report: Report): WorkReportEvidence {
  const text = report.normalized.text;
  // Normalization may join a title to the lines around it (a scraped page's breadcrumb, the meeting line
  // after it): the lines as written are read too.
  const front = [...frontLines(text, FRONT_CHARS), ...frontLines(report.input, FRONT_CHARS)];
  const title = front.map(asTitle).find((line) => line.length <= MAX_TITLE_LINE && TITLE_LINE.test(line)) ?? null;
  const meetingLine = front.find((p) => p.length <= MAX_MEETING_LINE && MEETING.test(p));
  const salutation = SALUTATION.exec(text);
  const opening = OPENING.exec(text);
  return {
    title,
    salutation: salutation ? text.slice(salutation.index, salutation.index + 12).split('\n')[0]! : null,
    opening: opening ? opening[0] : null,
    meeting: meetingLine ? MEETING.exec(meetingLine)![0] : null,
    chinese: chineseShare(text),
    review: report.parts.some((p) => p.role === 'review'),
    plan: report.parts.some((p) => p.role === 'plan'),
  };
}

/** The marks of a work report's opening; a report shows at least two of them. */
const MARKS = [
  ['title', 'title'],
  ['salutation', 'salutation'],
  ['opening', 'opening'],
  ['meeting', 'meeting line'],
] as const;
const MIN_MARKS = 2;
/** Below this share of Chinese characters among its letters a text is not a work report (the bundled ones run above 0.99). */
const MIN_CHINESE = 0.5;

const listed = (words: readonly string[]) => (words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`);

/**
 * Why a parsed text is not a government work report, or null when it is one. It is one when the
 * evidence converges: mostly Chinese, at least two of the marks of a report's opening (the title, the
 * salutation '各位代表', the opening sentence '我代表…向大会报告工作', the meeting line '在…人民代表大会…会议上'),
 * and a part that reviews a year or plans one.
 */
export function notAWorkReport(report: Report): string | null {
  const e = workReportEvidence(report);
  const found = MARKS.filter(([key]) => e[key] !== null);
  const chinese = e.chinese >= MIN_CHINESE;
  const marked = found.length >= MIN_MARKS;
  const structured = e.review || e.plan;
  if (chinese && marked && structured) return null;
  const noStructure = "no part reviews a year or plans one (such as '一、2024年工作回顾', '二、2025年工作安排')";
  // It reads as a work report, but no part of it could be told as a review or a plan.
  if (chinese && marked) return `no report structure found: ${noStructure}`;
  const reasons: string[] = [];
  if (!chinese) reasons.push(e.chinese === 0 ? 'it has no Chinese text' : `only ${Math.round(e.chinese * 100)}% of its letters are Chinese characters`);
  if (found.length === 0) {
    reasons.push("no title, salutation, opening or meeting line of a work report (such as '2025年××市政府工作报告', '各位代表：', '我代表××市人民政府向大会报告工作', '在××市第×届人民代表大会第×次会议上')");
  } else if (!marked) {
    const [key, name] = found[0]!;
    const missing = MARKS.filter(([k]) => e[k] === null).map(([, n]) => n);
    reasons.push(`only one mark of a work report, its ${name} '${shorten(e[key]!)}' (no ${listed(missing)})`);
  }
  if (!structured) reasons.push(noStructure);
  return `not a government work report: ${reasons.join('; ')}`;
}
