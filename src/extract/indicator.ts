import { namesOnlyAVerb } from '../lexicon/indicators.js';
import { isCounting } from '../quantity/units.js';
import { alternation, alternationExcept, type Words } from '../lexicon/entry.js';
import * as L from '../lexicon/figures.js';

const any = (entries: readonly Words[]): string => `(?:${alternation(entries)})`;

/**
 * The indicator a figure measures: the noun phrase before it in its clause ('国内生产总值增长6%以上'
 * → '国内生产总值'), or after it when the figure comes first ('5个村整体改造项目前期工作').
 */

export interface IndicatorRead {
  name: string;
  /** Offsets of the words read, in the sentence. */
  start: number;
  end: number;
}

// Words that open a clause without naming anything: modality, time, scope and connectives. 共 is 'in all'
// only before what it totals, not in 共建/共享/共同/共治/共富 ('320个共建重点项目', sichuan-2026). 把 marks the object
// a target is set for ('把居民消费价格涨幅控制在3.5%左右', national-2014), not in 把关/把握.
const LEADING = new RegExp(
  `^(?:[、，]|${alternation(L.LEADING_FIRST)}|${any(L.BY)}?${L.YEAR}${any(L.PERIOD_END)}?|${alternation(L.LEADING_THEN)}|` +
    `${alternationExcept(L.IN_ALL, L.NOT_IN_ALL)}|${alternation(L.LEADING_LAST)}|${alternationExcept(L.OBJECT_MARK, L.NOT_OBJECT_MARK)})+`,
);
// Verbs and qualifiers between the indicator and its figure, peeled off one at a time from the end
// (可比, like 同比: '一般公共预算收入可比增长7%', qingyuan-2023; '…可比增长10.5%', laiyuan-2022; 较上年, like
// 比上年: '全省工商业电价较上年下降3分/千瓦时以上', zhejiang-2025).
const TRAILING = new RegExp(`${any(L.TRAILING)}$`);
const QUOTES = /[“”"‘’《》]/g;
// The year a figure belongs to, between the indicator and the figure: '人均地区生产总值从2020年的10.5万元
// 提高到2025年的14万元' (zhejiang-2026), '…从2015年的45.58亿元增长到…' (laiyuan-2021).
const YEAR_OF = new RegExp(`${any(L.FROM)}?${L.YEAR}${any(L.PERIOD_END)}?${any(L.OF)}?$|${any(L.FROM)}$`);
// A noun may open with one-character list items: '32个省、市重点项目' (qingyuan-2023), '一、二、三产'.
const NOUN_PHRASE_AFTER = /^(?:[\u4e00-\u9fff]、){0,3}[^，。；、：！？!?,;:（(0-9]{1,16}/;
// What may follow a figure without being the noun it counts: punctuation, bounds, 的-phrases, verbs of a new clause.
// An opening quote starts a name: '1596个“千项万亿”重大项目' (zhejiang-2026), '5个“五好两宜”和美乡村片区'.
// A count counts the noun before a conjunction: '实施6个重大科技专项和重点研发计划' (sichuan-2025), '完成城区35条
// 小街小巷道路改造及雨污分流治理工程' (laiyuan-2021). The evidence keeps the whole phrase; 和美, 和谐 are words.
const CONJOINED = new RegExp(`(?:${alternationExcept(L.AND, L.NOT_AND)}|${alternation(L.ALSO)}).*$`);
const WITH_AT_END = new RegExp(`${any(L.WITH)}$`);
const NOT_A_NOUN_AFTER = new RegExp(`^(?:[^\\u4e00-\\u9fff“]|${alternation(L.NOT_A_NOUN_AFTER)})`);
// A count of a task names the task after 的: '努力完成4000户的改造任务' (hailar-2018), '完成800户的改造任务'
// (hailar-2019), '全面完成了13672户的年度改造任务' (hailar-2016). A 目标任务 is the figure's own (城镇新增就业1.2万人的目标任务).
const TASK_AFTER = new RegExp(`^${any(L.OF)}((?!${alternation(L.GOAL)})[\\u4e00-\\u9fff]{1,8}?)${any(L.TASK)}`);

/**
 * Where the head of 'A、B、C等X' starts, or 0: the items are examples and X is what is measured
 * ('…HB26号路等7条道路' counts 道路). A head too short to name anything ('…等增幅均超过10%') keeps the list.
 */
const AND_SO_ON = L.AND_SO_ON[0]!.words[0]!;
function listHead(words: string): number {
  const listed = words.lastIndexOf(AND_SO_ON);
  if (listed < 0 || !words.slice(0, listed).includes('、')) return 0;
  return GENERIC_HEAD.test(words.slice(listed + AND_SO_ON.length).replace(TRAILING, '')) ? 0 : listed + AND_SO_ON.length;
}

// Heads that name no indicator of their own: '均衡性转移支付、…奖补资金等增幅均超过10%'.
const GENERIC_HEAD = new RegExp(`^${any(L.GENERIC_HEAD)}$`);

export function cleanName(words: string): string {
  // 'A、B、C等X': the items are examples, X is what is measured ('…HB26号路等7条道路' counts 道路).
  if (listHead(words) > 0) words = words.slice(listHead(words));
  let name = words.replace(QUOTES, '').replace(LEADING, '');
  for (let previous = ''; previous !== name; ) {
    previous = name;
    name = name.replace(TRAILING, '').replace(YEAR_OF, '');
  }
  return name.trim();
}

// A name this short is a verb or a scope, not an indicator: '严守18亿亩耕地红线' names 耕地红线.
const SHORT_NAME = 2;

/**
 * Reads the indicator of a figure at `[qStart, qEnd)` of `text`, looking back no further than `from`
 * (the start of its clause, or the end of the figure before it in the same clause).
 */
export function readIndicator(text: string, from: number, qStart: number, qEnd: number, unit: string): IndicatorRead | null {
  const lead = text.slice(from, qStart);
  const name = cleanName(lead);
  // '实施320个重大项目', '5个村整体改造项目前期工作': a count names what it counts after it; a figure
  // with no words before it names its noun after it ('将2.8万亿元中央财政资金纳入直达机制').
  const task = isCounting(unit) ? TASK_AFTER.exec(text.slice(qEnd)) : null;
  const after = task ?? (NOT_A_NOUN_AFTER.test(text.slice(qEnd)) ? null : NOUN_PHRASE_AFTER.exec(text.slice(qEnd)));
  const read = task ? cleanName(task[1]!) : after ? cleanName(after[0].replace(CONJOINED, '').replace(WITH_AT_END, '')) : '';
  // A verb alone after the figure ('投资8000万元实施10公里…') names nothing: it opens the next item.
  const noun = namesOnlyAVerb(read) && !task ? '' : read;
  if (name.length >= 2) {
    // A name that is only a verb ('保持2300万省外劳动力', zhejiang-2025) is named by the noun after, whatever the unit.
    // A name too short to be an indicator takes the noun after its figure too.
    const counts = (isCounting(unit) || namesOnlyAVerb(name) || name.length <= SHORT_NAME) && noun !== '';
    return { name: counts ? name + noun : name, start: from + wordsStart(lead), end: counts ? qEnd + after![0].length : qStart };
  }
  // A task's evidence keeps the verb before its figure: '努力完成4000户的改造任务'.
  return noun.length >= 2 ? { name: noun, start: task ? from + wordsStart(lead) : qStart, end: qEnd + after![0].length } : null;
}

// A list whose items each give a figure, then the noun it measures: '确保中心城区68公里供水、15公里雨水管网二期工程按期竣工'
// (hailar-2014), '实施了中心城区26公里供水、117公里供热、20公里燃气管网铺设' (hailar-2015), '11公里污水管网、16公里雨水管网'
// (hailar-2012), '建设1500万亩小麦、2000万亩玉米高产示范区' (henan-2025).
const ITEM_NOUN = /^([\u4e00-\u9fff]{2,8})、$/;

/**
 * The noun that follows a figure and closes its item of a list, when the next item opens with a figure:
 * '供水' in '68公里供水、15公里…'. It is that figure's, not the next one's.
 */
export function itemNoun(between: string): string | null {
  const noun = ITEM_NOUN.exec(between)?.[1];
  return noun && !NOT_A_NOUN_AFTER.test(noun) && !namesOnlyAVerb(noun) ? noun : null;
}

// What opens a name without naming anything: a deadline ('6月底前'), a modal, a scope or manner, a verb of doing.
const NAMES_NOTHING = new RegExp(
  `^(?:[0-9]{1,2}${any(L.MONTH)}${any(L.PERIOD_END)}?${any(L.BEFORE)}?|${alternation(L.NAMES_NOTHING_OPENING)})*${any(L.NAMES_NOTHING_VERB)}?$`,
);

/** Whether a name read before a figure names nothing of its own ('重点实施', '6月底前要全面完成'). */
export function namesNothing(name: string): boolean {
  return NAMES_NOTHING.test(name) || namesOnlyAVerb(name);
}

/** Where a figure's words start: after the opening words LEADING strips (and any quote or space before them). */
function wordsStart(lead: string): number {
  const from0 = listHead(lead);
  const skipped = from0 + /^[\s“"‘《]*/.exec(lead.slice(from0))![0].length;
  return skipped + (LEADING.exec(lead.slice(skipped))?.[0].length ?? 0);
}

/** '新能源汽车、集成电路、工业机器人产量分别增长49.8%、11.9%、36.4%': the items of a 分别 list, one per figure. */
const URBAN_AND_RURAL = new RegExp(`^${any(L.URBAN_AND_RURAL)}`);
const [URBAN, RURAL] = L.URBAN_THEN_RURAL[0]!.words as [string, string];
const LIST_ITEM_BREAK = new RegExp(alternation(L.LIST_ITEM_BREAK));
const INDUSTRY_ITEM = new RegExp(`^${any(L.INDUSTRY_ORDINAL)}${any(L.INDUSTRY)}(.*)$`);
const INDUSTRY_ORDINAL = new RegExp(`^${any(L.INDUSTRY_ORDINAL)}$`);
const INDUSTRY = L.INDUSTRY[0]!.words[0]!;

export function splitRespectively(name: string, count: number): string[] | null {
  // '城乡居民人均可支配收入分别增长4.4%、5.6%' (sichuan-2026), '…分别达6.9万元、3.4万元' (jiangsu-2026):
  // 城乡 is 城镇 then 农村.
  if (count === 2 && URBAN_AND_RURAL.test(name)) return [name.replace(URBAN_AND_RURAL, URBAN), name.replace(URBAN_AND_RURAL, RURAL)];
  const items = name.split(LIST_ITEM_BREAK).filter(Boolean);
  if (items.length !== count) return null;
  // '一、二、三产增加值': the last item's head belongs to every item before it.
  const last = items.at(-1)!;
  const head = INDUSTRY_ITEM.exec(last)?.[1];
  return head !== undefined && items.slice(0, -1).every((i) => INDUSTRY_ORDINAL.test(i)) ? [...items.slice(0, -1).map((i) => `${i}${INDUSTRY}${head}`), last] : items;
}
