import type { GovernmentLevel, ReportMeta, Witness } from './types.js';
import { conflictLine, sameGovernment, weigh } from './identity.js';
import type { Span } from '../span.js';
import { withoutYears, yearsNamed } from './roles/index.js';
import { ordinalValue } from './ordinal.js';
import { alternation } from '../../lexicon/entry.js';
import { ACTING, GOVERNMENT_ENDINGS, LEVEL_ENDINGS, MEETING_WORDS, MUNICIPALITIES, OFFICES, OTHER_OFFICES, PLACE_END, SPEAKER_LINE_WORDS } from '../../lexicon/report.js';

/** A paragraph of the front matter: normalized text and its original span. */
export interface FrontLine {
  clean: string;
  span: Span;
}

// '政府工作报告', spaced out as '政 府 工 作 报 告' (hailar-2012).
const TITLE = /工\s*作\s*报\s*告/;
const TITLE_END = /(?:人民)?政府工作报告/;
// What a title names before '政府工作报告' is the government ('北京市政府工作报告').
const TITLE_NAMED = new RegExp(`^(.*?)${TITLE_END.source}`);
// The words of a title before '政府工作报告': a year and a place ('2021年涞源县', '保定市清苑区2023年').
const TITLE_WORD = /[\u4e00-\u9fff0-9〇]/;
const MAX_TITLE_NAME = 24;
const DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/;
// '——2019年6月14日在安阳市北关区第十届人民代表大会第四次会议上', '…在上海市第十六届人民代表大会第三次会议的政府工作报告'
// Bounded: a meeting's name is short, and an unbounded lazy match is quadratic on a long line.
const MEETING = new RegExp(`在([^，。；]{1,60}?(?:${alternation([MEETING_WORDS])}))(?:上|的)`);
const OFFICE = new RegExp(`([\\u4e00-\\u9fff]{0,16}?)((?:${alternation([ACTING])})?(?:${alternation([...OFFICES, OTHER_OFFICES])}))`);
// Words around the speaker's name on the speaker line: '殷勇同志作政府工作报告', '龚正市长在…'.
const NOT_NAME = new RegExp(`${alternation([SPEAKER_LINE_WORDS])}|[-—。\\s]`, 'g');
const PERSON = /^[\u4e00-\u9fff·]{2,6}$/;
const MAX_FRONT_LINE = 200;
// '…第十届人民代表大会' names its people's congress after the government: the words before '第N届' are its name.
// '县十六届人民代表大会' (laiyuan-2021) leaves out the 第 and the name: the speaker's office names the county.
const CONGRESS_OF = /^(.*?)第?[一二三四五六七八九十]+届(全国)?人民代表大会/;
// The National People's Congress: the ninth sat first in 1998, and each sits for five years, once a year.
const NPC_SESSION = /第([一二三四五六七八九十]+)届全国人民代表大会第([一二三四五六七八九十]+)次会议/;
const FIRST_SESSION_OF_NINTH_NPC = 1998;
// '涞源县人民政府县长': the government the speaker heads.
const OFFICE_OF = /^(.{2,}?)人民政府/;

function levelOf(government: string | null, office: string | null): GovernmentLevel | null {
  if (government) {
    if (government === '国务院') return 'national';
    if (MUNICIPALITIES.words.includes(government)) return 'provincial';
    const ending = LEVEL_ENDINGS.find((e) => e.words.some((w) => government.endsWith(w)));
    if (ending) return ending.level;
  }
  if (office) return OFFICES.find((o) => o.words.some((w) => office.includes(w)))?.level ?? null;
  return null;
}

/**
 * The title in a front-matter line: the words before '政府工作报告' back to the first that is not part of
 * a name or year. A scraped page runs its breadcrumb into the title ('工作报告2021年涞源县政府工作报告时间：…').
 */
function titleIn(line: string): string {
  const flat = line.replace(/\s+/g, '');
  const m = TITLE_END.exec(flat);
  if (!m) return flat;
  let start = m.index;
  while (start > 0 && m.index - start < MAX_TITLE_NAME && TITLE_WORD.test(flat[start - 1]!) && !flat.startsWith('报告', start - 2)) start--;
  return flat.slice(start, m.index + m[0].length);
}

/** A place name of two characters or more: '县' alone names nothing. */
const placeName = (name: string | undefined) => (name && name.length >= 2 ? name : null);

// '现在，我代表顺平县人民政府向大会报告工作': the government whose report it is, in its own words.
const SPEAKS_FOR = /我代表([\u4e00-\u9fff]{2,14}?)人民政府/;
// What the congress and the opening say of the State Council.
const NPC = /全国人民代表大会/;
const SPEAKS_FOR_STATE_COUNCIL = /我代表国务院/;
// A word before an office that ends as a government's name, not a person's ('北京市市长').
const GOVERNMENT_END = new RegExp(`(?:${alternation([GOVERNMENT_ENDINGS])})$`);

/**
 * Every place that names the government: the people's congress the report is delivered to (its name is
 * the government's), the speaker's office, the opening ('我代表…人民政府'), the title. A page title is
 * what a portal filed the page under and weighs least: a page can be filed under a neighbouring county.
 */
