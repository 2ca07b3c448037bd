/**
 * The words extraction reads figures by, as data: what opens and closes an indicator's name, the cues of
 * a figure that is no target or outcome (a comparison, a scope, a class, a forecast), the words of a
 * period, and the stretch of a target. Each entry quotes a sentence of a report where its words stand in
 * that role. `src/extract` builds its regular expressions from these entries with `alternation`, in the
 * order listed here (where one word starts another, the longer comes first).
 */
import type { Words } from './entry.js';


/** The shape of a year ('2025年', '2018年以来'): a pattern, not a word list. */
export const YEAR = '(?:19|20)\\d\\d年';

/** The shape of a five-year plan's name ('十四五', '“十三五”时期'): a pattern, not a word list. */
export const FIVE_YEAR_PLAN = '十[一二三四五六七八九]五';

// ---------------------------------------------------------------------------------------------------
// Shared small words
// ---------------------------------------------------------------------------------------------------

/** Where a change starts: '从月销售额10万元提高到15万元'. */
export const FROM: readonly Words[] = [
  { words: ['从', '由'], example: '县城规划面积由6平方公里扩大到27平方公里', source: 'fuping-2020.txt' },
];

/** The end of a year or month ('2025年底', '6月底前'). */
export const PERIOD_END: readonly Words[] = [
  { words: ['底', '末'], example: '确保6月底前全部整改到位', source: 'fuping-2021.txt' },
];

/** Scopes of a whole government ('今年全省高校毕业生…'). */
export const WHOLE_SCOPE: readonly Words[] = [
  { words: ['全国', '全省', '全市', '全区'], example: '重点面向全省两百多万高校师生', source: 'hubei-2025.txt' },
];

/** A county's whole scope, after the others. */
export const WHOLE_COUNTY: readonly Words[] = [{ words: ['全县'], example: '全县地区生产总值增长7%左右', source: 'fuping-2020.txt' }];

/** The year past, named against the year of a plan: '比去年预算高0.2个百分点'. */
export const LAST_YEAR: readonly Words[] = [
  { words: ['去年', '上年'], example: '力争全省工商业电价较上年下降3分/千瓦时以上', source: 'zhejiang-2025.txt' },
];

// ---------------------------------------------------------------------------------------------------
// context.ts: figures that are not targets or outcomes
// ---------------------------------------------------------------------------------------------------

/** Inside a plan, a number about the past, given for comparison: '比去年预算高0.2个百分点', '去年…'. */
export const PAST: readonly Words[] = [
  { words: ['去年', '上年', '前年', '过去', '此前', '上一年'], example: '比上年增加1500亿元', source: 'national-2014.txt' },
];

/** The words that compare with a year: '较上年', '比去年'. */
export const COMPARED_WITH: readonly Words[] = [
  { words: ['较', '比'], example: '力争全省工商业电价较上年下降3分/千瓦时以上', source: 'zhejiang-2025.txt' },
];

/** A change against last year: '…较上年下降3分/千瓦时以上' (zhejiang-2025), '比上年增加1500亿元' (national-2014). */
export const CHANGE_ON_LAST_YEAR: readonly Words[] = [
  { words: ['增长', '增加', '提高', '下降', '降低', '减少'], example: '今年拟安排财政赤字13500亿元，比上年增加1500亿元', source: 'national-2014.txt' },
];

/** The verb of a change from one level to another ('从…提高到…'), before 到 or 至. */
export const CHANGE_TO: readonly Words[] = [
  { words: ['提高', '增加', '增长', '提升', '扩大', '降低', '下降', '减少', '调整'], example: '县城规划面积由6平方公里扩大到27平方公里', source: 'fuping-2020.txt' },
];

/** 到 or 至, where a change ends. */
export const TO: readonly Words[] = [{ words: ['到', '至'], example: '将小规模纳税人增值税起征点从月销售额10万元提高到15万元', source: 'national-2021.txt' }];

