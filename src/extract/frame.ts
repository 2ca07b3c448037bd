/**
 * A figure read as a frame, once, where it is extracted: what it measures (the subject, its head
 * noun and the modifiers that make it another indicator), the kind of measure, whether it counts what
 * was done in the period (a flow) or what stands at its end (a stock), and the period it covers.
 * Linking compares frames; it never re-reads the sentence.
 */
import { bareName, FLOW_VERB, modifiersOf, namesNoIndicator, namesOnlyAVerb } from '../lexicon/indicators.js';
import { breaksClause, CLAUSE_BREAK, clauseStart, MAX_CLAUSE } from '../quantity/index.js';
import { isCounting, isDuration, splitUnit } from '../quantity/units.js';
import type { Direction, QuantityKind } from '../quantity/types.js';
import { cleanName } from './indicator.js';
import { alternation, type Words } from '../lexicon/entry.js';
import * as L from '../lexicon/figures.js';
import { FINISHED, STARTED } from '../lexicon/linking.js';
import type { CleanFigure, Frame, FrameWords, Measure, Period, Stage } from './types.js';

// Figures that cover several years, when their own clause or list item says so: '年均浓度' in an
// earlier item does not make '新增公园127座' multi-year (shanghai-2026), '累计达到61万套' is the level at
// the end (shanghai-2026), '创有监测记录以来最好水平' names no period.
const any = (entries: readonly Words[]): string => `(?:${alternation(entries)})`;
const MULTI_YEAR = new RegExp(
  `${alternation(L.MULTI_YEAR)}|${L.FIVE_YEAR_PLAN}|${alternation(L.DURING)}|(?:${alternation(L.SINCE_FROM)}|${L.YEAR})[^，；。]{0,12}${any(L.SINCE)}`,
);
// '累计新增…' sums years; '累计达到' is where the sum stands at the end ('…累计分别达到1522家、103家', shanghai-2025).
const CUMULATIVE = new RegExp(`${any(L.CUMULATIVE)}(?!${any(L.RESPECTIVELY)}?${any(L.REACHES)})`);
const ITEM_BREAK = /[，,；;：:。！？!?、]/;
// In a five-year passage, flows (what was built, added, trained) and movements (增长, 下降) sum the
// years; a level or stock at the end of the period ('常住人口城镇化率60%', '突破1万公里') is the last year's own.
const MOVEMENT = new RegExp(alternation(L.MOVEMENT));
// A level held through a five-year passage describes every year of it, not its end: '粮食总产量稳定在550亿斤
// 左右' (hubei-2026), '粮食年产量稳定在700亿斤以上', '民生支出占比稳定在65%以上' (sichuan-2026), '民生财政支出
// 占比保持在75%以上' (hubei-2026), '民间投资占比稳定在60%以上' (jiangsu-2026).
const HELD = new RegExp(alternation(L.HELD));


/** What a frame is read from: the figure and its words, as extracted. */
export interface FigureWords {
  indicator: string;
  kind: QuantityKind;
  unit: string;
  direction: Direction;
  horizon: 'year' | 'multi-year';
  clean: CleanFigure;
}

/** The whole clause holding a figure: a verb or shared noun may follow it ('26座…公共厕所投入使用'). */
function clauseAround(sentence: string, at: number): string {
  let end = at;
  while (end < Math.min(sentence.length, at + MAX_CLAUSE) && !breaksClause(sentence, end)) end++;
  return sentence.slice(clauseStart(sentence, at), end);
}

// Flow verbs that name a class of people or places, not an act: '240万省外脱贫劳动力' (zhejiang-2025),
// '脱贫地区', '脱贫攻坚', '脱贫人口' (national, laiyuan).
const NOT_AN_ACT = new RegExp(`${any(L.LIFTED)}(?=${alternation(L.LIFTED_CLASS)})`, 'g');

// The words right after a figure that name what it counts ('5个“五好两宜”和美乡村片区').
const AFTER_FIGURE = 16;

/** The words of the clause before the one holding offset `at`, up to their first figure ('安排重大项目'). */
function previousClause(sentence: string, at: number): string {
  const end = clauseStart(sentence, at);
  if (end === 0 || !breaksClause(sentence, end - 1)) return '';
  return sentence.slice(clauseStart(sentence, end - 1), end - 1).split(/[0-9]/)[0]!;
}

/** The words right after the figure, up to the clause's end (a bounded way), quotes dropped. */
function nounAfter(sentence: string, figureInSentence: number, figure: string): string {
  const at = figureInSentence + figure.length;
  // Up to the next figure too: '2300万省外劳动力和240万省外脱贫劳动力' names 省外劳动力 (zhejiang-2025).
  return sentence.slice(at, at + AFTER_FIGURE).split(CLAUSE_BREAK)[0]!.split(/[0-9]/)[0]!.replace(/[“”]/g, '');
}

