import type { PlacedQuantity } from '../quantity/index.js';
import { isDuration } from '../quantity/units.js';
import { alternation, alternationExcept, type Words } from '../lexicon/entry.js';
import * as L from '../lexicon/figures.js';

/** A group matching any of the entries' words, in their order. */
const any = (entries: readonly Words[]): string => `(?:${alternation(entries)})`;

/**
 * Figures that are quantities but not targets or outcomes of the report: what a sentence compares
 * against, the scope a rule applies to, the size of a list it names. `lead` is the clause before the
 * figure, `after` the text that follows it in the sentence.
 */
export interface FigureContext {
  lead: string;
  /** The whole clause before the figure, its opening words ('今年', '力争') kept. */
  opening: string;
  after: string;
  /** How many figures the sentence gives before this one. */
  figuresBefore: number;
}

type Rule = (q: PlacedQuantity, c: FigureContext) => string | null;

// Inside a plan: '比去年预算高0.2个百分点', '去年…' — a number about the past, given for comparison.
const PAST = new RegExp(alternation(L.PAST));
// A change against last year is the target itself when nothing before it in the sentence is a figure:
// '力争全省工商业电价较上年下降3分/千瓦时以上' (zhejiang-2025). After a figure it restates that one, as the
// gold's conventions read it: '今年拟安排财政赤字13500亿元，比上年增加1500亿元' (national-2014), '财政赤字拟安排
// 2.18万亿元，比去年增加5600亿元' (national-2016), '…比去年增加2000亿元' (national-2017).
const CHANGE_ON_LAST_YEAR = new RegExp(`${any(L.COMPARED_WITH)}${any(L.LAST_YEAR)}${any(L.CHANGE_ON_LAST_YEAR)}$`);
// '从月销售额10万元提高到15万元': the starting point of a change.
const FROM = new RegExp(`${any(L.FROM)}[^，。；]{0,12}$`);
const TO_LATER = new RegExp(`^[^，。；]{0,16}?${any(L.CHANGE_TO)}?${any(L.TO)}`);
// Money thresholds that name a class of things: '营收1亿元以上企业', '年应纳税所得额不到100万元的部分'.
const NOUN_AFTER = /^[\u4e00-\u9fff]/;
const NOT_A_NOUN = new RegExp(`^${any(L.NOT_A_NOUN)}`);
// After a verb, 'N以上的X' is the target itself: '覆盖80%以上的大城市' (national-2016), '推动60%以上的县级
// 特困供养机构三级达标' (henan-2026); after an attribute it is a scope ('年运量150万吨以上的物流园区').
// ('对年主营业务收入达到2000万元以上的企业给予奖励': 达到, like 支持, introduces a class, and is left out).
const ACTS_ON = new RegExp(`${any(L.ACTS_ON)}$`);

// Units of an age, a slope or a height: with a bound and a noun after, they name a class of things, whatever
// verb stands before ('全面完成20年以上电梯更新', zhejiang-2025; '25度以上坡耕地').
const CLASS_UNIT = new RegExp(`^${any(L.CLASS_UNIT)}$`);
// Attributes a bare magnitude may measure to name a class: '培育…城区人口超50万县' (henan-2025), '营收超10亿…'.
const CLASS_ATTRIBUTE = new RegExp(`${any(L.CLASS_ATTRIBUTE)}${any(L.CLASS_BOUND)}?$`);
// Durations that name a regime or a concept, not an amount to deliver: '郑州航空口岸240小时过境免签政策'
// (henan-2025), '用好240小时过境免签' (sichuan-2025), '持续推动公园24小时开放' (shanghai-2025), '打造15分钟便民
// 生活圈' (national, beijing, shanghai), '城市12分钟急救圈' (jiangsu-2026), '重点工业污染源实行24小时在线监控'.
const REGIME = new RegExp(`^(?:[\\u4e00-\\u9fff“”]{0,8}${any(L.RING)}|${alternation(L.REGIME)})`);
const REGIME_UNIT = new RegExp(`^${any(L.REGIME_UNIT)}$`);
// A plant named right after its capacity in tonnes: '700万吨露天矿', '50万吨饲料厂' (not 厂房, a building).
const PLANT = new RegExp(`^[\\u4e00-\\u9fff]{0,4}?(?:${alternationExcept(L.PLANT, L.NOT_A_PLANT)})`);
// A plant or project named after an annual capacity (年产): '…针织面料产业示范园', '…碳化硅单晶衬底项目'; '新增年产500吨
// 食用菌' is an output.
const NAMED_PLANT = new RegExp(`^[\\u4e00-\\u9fff]{0,12}?(?:${alternationExcept(L.NAMED_PLANT, L.NOT_A_PLANT)})`);
// The small words the rules below read: a bound that makes a class, 的 after a figure, a list's last joiner,
// a bare magnitude, years said roughly, an annual capacity, tonnes, a denominator, a focus.
const CLASS_BOUND = new RegExp(`${any(L.ABOVE_OR_BELOW)}$`);
const OF_AFTER = new RegExp(`^${any(L.OF)}`);
const LIST_JOINER = new RegExp(any(L.LIST_JOINER));
const CLASS_MAGNITUDE = new RegExp(`^${any(L.CLASS_MAGNITUDE)}$`);
const YEARS = new RegExp(`^${any(L.YEARS)}$`);
const ROUGHLY = new RegExp(any(L.ROUGHLY));
const ANNUAL_OUTPUT = new RegExp(`${any(L.ANNUAL_OUTPUT)}$`);
const TONNES = new RegExp(`${any(L.TONNES)}$`);
const PER = new RegExp(`${any(L.PER)}$`);
const FOCUS = new RegExp(`${any(L.FOCUS)}$`);
const MONEY = new RegExp(`${any(L.MONEY)}$`);
const PIECES = new RegExp(`${any(L.PIECES)}$`);
const WITHIN = new RegExp(`(?!${any(L.WITHIN_BOUND)})[\\s\\S]${any(L.WITHIN)}$`);