/** Words after a figure that open no noun: a money class needs a noun right after ('营收1亿元以上企业'). */
export const NOT_A_NOUN: readonly Words[] = [
  {
    words: ['和', '及', '或', '与', '并', '且', '为', '是', '达', '到', '将', '在', '已', '由', '从', '对', '把', '被', '等', '的'],
    example: '一批年交易额百万元以上的电商企业',
    source: 'laishui-2020.txt',
  },
];

/**
 * After a verb, 'N以上的X' is the target itself: '覆盖80%以上的大城市' (national-2016), '推动60%以上的县级特困供养机构
 * 三级达标' (henan-2026); after an attribute it is a scope ('年运量150万吨以上的物流园区'). 达到, like 支持,
 * introduces a class and is left out ('对年主营业务收入达到2000万元以上的企业给予奖励').
 */
export const ACTS_ON: readonly Words[] = [
  {
    words: ['推动', '覆盖', '用于', '将', '实现', '使', '让', '确保', '带动', '争取', '力争', '保持', '惠及', '新增', '新建', '培育', '打造', '引进', '帮助', '完成', '吸引', '提供'],
    example: '推动60%以上的县级特困供养机构三级达标',
    source: 'henan-2026.txt',
  },
];

/** The bounds that make a class ('营收1亿元以上企业', '20年以上电梯'). */
export const ABOVE_OR_BELOW: readonly Words[] = [{ words: ['以上', '以下'], example: '加快实现营收1亿元以上企业有研发机构', source: 'henan-2025.txt' }];

/** Money, the unit of a size class ('营收1亿元以上企业'). */
export const MONEY: readonly Words[] = [{ words: ['元'], example: '加快实现营收1亿元以上企业有研发机构', source: 'henan-2025.txt' }];

/** The unit of a count of a list's items ('钢铁、有色、化工、建材4个重点行业'). */
export const PIECES: readonly Words[] = [{ words: ['个'], example: '推进钢铁、有色、化工、建材4个重点行业绿色化改造全覆盖', source: 'henan-2025.txt' }];

/** A distance that defines an indicator ('公交与轨道50米内换乘比例'), unless it is 以内. */
export const WITHIN: readonly Words[] = [{ words: ['内'], example: '公交与轨道50米内换乘比例达到', source: 'beijing-2025.txt' }];
export const WITHIN_BOUND: readonly Words[] = [{ words: ['以'], example: '城镇调查失业率控制在 4%以内', source: 'beiguan-2019.txt' }];

/** Units of an age, a slope or a height: with a bound and a noun after, a class ('全面完成20年以上电梯更新', '25度以上坡耕地'). */
export const CLASS_UNIT: readonly Words[] = [{ words: ['年', '岁', '度', '层'], example: '全面完成20年以上电梯更新', source: 'zhejiang-2025.txt' }];

/** Bare magnitudes that size a class: '培育…城区人口超50万县'. */
export const CLASS_MAGNITUDE: readonly Words[] = [{ words: ['万', '亿'], example: '培育…城区人口超50万县', source: 'henan-2025.txt' }];

/** Attributes a bare magnitude may measure to name a class: '培育…城区人口超50万县' (henan-2025), '营收超10亿…'. */
export const CLASS_ATTRIBUTE: readonly Words[] = [{ words: ['人口', '产值', '营收', '收入', '规模', '销售额'], example: '培育…城区人口超50万县', source: 'henan-2025.txt' }];

/** The bound between a class's attribute and its magnitude ('人口超50万'). */
export const CLASS_BOUND: readonly Words[] = [{ words: ['超过', '超', '过', '达'], example: '培育…城区人口超50万县', source: 'henan-2025.txt' }];

/** Words that join a list's items: a list that ends with one of them (or 等) is not given in full. */
export const LIST_JOINER: readonly Words[] = [
  { words: ['和', '及', '与', '等'], example: '顾家台骆驼湾、栗元铺、龙门等3个示范区', source: 'fuping-2021.txt' },
];