// A percentage after these is a level ('提高到65%').
const LEVEL_BEFORE = new RegExp(`${any(L.LEVEL_BEFORE)}$`);
const MONEY = new RegExp(`${any(L.MONEY)}$`);
// '达到112家', '增至18.8万个', '总数达1136个': a bound word ('超过', '突破') may stand between.
const REACHED = new RegExp(`${any(L.LEVEL_REACHED)}[^，；。、0-9]{0,3}$`);

function measureOf(w: FigureWords): Measure {
  const percentLike = w.kind === 'percent' || w.kind === 'points';
  // A level that happens to be a percentage ('失业率5.1%', '提高到65%') is not a rise.
  if (percentLike && w.direction !== 'level' && !LEVEL_BEFORE.test(w.clean.text.slice(0, w.clean.figureInText))) return 'growth';
  if (percentLike || w.kind === 'permille' || w.kind === 'fraction') return 'share';
  if (w.kind !== 'amount') return 'level';
  const base = splitUnit(w.unit)[1];
  if (MONEY.test(base)) return 'amount';
  if (isDuration(base)) return 'duration';
  return isCounting(base) ? 'count' : 'level';
}

/** Where the 、-list item holding a figure at `at` starts and ends in its sentence (at the breaks around it). */
function itemAround(sentence: string, at: number, length: number): { start: number; end: number } {
  // No further than a clause reaches (MAX_CLAUSE): a sentence of figures with no break is not read whole for each.
  let start = at;
  while (start > Math.max(0, at - MAX_CLAUSE) && !ITEM_BREAK.test(sentence[start - 1]!)) start--;
  let end = at + length;
  while (end < Math.min(sentence.length, at + length + MAX_CLAUSE) && !ITEM_BREAK.test(sentence[end]!)) end++;
  return { start, end };
}

/** The words of a figure's clause before its own 、-list item: '累计完成林分优化1105万亩、' for '森林抚育1111万亩'. */
function itemsBefore(sentence: string, itemStart: number): string {
  return sentence.slice(clauseStart(sentence, itemStart), itemStart);
}

function periodOf(w: FigureWords): Period {
  const { sentence, figureInSentence, figure } = w.clean;
  const { start } = itemAround(sentence, figureInSentence, figure.length);
  const item = sentence.slice(start, figureInSentence + figure.length);
  // 累计 in the first item of a clause sums every item of its 、-list: '累计完成林分优化1105万亩、森林抚育1111万亩', '累计建设
  // 24个国家现代农业产业园、12个国家优势特色产业集群' (guangdong-2026), '累计创建42个示范村、22个示范片区' (beijing-2026);
  // in a later item only its own ('新增城镇就业1.2万人、累计转移农村劳动力3.5万人、城镇调查失业率…').
  const firstItem = itemsBefore(sentence, start).split('、')[0]!;
  if (CUMULATIVE.test(item) || CUMULATIVE.test(firstItem)) return 'cumulative';
  if (MULTI_YEAR.test(item)) return 'multi-year';
  if (w.horizon === 'year') return 'year';
  const words = `${w.indicator}${w.clean.text}`;
  return FLOW_VERB.test(words) || MOVEMENT.test(words) || HELD.test(words) ? 'multi-year' : 'end-of-period';
}

// Subjects that are people: a bare magnitude after them counts persons ('易地扶贫搬迁人口超过240万',
// national-2017; '…外来劳动力和240万…', zhejiang-2025).
// An act and a task word may follow them: '1000万以上农村贫困人口脱贫任务' (national-2016).
const PEOPLE = new RegExp(`${any(L.PEOPLE)}${any(L.PEOPLE_ACT)}?${any(L.TASK_WORD)}?$`);
const PERSON_UNIT = L.PERSONS[0]!.words[0]!;

/** The unit of what is measured: as written, with the base a subject of people implies for a bare magnitude ('240万' → '万人'). */
function unitOf(w: FigureWords, subject: string): string {
  const [factor, base] = splitUnit(w.unit);
  return base === '' && factor !== 1 && PEOPLE.test(subject) ? `${w.unit}${PERSON_UNIT}` : w.unit;
}

const RATE_WORD = new RegExp(`${any(L.RATE_WORD)}$`);

// A head noun is the end of the name (Chinese noun phrases end in their head): '海洋生产总值' → '总值';
// acts and measures after it are not it: '信号灯联网' (beijing-2025), '实验室优化重组' (sichuan-2025),
// '社会融资规模增量' (henan-2025), '农村公路改造' are about 信号灯, 实验室, 社会融资规模, 公路.
const HEAD = 2;
const AFTER_HEAD = new RegExp(`${any(L.AFTER_HEAD)}$`);