const COMMON: ReadonlyArray<[string, Rule]> = [
  ['ratio', (q) => (q.kind === 'ratio' ? 'a ratio is a structure, not a target or result' : null)],
  ['baseline', (_, c) => (FROM.test(c.lead) && TO_LATER.test(c.after) ? 'the starting point of a change (从…到…)' : null)],
  [
    'scope',
    (q, c) => {
      const bound = q.comparator === 'at_least' || q.comparator === 'at_most';
      if (bound && OF_AFTER.test(c.after) && !ACTS_ON.test(c.lead)) return 'the scope of a rule (…以上的/不到…的)';
      if (CLASS_BOUND.test(q.clean) && MONEY.test(q.unit) && NOUN_AFTER.test(c.after) && !NOT_A_NOUN.test(c.after)) return 'a size class (…亿元以上企业)';
      // '公交与轨道50米内换乘比例': a distance that defines the indicator. A time is a deadline: '力争两年内让全区
      // 所有村庄实现户户通硬化路' (beiguan-2019), '两年内实现农村稳定可靠供电服务…全覆盖' (national-2016).
      if (WITHIN.test(q.clean) && NOUN_AFTER.test(c.after) && !isDuration(q.unit)) return 'the scope of an indicator (…米内)';
      return null;
    },
  ],
  [
    'list size',
    // '钢铁、有色、化工、建材4个重点行业': the count of a list just given in full (no 等), its last item
    // standing right before the number.
    (q, c) => {
      const lastItem = /、([\u4e00-\u9fff]{1,4})$/.exec(c.lead)?.[1];
      return PIECES.test(q.unit) && lastItem && !LIST_JOINER.test(lastItem) && NOUN_AFTER.test(c.after) && !NOT_A_NOUN.test(c.after)
        ? 'the size of a list given in full'
        : null;
    },
  ],
  [
    'class',
    (q, c) => {
      const bound = q.comparator === 'at_least' || q.comparator === 'at_most';
      if (!bound || !NOUN_AFTER.test(c.after) || NOT_A_NOUN.test(c.after)) return null;
      // '两年内让…' is a deadline: only 以上/以下 make an age a class.
      if (CLASS_UNIT.test(q.unit) && CLASS_BOUND.test(q.clean)) return 'a class of things by age, slope or height (20年以上电梯)';
      return CLASS_MAGNITUDE.test(q.unit) && CLASS_ATTRIBUTE.test(c.lead) ? 'a class of things by size (城区人口超50万县)' : null;
    },
  ],
  // Years said roughly (多, 余) are how long something has lasted, never a deadline or a result: '中国改革开放30多年的
  // 辉煌成就' (national-2016), '经营了40多年' (beiguan-2019), '十余年不能回迁的群众' (qingyuan-2023). Days of work
  // are a result: '20多天拆迁800多户' (beiguan-2019).
  ['lasted', (q) => (YEARS.test(q.unit) && ROUGHLY.test(q.clean) ? 'how long something has lasted (改革开放30多年)' : null)],
  ['regime', (q, c) => (REGIME_UNIT.test(q.unit) && REGIME.test(c.after) ? 'a regime or concept named by a duration (240小时过境免签, 15分钟生活圈)' : null)],
  // A capacity that names a plant or a project: '加快推进中信年产8万吨针织面料产业示范园' (beiguan-2019), '年产10万片碳化硅
  // 单晶衬底项目', '年产5万吨有机肥厂建设完成' (laiyuan-2021, 2022), '大唐700万吨露天矿' (hailar-2012…2016), '50万吨饲料厂'
  // (laiyuan-2021). What is promised is the plant's start or completion; '年产黑木耳1000吨以上' is an output.
  ['capacity', (q, c) => ((ANNUAL_OUTPUT.test(c.lead) && NAMED_PLANT.test(c.after)) || (TONNES.test(q.unit) && PLANT.test(c.after)) ? 'a capacity naming a plant (年产8万吨…示范园)' : null)],
  // '配置AED达每10万人45台' (zhejiang-2025), '每万人口…': the denominator of a rate.
  ['per capita', (_, c) => (PER.test(c.lead) ? 'the denominator of a rate (每10万人)' : null)],
  // '聚焦28条重点产业链': the field a task works in, not an amount to deliver.
  ['focus', (_, c) => (FOCUS.test(c.lead) ? 'the scope of focus (聚焦…)' : null)],
];