/** Years said roughly: how long something has lasted ('中国改革开放30多年的辉煌成就', national-2016; '十余年不能回迁的群众', qingyuan-2023). */
export const ROUGHLY: readonly Words[] = [{ words: ['多', '余'], example: '中国改革开放30多年的辉煌成就', source: 'national-2016.txt' }];

/** The unit of years ('30多年'). */
export const YEARS: readonly Words[] = [{ words: ['年'], example: '中国改革开放30多年的辉煌成就', source: 'national-2016.txt' }];

/** A duration that names a regime or a concept: the words after it ('240小时过境免签', '15分钟便民生活圈'). */
export const REGIME: readonly Words[] = [
  { words: ['过境免签', '免签'], example: '郑州航空口岸240小时过境免签政策', source: 'henan-2025.txt' },
  { words: ['开放', '在线', '不打烊', '提供', '服务', '值守', '营业'], example: '持续推动公园24小时开放', source: 'shanghai-2025.txt' },
];

/** The ring a duration names ('15分钟便民生活圈', '城市12分钟急救圈'). */
export const RING: readonly Words[] = [{ words: ['圈'], example: '城市12分钟急救圈', source: 'hubei-2025.txt' }];

/** Units of a regime's duration. */
export const REGIME_UNIT: readonly Words[] = [{ words: ['分钟', '小时'], example: '用好240小时过境免签', source: 'sichuan-2025.txt' }];

/** A plant named right after its capacity in tonnes: '700万吨露天矿', '50万吨饲料厂'. */
export const PLANT: readonly Words[] = [{ words: ['矿', '厂'], example: '大唐700万吨露天矿', source: 'hailar-2012.txt' }];

/** Words that start like a plant and name a building or an area: 厂房, 厂区. */
export const NOT_A_PLANT: readonly Words[] = [{ words: ['厂房', '厂区'], example: '“三合一”老旧厂房改造', source: 'beiguan-2019.txt' }];

/** A plant or project named after an annual capacity (年产): '…针织面料产业示范园', '…碳化硅单晶衬底项目'. */
export const NAMED_PLANT: readonly Words[] = [
  { words: ['项目', '示范园', '产业园', '园区'], example: '加快推进中信年产8万吨针织面料产业示范园', source: 'beiguan-2019.txt' },
  { words: ['厂'], example: '宝迪公司年产5万吨有机肥厂建设完成', source: 'laiyuan-2022.txt' },
  { words: ['矿', '生产线', '基地'], example: '大唐700万吨露天矿', source: 'hailar-2012.txt' },
];

/** An annual capacity ('年产8万吨'). */
export const ANNUAL_OUTPUT: readonly Words[] = [{ words: ['年产'], example: '加快推进中信年产8万吨针织面料产业示范园', source: 'beiguan-2019.txt' }];

/** Tonnes, the unit of a plant's capacity. */
export const TONNES: readonly Words[] = [{ words: ['吨'], example: '50万吨饲料厂', source: 'laiyuan-2021.txt' }];

/** The denominator of a rate: '配置AED达每10万人45台'. */
export const PER: readonly Words[] = [{ words: ['每'], example: '配置AED达每10万人45台', source: 'zhejiang-2025.txt' }];

/** The field a task works in, not an amount to deliver: '聚焦28条重点产业链'. */
export const FOCUS: readonly Words[] = [{ words: ['聚焦', '围绕', '立足'], example: '聚焦28条重点产业链', source: 'henan-2025.txt' }];

/** What is expected to happen, not promised: '今年高校毕业生将高达765万人'. 将达到 is a target. */
export const FORECAST: readonly Words[] = [
  { words: ['将高达'], example: '今年高校毕业生将高达765万人', source: 'national-2016.txt' },
  {
    words: ['预计将达到', '预计将达', '预计将超过', '预计将超', '预计将', '预计达到', '预计达', '预计超过', '预计超', '预计'],
    example: '预计全市地区生产总值增长',
    source: 'beijing-2025.txt',
  },
];