/** The head noun of a name: its last characters once acts and measures after it are off. */
function headOf(name: string): string {
  let bare = name;
  while (AFTER_HEAD.test(bare) && bare.replace(AFTER_HEAD, '').length >= HEAD) bare = bare.replace(AFTER_HEAD, '');
  return bare.slice(-HEAD);
}

// Works counted at their start and at their end are different counts: '年内启动博泰机械、强力水泥等8家企业迁建工作'
// (hailar-2015) is not reported by '5家企业完成迁建工作' (hailar-2016), nor '保障性安居工程新安排740万套' (national-2015)
// by '基本建成772万套' (national-2016). Money spent ('完成投资') and rates have no stage.

/** The stage of the works named by some words, or null when they say neither or both. */
function stageIn(words: string): Stage | null {
  const started = STARTED.test(words);
  const finished = FINISHED.test(words);
  return started === finished ? null : started ? 'start' : 'finish';
}

/**
 * The stage of the works a count or level counts: read from the figure's own 、-list item ('开工5200套、基本建成3000套'),
 * else from a verb opening the list it closes when no other figure stands between ('年内启动博泰机械、强力水泥等8家企业…').
 */
function stageOf(w: FigureWords, measure: Measure): Stage | null {
  if (measure !== 'count' && measure !== 'level') return null;
  const { sentence, figureInSentence, figure } = w.clean;
  const { start, end } = itemAround(sentence, figureInSentence, figure.length);
  const before = itemsBefore(sentence, start);
  return stageIn(sentence.slice(start, end)) ?? (/[0-9]/.test(before) ? null : stageIn(before));
}

/** The words around a figure that linking compares. */
function wordsAround({ clean }: FigureWords): FrameWords {
  const { text, sentence, figureInSentence, figure, figureInText } = clean;
  return {
    before: text.slice(0, figureInText),
    clauseBefore: sentence.slice(clauseStart(sentence, figureInSentence), figureInSentence),
    clause: clauseAround(sentence, figureInSentence),
    after: nounAfter(sentence, figureInSentence, figure),
  };
}

const YEAR_NAMED = /((?:19|20)\d{2})年/g;

/** The years named in a figure's clause up to the figure ('到2027年', '力争2027年'). */
function yearsNamed({ clean }: FigureWords): number[] {
  const end = clean.figureInSentence + clean.figure.length;
  const clause = clean.sentence.slice(clauseStart(clean.sentence, end), end);
  return [...clause.matchAll(YEAR_NAMED)].map((m) => Number(m[1]));
}

/**
 * The words that may hold the act a figure counts: its own 、-list item, where the verb may stand before the
 * figure, outside the name ('完成1万家规上工业企业数智化转型', hubei-2025), or after it ('26座水冲式公共厕所…投入使用',
 * hailar-2019); and the words opening the list when no other figure stands between ('新建A 5个、B 3个'). Another
 * item's verb is not its act: '城镇新增就业1269万人、城镇调查失业率5.1%' adds no unemployment.
 */
function actWords({ clean }: FigureWords): string {
  const { sentence, figureInSentence, figure } = clean;
  const { start, end } = itemAround(sentence, figureInSentence, figure.length);
  const before = itemsBefore(sentence, start);
  return `${sentence.slice(start, end)}${/[0-9]/.test(before) ? '' : before}`;
}

/** Reads the frame of a figure from its words. */
export function readFrame(w: FigureWords): Frame {
  const { sentence, figureInSentence, figure } = w.clean;
  const flow = FLOW_VERB.test(`${w.indicator}${actWords(w)}`.replace(NOT_AN_ACT, ''));
  // A name that is only a verb ('打造5个…') has its noun after the figure.
  const verbOnly = namesOnlyAVerb(w.indicator);
  const unit = unitOf(w, w.indicator);
  const measure = measureOf({ ...w, unit });
  // A rate's measure word is not what it measures: '新增市场主体增长率' is about 经营主体.
  const words = verbOnly ? nounAfter(sentence, figureInSentence, figure) : measure === 'growth' ? w.indicator.replace(RATE_WORD, '') : w.indicator;
  // A name that is only money or a kind of thing is about what the clause before names: '推进重大工程建设，
  // 全年完成投资2400亿元' (shanghai-2025), '安排重大项目1000个以上，完成年度投资1万亿元以上' (zhejiang-2025).
  const borrowed = namesNoIndicator(words);
  const name = borrowed ? bareName(`${cleanName(previousClause(sentence, figureInSentence))}${words}`) : bareName(words);
  return {
    subject: { name, head: headOf(name), modifiers: modifiersOf(w.indicator), verbOnly, borrowed },
    measure,
    unit,
    flow,
    reached: REACHED.test(w.clean.text.slice(0, w.clean.figureInText)),
    period: periodOf(w),
    stage: stageOf(w, measure),
    words: wordsAround(w),
    years: yearsNamed(w),
  };
}