// '今年高校毕业生将高达765万人' (national-2016): what is expected to happen, not what is promised.
// '常住人口城镇化率将达到65%' is a target: only 将高达 and 预计 forecast.
const FORECAST = new RegExp(`${any(L.FORECAST)}$`);
// The size of the year's cohort of graduates, a fact every national plan restates before its task: '今年高校毕业生将达
// 727万人，要开发更多就业岗位' (national-2014), '今年高校毕业生749万人，为历史最高' (national-2015), '…将高达765万人'
// (national-2016), '…795万人，再创历史新高' (national-2017), '今年高校毕业生超过1000万人' (national-2022).
const COHORT = new RegExp(
  `^${any(L.THIS_YEAR)}${any(L.WHOLE_SCOPE)}?${any(L.GRADUATES_OF)}?${any(L.GRADUATES)}${any(L.HEADCOUNT)}?${any(L.COHORT_VERB)}?$`,
);
// '保障好14亿人的粮食安全' (national-2021): the people a task serves, not an amount to deliver.
const PEOPLE_SERVED = new RegExp(`${any(L.PERSONS)}$`);
// '完成城镇新增就业1.2万人的目标任务' is the target itself.
const SERVED_BY = new RegExp(`^${any(L.OF)}(?!${alternation(L.GOAL_OR_TASK)})`);

// The people or firms a task is for or draws on: '重点面向全省两百多万…小微企业' (hubei-2025), '只要我们勠力同心
// 汇聚8500万江苏人民的奋进力量' (jiangsu-2025).
const AUDIENCE = new RegExp(`${any(L.AUDIENCE)}${any([...L.WHOLE_SCOPE, ...L.WHOLE_COUNTY])}?$`);

const PLAN_ONLY: ReadonlyArray<[string, Rule]> = [
  ['audience', (_, c) => (AUDIENCE.test(c.lead) ? 'the people a task is for (面向全省…)' : null)],
  [
    'past',
    (_, c) => (PAST.test(c.lead) && !(CHANGE_ON_LAST_YEAR.test(c.lead) && c.figuresBefore === 0) ? 'a figure about the past, for comparison' : null),
  ],
  ['forecast', (_, c) => (FORECAST.test(c.lead) ? 'a forecast, not a commitment (将高达…)' : null)],
  ['cohort', (_, c) => (COHORT.test(c.opening) ? "the size of the year's cohort (今年高校毕业生…)" : null)],
  // '完成城镇新增就业1.2万人的目标任务' is the target itself.
  ['people served', (q, c) => (PEOPLE_SERVED.test(q.unit) && SERVED_BY.test(c.after) ? 'the people a task serves (…亿人的)' : null)],
];

/** Why a quantity of a plan part is not a target, or null. */
export function notATarget(q: PlacedQuantity, c: FigureContext): string | null {
  for (const [, rule] of [...PLAN_ONLY, ...COMMON]) {
    const reason = rule(q, c);
    if (reason) return reason;
  }
  return null;
}

/** Why a quantity of a review part is not an outcome, or null. */
export function notAnOutcome(q: PlacedQuantity, c: FigureContext): string | null {
  for (const [, rule] of COMMON) {
    const reason = rule(q, c);
    if (reason) return reason;
  }
  return null;
}