/** The opening of a sentence on the year's cohort of graduates: '今年高校毕业生将达727万人'. */
export const THIS_YEAR: readonly Words[] = [{ words: ['今年'], example: '今年高校毕业生将达727万人', source: 'national-2014.txt' }];
export const GRADUATES_OF: readonly Words[] = [{ words: ['高校', '应届'], example: '今年高校毕业生超过1000万人', source: 'national-2022.txt' }];
export const GRADUATES: readonly Words[] = [{ words: ['毕业生'], example: '今年高校毕业生749万人，为历史最高', source: 'national-2015.txt' }];
export const HEADCOUNT: readonly Words[] = [{ words: ['人数'], example: '今年高校毕业生人数', source: 'written' }];
/** How the size of the cohort is said. */
export const COHORT_VERB: readonly Words[] = [
  { words: ['将高达'], example: '今年高校毕业生将高达765万人', source: 'national-2016.txt' },
  { words: ['将达到', '将达'], example: '今年高校毕业生将达727万人', source: 'national-2014.txt' },
  { words: ['将超过'], example: '今年高校毕业生将超过', source: 'written' },
  { words: ['超过'], example: '今年高校毕业生超过1000万人', source: 'national-2022.txt' },
  { words: ['达到', '达', '约'], example: '今年高校毕业生约…万人', source: 'written' },
];

/** People served ('保障好14亿人的粮食安全'): units ending in 人. */
export const PERSONS: readonly Words[] = [{ words: ['人'], example: '保障好14亿人的粮食安全', source: 'national-2021.txt' }];
/** 的 after a figure: what it modifies. */
export const OF: readonly Words[] = [{ words: ['的'], example: '保障好14亿人的粮食安全', source: 'national-2021.txt' }];
/** A task's own goal after 的: '完成城镇新增就业1.2万人的目标任务' is the target itself. */
export const GOAL_OR_TASK: readonly Words[] = [{ words: ['目标', '任务'], example: '完成城镇新增就业1.2万人的目标任务', source: 'written' }];

/** The people or firms a task is for or draws on: '重点面向全省两百多万…小微企业', '汇聚8500万江苏人民的奋进力量'. */
export const AUDIENCE: readonly Words[] = [
  { words: ['面向'], example: '重点面向全省两百多万高校师生', source: 'hubei-2025.txt' },
  { words: ['汇聚', '凝聚'], example: '只要我们勠力同心汇聚8500万江苏人民的奋进力量', source: 'jiangsu-2025.txt' },
];

// ---------------------------------------------------------------------------------------------------
// frame.ts: the period, flow and subject of a figure
// ---------------------------------------------------------------------------------------------------

/** Words of several years in a figure's own item: '五年来…下降35.9%', 'PM2.5年均浓度'. */
export const MULTI_YEAR: readonly Words[] = [
  { words: ['五年'], example: '五年来，全省刑事案件总量下降35.9%', source: 'zhejiang-2026.txt' },
  { words: ['年均'], example: 'PM2.5 年均浓度下降 2.6%', source: 'beiguan-2019.txt' },
];
/** A span of time after the five-year plan ('“十四五”期间'). */
export const DURING: readonly Words[] = [{ words: ['期间'], example: '一、“十一五”期间经济社会发展', source: 'xushui-2011.txt' }];
/** Since: '2018年以来新增国家科技型中小企业'. */
export const SINCE_FROM: readonly Words[] = [{ words: ['自'], example: '自1993年定点帮扶以来', source: 'fuping-2021.txt' }];
export const SINCE: readonly Words[] = [{ words: ['以来'], example: '2018年以来新增国家科技型中小企业', source: 'beiguan-2019.txt' }];