function governmentWitnesses(meeting: string | null, title: string | null, office: string | null, opening: string): Array<Witness<string>> {
  const out: Array<Witness<string>> = [];
  const congress = meeting ? CONGRESS_OF.exec(meeting) : null;
  if (congress?.[2] || NPC.test(meeting ?? '')) out.push({ value: '国务院', source: 'congress', seen: meeting!, weight: 3 });
  else if (placeName(congress?.[1])) out.push({ value: congress![1]!, source: 'congress', seen: meeting!, weight: 3 });
  const heads = office ? OFFICE_OF.exec(office) : null;
  if (heads && PLACE_END.test(heads[1]!)) out.push({ value: heads[1]!, source: 'office', seen: office!, weight: 2 });
  const speaks = SPEAKS_FOR.exec(opening);
  if (speaks && PLACE_END.test(speaks[1]!)) out.push({ value: speaks[1]!, source: 'opening', seen: speaks[0], weight: 2 });
  else if (SPEAKS_FOR_STATE_COUNCIL.test(opening)) out.push({ value: '国务院', source: 'opening', seen: SPEAKS_FOR_STATE_COUNCIL.source, weight: 2 });
  const named = title ? TITLE_NAMED.exec(withoutYears(title)) : null;
  if (placeName(named?.[1])) out.push({ value: named![1]!, source: 'title', seen: title!, weight: 1 });
  return out;
}

// A report delivered late in a year plans the next one.
const LATE_MONTH = 11;

/**
 * Every place that names the plan year: the day the report was delivered (reports are delivered early
 * in the year they plan, a new term's in mid-year), the national congress's session
 * ('第十四届全国人民代表大会第四次会议' sits in 2026), the part headings (`headings`, read by the outline),
 * the title. The title weighs least: a page titled '…2024年政府工作报告' can hold the 2022 report, and then
 * the date and the headings together overrule it.
 */
function planYearWitnesses(title: string | null, date: string | null, meeting: string | null, headings: Witness<number> | null): Array<Witness<number>> {
  const out: Array<Witness<number>> = [];
  if (date) {
    const [year, month] = date.split('-').map(Number) as [number, number];
    out.push({ value: month >= LATE_MONTH ? year + 1 : year, source: 'date', seen: date, weight: 3 });
  }
  const npc = meeting ? NPC_SESSION.exec(meeting) : null;
  if (npc) out.push({ value: FIRST_SESSION_OF_NINTH_NPC + 5 * (ordinalValue(npc[1]!)! - 9) + ordinalValue(npc[2]!)! - 1, source: 'session', seen: meeting!, weight: 3 });
  if (headings) out.push(headings);
  const yearOfTitle = title ? (yearsNamed(title)[0]?.year ?? null) : null;
  if (yearOfTitle !== null) out.push({ value: yearOfTitle, source: 'title', seen: title!, weight: 2 });
  return out;
}

/**
 * Title, date, meeting, speaker, government and plan year from the front matter (`front`, the paragraphs
 * before the salutation '各位代表'), the opening of the speech (`opening`) and what the part headings say
 * of the plan year (`headings`); each fact from all its witnesses, weighed.
 */
export function readMeta(front: readonly FrontLine[], opening: string, headings: Witness<number> | null): ReportMeta {
  // A line that names the report whole ('2021年涞源县政府工作报告') over a breadcrumb ('工作报告').
  const short = front.filter((l) => l.clean.length <= MAX_FRONT_LINE);
  const titleLine = short.find((l) => TITLE_END.test(l.clean.replace(/\s+/g, ''))) ?? short.find((l) => TITLE.test(l.clean)) ?? null;
  const title = titleLine ? titleIn(titleLine.clean) : null;
  let meeting: string | null = null;
  let date: string | null = null;
  let speaker: string | null = null;
  let office: string | null = null;
  for (const line of front) {
    // Front matter lines are short; a long one is a paragraph of something else.
    if (line.clean.length > MAX_FRONT_LINE) continue;
    const d = DATE.exec(line.clean);
    if (d && !date) date = `${d[1]}-${d[2]!.padStart(2, '0')}-${d[3]!.padStart(2, '0')}`;
    const m = MEETING.exec(line.clean);
    if (m && !meeting) meeting = m[1]!.replace(/\s+/g, '');
    // The title line names no speaker, but may run on into the date and meeting ('政府工作报告2011年1月20日在…').
    if (line === titleLine) continue;
    // Spaces first: a title spaced out ('政 府 工 作 报 告') is still a title, not a name.
    const rest = line.clean.replace(/\s+/g, '').replace(DATE, '').replace(MEETING, '').replace(NOT_NAME, '');
    const o = OFFICE.exec(rest);
    if (o && !office) {
      const after = rest.slice(o.index + o[0].length);
      // '北京市市长殷勇': the office names its government, the name follows; '龚正市长': the name comes first.
      if (PERSON.test(after)) {
        office = o[0];
        speaker = after;
      } else if (PERSON.test(o[1]!) && !GOVERNMENT_END.test(o[1]!)) {
        office = o[2]!;
        speaker = o[1]!;
      } else {
        office = o[0];
      }
    }
  }
  const government = weigh(governmentWitnesses(meeting, title, office, opening), sameGovernment);
  const planYear = weigh(planYearWitnesses(title, date, meeting, headings), (a, b) => a === b);
  return {
    title,
    titleSpan: titleLine?.span ?? null,
    planYear: planYear.value,
    date,
    meeting,
    speaker,
    office,
    government: government.value,
    level: levelOf(government.value, office),
    witnesses: { planYear: [...planYear.agreed, ...planYear.overruled], government: [...government.agreed, ...government.overruled] },
    conflicts: [conflictLine('plan year', planYear), conflictLine('government', government)].filter((line): line is string => line !== null),
  };
}
