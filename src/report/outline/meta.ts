import type { GovernmentLevel, ReportMeta } from './types.js';
import type { Span } from '../span.js';
import { withoutYears, yearsNamed } from './roles/index.js';
import { ordinalValue } from './ordinal.js';

/** A paragraph of the front matter: normalized text and its original span. */
export interface FrontLine {
  clean: string;
  span: Span;
}

// '政府工作报告', spaced out as '政 府 工 作 报 告' (hailar-2012).
const TITLE = /工\s*作\s*报\s*告/;
const TITLE_END = /(?:人民)?政府工作报告/;
// The words of a title before '政府工作报告': a year and a place ('2021年涞源县', '保定市清苑区2023年').
const TITLE_WORD = /[\u4e00-\u9fff0-9〇]/;
const MAX_TITLE_NAME = 24;
const DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/;
// '——2019年6月14日在安阳市北关区第十届人民代表大会第四次会议上', '…在上海市第十六届人民代表大会第三次会议的政府工作报告'
// Bounded: a meeting's name is short, and an unbounded lazy match is quadratic on a long line.
const MEETING = /在([^，。；]{1,60}?(?:会议|大会))(?:上|的)/;
const OFFICE = /([\u4e00-\u9fff]{0,12}?)((?:代理|代)?(?:总理|省长|市长|区长|县长|州长|旗长|主席))/;
// Words around the speaker's name on the speaker line: '殷勇同志作政府工作报告', '龚正市长在…'.
const NOT_NAME = /同志|作政府工作报告|政府工作报告|[-—。\s]/g;
const PERSON = /^[\u4e00-\u9fff·]{2,6}$/;
const MAX_FRONT_LINE = 200;
const MUNICIPALITIES = /^(?:北京市|天津市|上海市|重庆市)$/;
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
    if (MUNICIPALITIES.test(government) || /(?:省|自治区)$/.test(government)) return 'provincial';
    if (/区$/.test(government)) return 'district';
    if (/(?:县|旗)$/.test(government)) return 'county';
    if (/(?:市|州|盟)$/.test(government)) return 'city';
  }
  if (office) {
    if (office.includes('总理')) return 'national';
    if (office.includes('省长') || office.includes('主席')) return 'provincial';
    if (office.includes('区长')) return 'district';
    if (office.includes('县长')) return 'county';
    if (office.includes('市长')) return 'city';
  }
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

function governmentOf(meeting: string | null, title: string | null, office: string | null, body: string): string | null {
  const congress = meeting ? CONGRESS_OF.exec(meeting) : null;
  if (congress?.[2] || /全国人民代表大会/.test(meeting ?? '')) return '国务院';
  const fromCongress = placeName(congress?.[1]);
  if (fromCongress) return fromCongress;
  const named = title ? /^(.*?)(?:人民)?政府工作报告/.exec(withoutYears(title)) : null;
  if (placeName(named?.[1])) return named![1]!;
  const heads = office ? OFFICE_OF.exec(office) : null;
  if (heads) return heads[1]!;
  // The opening sentence: '现在，我代表国务院，向大会报告政府工作'.
  if (/我代表国务院/.test(body)) return '国务院';
  return null;
}

/**
 * Title, date, meeting, speaker and government from the front matter (`front`, the paragraphs
 * before the salutation '各位代表') and the opening of the speech (`opening`).
 */
export function readMeta(front: readonly FrontLine[], opening: string): ReportMeta {
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
    if (line === titleLine || line.clean.length > MAX_FRONT_LINE) continue;
    const d = DATE.exec(line.clean);
    if (d && !date) date = `${d[1]}-${d[2]!.padStart(2, '0')}-${d[3]!.padStart(2, '0')}`;
    const m = MEETING.exec(line.clean);
    if (m && !meeting) meeting = m[1]!.replace(/\s+/g, '');
    const rest = line.clean.replace(DATE, '').replace(MEETING, '').replace(NOT_NAME, '');
    const o = OFFICE.exec(rest);
    if (o && !office) {
      const after = rest.slice(o.index + o[0].length);
      // '北京市市长殷勇': the office names its government, the name follows; '龚正市长': the name comes first.
      if (PERSON.test(after)) {
        office = o[0];
        speaker = after;
      } else if (PERSON.test(o[1]!) && !/[省市区县府院州]$/.test(o[1]!)) {
        office = o[2]!;
        speaker = o[1]!;
      } else {
        office = o[0];
      }
    }
  }
  const government = governmentOf(meeting, title, office, opening);
  // The plan year is the report's own: the year of its title ('2026年…政府工作报告'), else of the day it
  // was delivered (reports are delivered early in the year they plan), else of the national congress's
  // session ('第十四届全国人民代表大会第四次会议' sits in 2026).
  const yearOfTitle = title ? (yearsNamed(title)[0]?.year ?? null) : null;
  const yearOfDate = date ? Number(date.slice(0, 4)) : null;
  const npc = meeting ? NPC_SESSION.exec(meeting) : null;
  const yearOfSession = npc ? FIRST_SESSION_OF_NINTH_NPC + 5 * (ordinalValue(npc[1]!)! - 9) + ordinalValue(npc[2]!)! - 1 : null;
  return {
    title,
    titleSpan: titleLine?.span ?? null,
    planYear: yearOfTitle ?? yearOfDate ?? yearOfSession,
    date,
    meeting,
    speaker,
    office,
    government,
    level: levelOf(government, office),
  };
}