/** '累计新增…' sums years; '累计达到', '累计分别达到1522家、103家' (shanghai-2025) is where the sum stands. */
export const CUMULATIVE: readonly Words[] = [{ words: ['累计'], example: '累计创建42个示范村、22个示范片区', source: 'beijing-2026.txt' }];
export const RESPECTIVELY: readonly Words[] = [{ words: ['分别'], example: '新能源汽车、集成电路、工业机器人产量分别增长49.8%、11.9%、36.4%', source: 'zhejiang-2026.txt' }];
export const REACHES: readonly Words[] = [{ words: ['达'], example: '累计分别达到1522家、103家', source: 'shanghai-2025.txt' }];

/**
 * Words right before a figure that say it is the level reached, the stock at the year's end, not what the year
 * added: '规模以上工业企业达到112家' (qingyuan-2024) does not report '新增规模以上工业企业20家以上'.
 */
export const LEVEL_REACHED: readonly Words[] = [
  { words: ['达到', '达'], example: '规模以上工业企业达到112家', source: 'qingyuan-2024.txt' },
  { words: ['增至', '增加到', '增加至', '提高到', '提升至', '提升到'], example: '5G基站增至18.8万个', source: 'hubei-2026.txt' },
  { words: ['总数', '总量', '总计', '共有', '拥有'], example: '科技型中小企业新增29家，总数达到116家', source: 'fuping-2020.txt' },
];

/** Movements that sum the years of a five-year passage. */
export const MOVEMENT: readonly Words[] = [{ words: ['减少', '下降', '增长'], example: '五年来，全省刑事案件总量下降35.9%', source: 'zhejiang-2026.txt' }];

/** A level held through a five-year passage: '粮食总产量稳定在550亿斤左右', '民生财政支出占比保持在75%以上'. */
export const HELD: readonly Words[] = [
  { words: ['稳定在'], example: '粮食总产量稳定在550亿斤左右', source: 'hubei-2026.txt' },
  { words: ['保持在'], example: '民生财政支出占比保持在75%以上', source: 'hubei-2026.txt' },
];

/** 脱贫 naming a class of people or places, not an act: '240万省外脱贫劳动力', '脱贫地区', '脱贫攻坚'. */
export const LIFTED: readonly Words[] = [{ words: ['脱贫'], example: '2300万省外劳动力和240万省外脱贫劳动力', source: 'zhejiang-2025.txt' }];
export const LIFTED_CLASS: readonly Words[] = [
  { words: ['劳动力', '人口', '户', '地区', '县', '村', '群众', '攻坚', '不稳定'], example: '2300万省外劳动力和240万省外脱贫劳动力', source: 'zhejiang-2025.txt' },
];

/** Words before a percentage that make it a level, not a rise ('提高到65%', '失业率为5.1%'). */
export const LEVEL_BEFORE: readonly Words[] = [{ words: ['到', '至', '达', '为'], example: '常住人口城镇化率提高到65%', source: 'national-2021.txt' }];

/** Subjects that are people: a bare magnitude after them counts persons ('易地扶贫搬迁人口超过240万'). */
export const PEOPLE: readonly Words[] = [
  { words: ['人口', '劳动力', '农民工', '毕业生'], example: '易地扶贫搬迁人口超过240万', source: 'national-2017.txt' },
];
/** An act people are the object of ('1000万以上农村贫困人口脱贫任务'). */
export const PEOPLE_ACT: readonly Words[] = [{ words: ['脱贫', '转移', '就业', '搬迁'], example: '1000万以上农村贫困人口脱贫任务', source: 'national-2016.txt' }];
/** A task word after an act on people. */
export const TASK_WORD: readonly Words[] = [{ words: ['任务', '工作'], example: '1000万以上农村贫困人口脱贫任务', source: 'national-2016.txt' }];

/** A rate's measure word, not what it measures: '新增市场主体增长率' is about 经营主体. */
export const RATE_WORD: readonly Words[] = [{ words: ['增长率', '增速', '增幅', '涨幅', '增长'], example: '新增市场主体增长率', source: 'qingyuan-2023.txt' }];

/** Acts and measures after a head noun: '信号灯联网', '实验室优化重组', '社会融资规模增量', '农村公路改造'. */
export const AFTER_HEAD: readonly Words[] = [
  { words: ['任务', '工作', '目标', '增量', '总量', '增速', '增幅', '数量', '个数'], example: '社会融资规模增量', source: 'henan-2025.txt' },
  { words: ['联网', '重组', '优化', '达标', '覆盖', '升级', '转型', '扩大', '提质', '改造', '建设', '治理', '提升', '更新', '整治'], example: '信号灯联网', source: 'beijing-2025.txt' },
];

// ---------------------------------------------------------------------------------------------------
// index.ts: the period a review paragraph opens, the stretch of a target, lists that share a noun
// ---------------------------------------------------------------------------------------------------

/** Openings of a review paragraph that turn to five years ('经过五年接续奋斗…五年来', '过去五年'). */
export const FIVE_YEARS: readonly Words[] = [
  { words: ['过去五年'], example: '2025年是“十四五”规划收官之年。过去五年', source: 'sichuan-2026.txt' },
  { words: ['过去的五年'], example: '过去的五年极不寻常', source: 'henan-2026.txt' },
  { words: ['五年来', '这五年', '经过五年'], example: '经过五年接续奋斗', source: 'guangdong-2026.txt' },
];
/** The words after a five-year plan's name that open its period ('“十四五”时期…'). */
export const PLAN_PERIOD: readonly Words[] = [{ words: ['时期'], example: '“十五五”时期发展需要', source: 'beijing-2025.txt' }];

/** Openings of a review paragraph that turn to one year ('过去一年', '刚刚过去的2025年'). */
export const ONE_YEAR: readonly Words[] = [{ words: ['过去一年', '一年来', '去年'], example: '一、过去一年工作回顾', source: 'hailar-2012.txt' }];
/** A year that is described names no period: '2025年是“十四五”规划收官之年'. */
export const YEAR_DESCRIBED: readonly Words[] = [{ words: ['是'], example: '2025年是“十四五”规划收官之年', source: 'sichuan-2026.txt' }];

/** Between a floor and its stretch: '增长7%以上、力争达到8%', '7%以上，争取8%'. */
export const STRETCH: readonly Words[] = [
  { words: ['力争', '争取'], example: '社会研发经费投入年均增长7%以上、力争投入强度高于“十三五”时期实际', source: 'national-2021.txt' },
];
export const STRETCH_VERB: readonly Words[] = [{ words: ['达到', '实现', '增长'], example: '增长5.5%以上、力争达到6%', source: 'written' }];

/** Between two figures of one thing: '新建改建农村道路23条、27.9公里'. */
export const SAME_THING: readonly Words[] = [{ words: ['和', '及', '与'], example: '满意率分别达96.7%和97%', source: 'beijing-2025.txt' }];

// ---------------------------------------------------------------------------------------------------
// indicator.ts: the words of an indicator's name
// ---------------------------------------------------------------------------------------------------

/**
 * Words that open a clause without naming anything: modality, time, scope and connectives, in the order
 * they are tried.
 */
export const LEADING_FIRST: readonly Words[] = [
  { words: ['其中'], example: '其中主导产业项目 20', source: 'beiguan-2019.txt' },
  { words: ['力争', '确保', '争取'], example: '力争引进亿元以上项目36家', source: 'beiguan-2019.txt' },
  { words: ['今年', '全年', '年内', '过去一年', '去年'], example: '全年为企业减负超3300亿元', source: 'zhejiang-2026.txt' },
];
/** 到 before a year ('到2025年底'). */
export const BY: readonly Words[] = [{ words: ['到'], example: '到2035年实现首都功能服务保障能力', source: 'beijing-2026.txt' }];
export const LEADING_THEN: readonly Words[] = [
  { words: ['同时', '并且', '并', '还', '要', '将'], example: '我们将坚持“小切口、大民生”', source: 'qingyuan-2022.txt' },
];
/** 共 is 'in all' only before what it totals. */
export const IN_ALL: readonly Words[] = [{ words: ['共'], example: '共有5008户11431', source: 'fuping-2020.txt' }];
/** 共 in 共建/共享/共同/共治/共富 ('320个共建重点项目'). */
export const NOT_IN_ALL: readonly Words[] = [{ words: ['共建', '共享', '共同', '共治', '共富'], example: '产业、公共服务等领域320个共建重点项目完成投资5332亿元', source: 'sichuan-2026.txt' }];
export const LEADING_LAST: readonly Words[] = [
  { words: ['累计', '努力', '持续', '继续', '进一步'], example: '累计创建42个示范村、22个示范片区', source: 'beijing-2026.txt' },
];
/** 把 marks the object a target is set for ('把居民消费价格涨幅控制在3.5%左右'). */
export const OBJECT_MARK: readonly Words[] = [{ words: ['把'], example: '把居民消费价格涨幅控制在3.5%左右', source: 'national-2014.txt' }];
/** 把 in 把关/把握. */
export const NOT_OBJECT_MARK: readonly Words[] = [{ words: ['把关', '把握'], example: '牢牢把握“产业兴', source: 'beiguan-2019.txt' }];

/**
 * Verbs and qualifiers between an indicator and its figure, peeled off one at a time from the end (可比,
 * like 同比: '一般公共预算收入可比增长7%'; 较上年, like 比上年: '全省工商业电价较上年下降3分/千瓦时以上').
 */
export const TRAILING: readonly Words[] = [
  { words: ['增长到', '增长', '增加到', '增加', '提高到', '提高', '提升到', '提升', '达到', '达'], example: '常住人口城镇化率提高到65%', source: 'national-2021.txt' },
  { words: ['保持在', '稳定在', '控制在'], example: '把居民消费价格涨幅控制在3.5%左右', source: 'national-2014.txt' },
  { words: ['降低到', '降低', '下降到', '下降', '压减', '减少', '降到', '降至', '增至', '再降', '再'], example: '民航国际及地区通航点增至159个', source: 'guangdong-2026.txt' },
  { words: ['分别', '均', '各', '为', '在', '拟按', '按', '约', '近', '同比', '可比'], example: '一般公共预算收入可比增长7%', source: 'qingyuan-2023.txt' },
  { words: ['比上年', '比去年', '较上年', '较去年'], example: '力争全省工商业电价较上年下降3分/千瓦时以上', source: 'zhejiang-2025.txt' },
  { words: ['年均', '平均', '完成', '实现', '突破', '超过', '不低于', '不少于', '不超过', '至少', '超', '以上', '左右'], example: '2014年，全区地区生产总值完成274.4亿元', source: 'hailar-2015.txt' },
];

/** Words that join a name to another after a count ('实施6个重大科技专项和重点研发计划'). */
export const AND: readonly Words[] = [{ words: ['和'], example: '实施6个重大科技专项和重点研发计划', source: 'sichuan-2025.txt' }];
/** 和 inside a word: 和美, 和谐, 和睦 ('建设更多宜居宜业和美乡村'). */
export const NOT_AND: readonly Words[] = [{ words: ['和美', '和谐', '和睦'], example: '建设更多宜居宜业和美乡村', source: 'beijing-2025.txt' }];
export const ALSO: readonly Words[] = [{ words: ['及'], example: '完成城区35条小街小巷道路改造及雨污分流治理工程', source: 'laiyuan-2021.txt' }];
/** 与 closing a noun phrase after a figure. */
export const WITH: readonly Words[] = [{ words: ['与'], example: '公交与轨道50米内换乘比例达到', source: 'beijing-2025.txt' }];

/** What may follow a figure without being the noun it counts: bounds, 的-phrases, verbs of a new clause. */
export const NOT_A_NOUN_AFTER: readonly Words[] = [
  { words: ['以', '的', '和', '及', '或', '与'], example: '覆盖80%以上的大城市', source: 'national-2016.txt' },
  { words: ['左右', '上下', '内', '等', '为', '是', '达', '到', '增长', '提高', '下降'], example: '粮食总产量稳定在550亿斤左右', source: 'hubei-2026.txt' },
];

/** A count of a task names the task after 的: '努力完成4000户的改造任务'; a 目标任务 is the figure's own. */
export const TASK: readonly Words[] = [{ words: ['任务'], example: '努力完成4000户的改造任务', source: 'hailar-2018.txt' }];
export const GOAL: readonly Words[] = [{ words: ['目标'], example: '完成城镇新增就业1.2万人的目标任务', source: 'written' }];

/** Heads that name no indicator of their own: '均衡性转移支付、…奖补资金等增幅均超过10%'. */
export const GENERIC_HEAD: readonly Words[] = [
  { words: ['增幅', '增速', '规模', '总量', '比重', '占比', '数量', '水平'], example: '均衡性转移支付、…奖补资金等增幅均超过10%', source: 'national-2021.txt' },
];

/** 'A、B、C等X': the items are examples, X is what is measured ('…HB26号路等7条道路'). */
export const AND_SO_ON: readonly Words[] = [{ words: ['等'], example: '金大道、HB26号路等7条道路', source: 'beiguan-2019.txt' }];

/** A month's deadline ('6月底前'). */
export const MONTH: readonly Words[] = [{ words: ['月'], example: '食峰、久丰两个菌棒加工厂6月底前建成投产', source: 'fuping-2020.txt' }];
export const BEFORE: readonly Words[] = [{ words: ['前'], example: '确保6月底前全部整改到位', source: 'fuping-2021.txt' }];
/** What opens a name without naming anything: a modal, a scope or manner ('重点实施31.2公里农村公路'). */
export const NAMES_NOTHING_OPENING: readonly Words[] = [
  { words: ['年内', '要', '将', '重点', '全面', '加快', '确保', '力争'], example: '年内新引进国际、国内知名', source: 'beiguan-2019.txt' },
];
/** A verb of doing that names nothing alone. */
export const NAMES_NOTHING_VERB: readonly Words[] = [
  { words: ['实施', '完成', '建设', '新建', '推进', '开展', '实现'], example: '重点实施31.2公里农村公路', source: 'written' },
];

/** '城乡居民人均可支配收入分别增长4.4%、5.6%': 城乡 is 城镇 then 农村. */
export const URBAN_AND_RURAL: readonly Words[] = [{ words: ['城乡'], example: '城乡居民人均可支配收入分别增长4.4%、5.6%', source: 'sichuan-2026.txt' }];
export const URBAN_THEN_RURAL: readonly Words[] = [{ words: ['城镇', '农村'], example: '城乡居民人均可支配收入分别达6.9万元、3.4万元', source: 'jiangsu-2026.txt' }];
/** Separators of a 分别 list's items. */
export const LIST_ITEM_BREAK: readonly Words[] = [
  { words: ['、', '和', '及', '与'], example: '新能源汽车、集成电路、工业机器人产量分别增长49.8%、11.9%、36.4%', source: 'zhejiang-2026.txt' },
];
/** '一、二、三产增加值': the ordinals of the three industries, and 产. */
export const INDUSTRY_ORDINAL: readonly Words[] = [{ words: ['一', '二', '三'], example: '一、二、三产增加值', source: 'written' }];
export const INDUSTRY: readonly Words[] = [{ words: ['产'], example: '一、二、三产增加值', source: 'written' }];

// ---------------------------------------------------------------------------------------------------
// repeats.ts
// ---------------------------------------------------------------------------------------------------

/** A sentence that returns to a target already set names it only as a target: '今年预期目标设定为6%以上'. */
export const NAMES_ONLY_A_TARGET: readonly Words[] = [{ words: ['目标'], example: '预期目标是：地区生产总值增长', source: 'beiguan-2019.txt' }];
