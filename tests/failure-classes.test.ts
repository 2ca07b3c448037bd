import { describe, expect, it } from 'vitest';
import { checkTargets, differentIndicators, chooseTokenizer, keepsModifiers, modifiersOf, parseReport, scorecardCsv, scorecardMarkdown, sharesOnlyGeneric, type Scorecard, type ScoreRow } from '../src/index.js';
import { subjectSimilarity } from '../src/check/indicators.js';
import { corpusText } from './corpus.js';
import { judged } from './judged.js';

/*
 * The classes of error in ../shared/notes/failure-classes.md: each with its public example (a corpus
 * pair, the expected verdict from ../shared/gold) and sentences written in the same pattern.
 */
const tokenizer = chooseTokenizer();
const card = (plan: string, review: string) => checkTargets(parseReport(corpusText(plan)), parseReport(corpusText(review)), { tokenizer });
const row = (c: Scorecard, targetText: string): ScoreRow => {
  const found = c.rows.find((r) => r.target.text.replace(/\s/g, '').includes(targetText));
  if (!found) throw new Error(`no row for ${targetText}`);
  return found;
};

/** A corpus pair's target is met by the outcome whose text holds `account`. */
function expectMetBy(plan: string, review: string, task: string, account: string): void {
  const r = row(card(plan, review), task);
  expect(r.verdict).toBe('met');
  expect(r.outcome!.text).toContain(account);
}


/** A pair of small reports of one district: the 2025 plan's task and the 2026 review's account. */
function pair(task: string, account: string): Scorecard {
  const plan = `2025年某区政府工作报告\n\n各位代表：\n\n一、2024年工作回顾\n\n去年全区地区生产总值增长5%。\n\n二、2025年工作安排\n\n今年要${task}。`;
  const review = `2026年某区政府工作报告\n\n各位代表：\n\n一、2025年工作回顾\n\n过去一年，${account}。\n\n二、2026年工作安排\n\n今年要推动地区生产总值增长5%左右。`;
  return checkTargets(parseReport(plan), parseReport(review), { tokenizer });
}

describe('I/J: a year\'s flow is never reported by a stock; the verb may follow the figure', () => {
  const hubei = card('hubei-2025.txt', 'hubei-2026.txt');
  it("hubei '新建5G基站2.3万个以上' is not met by the stock '5G基站增至18.8万个' (gold unreported)", () => {
    expect(row(hubei, '新建5G基站2.3万个以上').outcome?.text ?? '').not.toContain('18.8万个');
  });
  it("hubei '建设高标准农田300万亩' is not met by the stock '高标准农田达到4808万亩' (gold unreported)", () => {
    expect(row(hubei, '建设高标准农田300万亩').outcome?.text ?? '').not.toContain('4808万亩');
  });
  it('written in the same pattern: 新增X n个 against X增至 N个', () => {
    expect(pair('新增充电桩500个', '全区充电桩增至3200个').rows[0]).toMatchObject({ verdict: 'unreported', outcome: null });
  });
  it("hailar '力争建成水冲式公厕30座' against '26座水冲式公共厕所…投入使用': missed (gold)", () => {
    const r = row(card('hailar-2018.txt', 'hailar-2019.txt'), '建成水冲式公厕30座');
    expect(judged(r)).toBe('missed');
    expect(r.outcome!.text).toContain('26座');
  });
  it('written in the same pattern: the verb after the figure (12座公共厕所投入使用)', () => {
    expect(pair('新建公共厕所15座', '12座公共厕所投入使用').rows[0]).toMatchObject({ verdict: 'missed' });
  });
});

describe('C1: a verb shared by a 、-list', () => {
  it("national-2016 '新建改建农村公路20万公里' against '新建改建高速公路6700多公里、农村公路29万公里': met with 29万 (gold)", () => {
    const r = row(card('national-2016.txt', 'national-2017.txt'), '新建改建农村公路20万公里');
    expect(r.verdict).toBe('met');
    expect(r.outcome!.text).toContain('29万公里');
  });
});

describe("verdicts: the outcome's own bound counts", () => {
  it("jiangsu '力争高新技术企业超6.1万家' against '高新技术企业超6.1万家': met (gold)", () => {
    expect(row(card('jiangsu-2025.txt', 'jiangsu-2026.txt'), '高新技术企业超6.1万家')).toMatchObject({ verdict: 'met' });
  });
  it('written in the same pattern: 超过500家 against 超过500家 is met, against exactly 500家 it can be neither, against 490家 it is missed', () => {
    expect(pair('推动规上工业企业超过500家', '规上工业企业超过500家').rows[0]).toMatchObject({ verdict: 'met' });
    expect(pair('推动规上工业企业超过500家', '规上工业企业500家').rows[0]).toMatchObject({
      verdict: 'unclear',
      reasonZh: '复盘数字恰为目标须超过的数值，四舍五入后无法判断；与目标持平',
    });
    expect(pair('推动规上工业企业超过500家', '规上工业企业490家').rows[0]).toMatchObject({ verdict: 'missed' });
  });
  it("henan-2025 '全省常住人口城镇化率超过60%' against '常住人口城镇化率60%' is not printed as missed (gold met: the figure is rounded)", () => {
    expect(row(card('henan-2025.txt', 'henan-2026.txt'), '全省常住人口城镇化率超过60%').verdict).toBe('unclear');
  });
});

describe('B1/B2: which figures cover several years', () => {
  it("hailar-2015 '公共财政预算收入增长7%' is met by the year's '同比增长10.3%', not by the five-year '年均增长23.53%' of the same paragraph", () => {
    const r = row(card('hailar-2015.txt', 'hailar-2016.txt'), '公共财政预算收入增长7%');
    expect(r.verdict).toBe('met');
    expect(r.outcome!.text).toContain('10.3%');
  });
  it("jiangsu '地区生产总值增长5%以上' against '刚刚过去的2025年…地区生产总值增长5.3%': met, not a five-year figure (gold)", () => {
    const r = row(card('jiangsu-2025.txt', 'jiangsu-2026.txt'), '地区生产总值增长5%以上');
    expect(r.verdict).toBe('met');
    expect(r.outcome!.text).toContain('5.3%');
  });
  it("shanghai '新增公园120座' against '…PM2.5年均浓度为26.3微克/立方米、下降7.4%，新增公园127座': met (gold)", () => {
    expect(row(card('shanghai-2025.txt', 'shanghai-2026.txt'), '新增公园120座')).toMatchObject({ verdict: 'met' });
  });
  it('written in the same pattern: 年均 in an earlier item, 累计达到 as a level, 以来 without a start', () => {
    expect(pair('新建口袋公园20座', '全区细颗粒物年均浓度下降3%，新建口袋公园22座').rows[0]).toMatchObject({ verdict: 'met' });
    expect(pair('保障性住房总量达到6万套', '保障性住房累计达到6.2万套').rows[0]).toMatchObject({ verdict: 'met' });
    expect(pair('新建口袋公园20座', '空气质量创有监测记录以来最好水平，新建口袋公园22座').rows[0]).toMatchObject({ verdict: 'met' });
    expect(pair('新建口袋公园20座', '2021年以来累计新建口袋公园80座').rows[0]).toMatchObject({ verdict: 'unclear' });
  });
  it("hubei '粮食产量继续保持500亿斤以上' against the five-year '粮食总产量稳定在550亿斤左右': unclear, a level held through the period (gold)", () => {
    const r = row(card('hubei-2025.txt', 'hubei-2026.txt'), '粮食产量继续保持500亿斤以上');
    expect(r.verdict).toBe('unclear');
    expect(r.outcome!.text).toContain('550亿斤');
  });
  it('written in the same pattern: in a five-year passage 稳定在 covers the period, 达到 is the level at its end', () => {
    const fiveYears = (account: string) => pair('粮食产量稳定在30万吨以上', `地区生产总值增长5.5%。\n\n过去五年，${account}`).rows[0];
    expect(fiveYears('全区粮食产量稳定在32万吨以上')).toMatchObject({ verdict: 'unclear' });
    expect(fiveYears('全区粮食产量达到32万吨')).toMatchObject({ verdict: 'met' });
  });
});

describe('I: a modifier that makes another indicator', () => {
  const zhejiang = card('zhejiang-2025.txt', 'zhejiang-2026.txt');
  it("zhejiang '新增“雄鹰”企业20家' is not met by '重点“小巨人”企业149家' (gold unreported)", () => {
    expect(row(zhejiang, '新增“雄鹰”企业20家')).toMatchObject({ verdict: 'unreported', outcome: null });
  });
  it("national-2016 '化学需氧量、氨氮排放量要分别下降2%' is not met by '二氧化硫、氮氧化物排放量分别下降5.6%和4%' (gold unreported)", () => {
    expect(row(card('national-2016.txt', 'national-2017.txt'), '化学需氧量、氨氮排放量要分别下降2%')).toMatchObject({ verdict: 'unreported', outcome: null });
  });
  it("zhejiang '数字经济核心产业增加值增长6.5%以上' is not met by '金融业增加值增长7.9%' (gold unreported)", () => {
    expect(row(zhejiang, '数字经济核心产业增加值增长6.5%以上').outcome?.text ?? '').not.toContain('金融业');
  });
  it('the rule on names: modifiers with nothing in common differ; a scope, a manner or a verb does not', () => {
    expect(differentIndicators('化学需氧量、氨氮排放量', '二氧化硫、氮氧化物排放量')).toBe(true);
    expect(differentIndicators('化学需氧量、氨氮排放量要分别', '二氧化硫、氮氧化物排放量分别')).toBe(true);
    expect(differentIndicators('新增“雄鹰”企业', '重点“小巨人”企业')).toBe(true);
    expect(differentIndicators('国家专精特新“小巨人”企业', '专精特新“小巨人”企业')).toBe(false);
    expect(differentIndicators('实施新一轮优化营商环境改革举措', '全面完成优化营商环境改革举措')).toBe(false);
    expect(differentIndicators('新改建农村公路', '新（改）建农村公路')).toBe(false);
    expect(differentIndicators('全年完成投资', '重大工程投资完成')).toBe(false);
    // A 城乡 target is reported item by item (C3): '城乡居民…分别增长7.5%' against '城镇常住居民…增长6.5%'.
    expect(differentIndicators('城乡居民人均可支配收入', '城镇常住居民人均可支配收入')).toBe(false);
  });
  it('written in the same pattern: 文旅产业增加值 against 金融业增加值', () => {
    expect(pair('推动文旅产业增加值增长6%', '金融业增加值增长7.9%').rows[0]).toMatchObject({ verdict: 'unreported', outcome: null });
  });
});

describe('I: modifiers before the head tell indicators apart, verbs and levels do not', () => {
  it.each([
    // hailar-2013: '新建5条主干道路' is not reported by '9条次干道路开工建设'.
    ['新建主干道路', '次干道路开工建设'],
    // hailar-2012: '实施重点农牧业项目33个' is not reported by '实施重点工业项目34个'.
    ['实施重点农牧业项目', '实施重点工业项目'],
    // hailar-2013: '10公里供水管网' is not '完成雨水管网改造12公里'.
    ['供水管网', '完成雨水管网改造'],
    // qingyuan-2022 / 2023: the registered rate is not the surveyed one, whatever they start with alike.
    ['城镇登记失业率', '城镇调查失业率'],
    ['城镇常住居民人均可支配收入', '城镇户籍居民人均可支配收入'],
  ])('%s and %s are different indicators', (a, b) => {
    expect(differentIndicators(a, b)).toBe(true);
  });
  it.each([
    // sichuan: a manner and a level before one head.
    ['先行试点建设智能化康复中心', '建成基层智能化康复中心'],
    ['保持省外劳动力', '在浙就业省外劳动力'],
    ['生产总值', '地区生产总值'],
    // A list names several things: its first item is not a modifier set against the other's.
    ['城镇常住居民人均可支配收入', '城镇和农村居民人均可支配收入'],
  ])('%s and %s are one indicator', (a, b) => {
    expect(differentIndicators(a, b)).toBe(false);
  });
  it("qingyuan-2022 '城镇登记失业率控制在4.5%以内' is not missed against '城镇调查失业率控制在5.5%以内'", () => {
    expect(row(card('qingyuan-2022.txt', 'qingyuan-2023.txt'), '城镇登记失业率控制在4.5%以内').outcome).toBeNull();
  });
  it("qingyuan-2023 '建成10个以上宜居宜业和美乡村' is met by '建成省级和美乡村10个', not missed by '2个县级宜居宜业和美乡村示范区' (gold)", () => {
    const r = row(card('qingyuan-2023.txt', 'qingyuan-2024.txt'), '建成10个以上宜居宜业和美乡村');
    expect(judged(r)).toBe('met');
    expect(r.outcome!.text).toContain('省级和美乡村10个');
  });
  it('written in the same pattern: a whole name followed by a head of its own (示范区, 基地) names another thing', () => {
    expect(pair('建成8个以上美丽乡村', '建成3个美丽乡村示范区，建成省级美丽乡村9个').rows[0]).toMatchObject({ verdict: 'met' });
    expect(pair('建成8个以上美丽乡村', '建成3个美丽乡村示范区').rows[0]!.verdict).not.toBe('missed');
  });
});

describe('the same measure: a count is never reported by an amount of money', () => {
  it("jiangsu '建设500个省重大项目' is not linked to '省重大项目完成投资达7290亿元' (gold unreported)", () => {
    expect(row(card('jiangsu-2025.txt', 'jiangsu-2026.txt'), '500个省重大项目')).toMatchObject({ verdict: 'unreported', outcome: null });
  });
  it('written in the same pattern: 实施N个重点项目 against 重点项目完成投资M亿元', () => {
    expect(pair('实施120个重点项目', '重点项目完成投资95亿元').rows[0]!.outcome).toBeNull();
  });
});

describe('the review passage aligned with the target\'s section tips close calls', () => {
  // Known not to work with the fitted linker: '综合整治' and '改造完工' share only 老旧小区, and the model leaves it unlinked.
  it.fails("beijing-2025 '实施500个老旧小区综合整治' is met by '老旧小区改造完工1225个' in the aligned passage (gold)", () => {
    const r = row(card('beijing-2025.txt', 'beijing-2026.txt'), '实施500个老旧小区综合整治');
    expect(r).toMatchObject({ verdict: 'met', trace: { inAlignedPassage: true } });
    expect(r.outcome!.text).toContain('1225个');
  });
});

describe('I: exact names first in the assignment', () => {
  it("national-2015 '国内生产总值增长7%左右' is met by '国内生产总值…增长6.9%', never scored against '单位国内生产总值能耗下降5.6%'", () => {
    const r = row(card('national-2015.txt', 'national-2016.txt'), '国内生产总值增长7%左右');
    expect(r.verdict).toBe('met');
    expect(r.outcome!.text).toBe('增长6.9%');
  });
  const zhejiang = card('zhejiang-2025.txt', 'zhejiang-2026.txt');
  it("zhejiang '生产总值增长5.5%左右' takes '全省生产总值增长5.5%' (gold met), and '海洋生产总值增长6%以上' does not", () => {
    const gdp = row(zhejiang, '生产总值增长5.5%左右');
    expect(gdp.verdict).toBe('met');
    expect(gdp.outcome!.text).toContain('5.5%');
    expect(row(zhejiang, '海洋生产总值增长6%以上').outcome?.text ?? '').not.toContain('全省生产总值');
  });
  it('written in the same pattern: a near name never takes the figure of its own indicator', () => {
    const c = pair('推动地区生产总值增长5%左右、海洋生产总值增长6%以上', '全区地区生产总值增长5.2%，五年来年均增长6.1%');
    expect(c.rows[0]).toMatchObject({ verdict: 'met', outcome: { value: 5.2 } });
    expect(c.rows[1]!.outcome?.value).not.toBe(5.2);
  });
});

describe('H/I: names that share only a generic head name different things', () => {
  it("qingyuan '力争引进1个投资100亿元以上的大项目' is not met by '9个项目竣工投产' (gold unreported)", () => {
    expect(row(card('qingyuan-2023.txt', 'qingyuan-2024.txt'), '引进1个投资')).toMatchObject({ verdict: 'unreported', outcome: null });
  });
  it("hubei '40个省级县域特色产业集群' is not missed against '18个产业集群入选…' (gold unreported)", () => {
    expect(row(card('hubei-2025.txt', 'hubei-2026.txt'), '40个省级县域特色产业集群').verdict).not.toBe('missed');
  });
  it('the rule on names: a generic head shared is not a name shared', () => {
    expect(sharesOnlyGeneric('引进投资100亿元以上的大项目', ['项目竣工投产'])).toBe(true);
    expect(sharesOnlyGeneric('战略性新兴产业集群', ['产业集群'])).toBe(true);
    expect(sharesOnlyGeneric('企业数', ['其中企业'])).toBe(false);
    expect(sharesOnlyGeneric('实现“十四五”末总量', ['累计'])).toBe(false);
    expect(sharesOnlyGeneric('高标准农田', ['建成高标准农田'])).toBe(false);
  });
  it('written in the same pattern: 新建3个物流园区 against 招引项目12个', () => {
    expect(pair('新建3个冷链物流项目', '招引项目12个').rows[0]).toMatchObject({ verdict: 'unreported', outcome: null, mention: null });
  });
});

describe('E: the ways reports name one indicator (synonym data)', () => {
  // Two spellings of one indicator from INDICATOR_SYNONYMS: deleting the table fails these.
  it.each([
    ['规模以上工业增加值增长6%左右', '规上工业增加值增长6.6%'],
    ['地区生产总值增长5%左右', 'GDP增长5.3%'],
    ['单位地区生产总值能耗下降3%左右', '单位GDP能耗下降3.5%'],
    ['研发经费投入强度提高到2.8%', '研发投入强度达到2.9%'],
    ['完成植树造林10万亩', '完成营造林12万亩'],
    ['易地搬迁脱贫1万人以上', '易地扶贫搬迁人口1.2万人'],
    ['新增经营主体5000户', '新增市场主体6000户'],
  ])("a target '%s' is reported by '%s'", (task, account) => {
    expect(pair(task, account).rows[0]!.outcome).not.toBeNull();
  });
  it("national-2016 '易地搬迁脱贫200万人以上' is met by '易地扶贫搬迁人口超过240万' (gold), 万 after 人口 counting persons", () => {
    const r = row(card('national-2016.txt', 'national-2017.txt'), '易地搬迁脱贫200万人以上');
    expect(r.verdict).toBe('met');
    expect(r.outcome!.text).toContain('240万');
  });
  it("qingyuan-2023 '新增市场主体增长率保持在18%以上' is met by '市场主体同比增长23.19%' (gold): a rate of what is added is a rate", () => {
    expect(row(card('qingyuan-2023.txt', 'qingyuan-2024.txt'), '新增市场主体增长率')).toMatchObject({ verdict: 'met' });
  });
  it("sichuan-2025 '320个年度共建项目' is met by '320个共建重点项目' (gold): scope words and 共建's 共 kept", () => {
    expect(row(card('sichuan-2025.txt', 'sichuan-2026.txt'), '320个年度共建项目')).toMatchObject({ verdict: 'met' });
  });
  it.each([
    ['zhejiang-2025.txt', 'zhejiang-2026.txt', '为经营主体减负2500亿元以上', '为企业减负超3300亿元'],
    ['national-2016.txt', 'national-2017.txt', '减轻企业和个人负担5000多亿元', '降低企业税负5700多亿元'],
  ])("%s → %s: '%s' is met by '%s' (gold): tax and fee cuts, whoever they are for (INDICATOR_PATTERNS)", expectMetBy);
  it('written in the same pattern: 减税降费 is 减负, but 为基层减负 (less paperwork) is not a tax cut', () => {
    expect(pair('全年为市场主体减负100亿元以上', '全年减税降费120亿元').rows[0]).toMatchObject({ verdict: 'met' });
    expect(pair('全年为市场主体减负100亿元以上', '为基层减负，精简文件30%').rows[0]!.outcome).toBeNull();
  });
  it("henan-2025 '开行班列4000班次' is reported by '中欧（亚）班列累计开行1.7万列' (gold unclear): the verb said after its object", () => {
    const r = row(card('henan-2025.txt', 'henan-2026.txt'), '开行班列4000班次');
    expect(r.verdict).toBe('unclear');
    expect(r.outcome!.text).toContain('1.7万列');
  });
  it('the act said after its object compares what it acts on, when that names something: not the generic 项目', () => {
    expect(subjectSimilarity('开行班列', '中欧班列开行')).toBeGreaterThan(0.9);
    expect(subjectSimilarity('开工项目', '重点项目开工')).toBe(0);
  });
  it('written in the same pattern: 开行班列 is 班列开行 (runs and trains do not convert: unclear), and not 班列停运', () => {
    expect(pair('开行班列500班次', '中欧班列开行600列').rows[0]).toMatchObject({ verdict: 'unclear', outcome: { text: '中欧班列开行600列' } });
    expect(pair('开行班列500班次', '中欧班列停运6列').rows[0]!.outcome).toBeNull();
  });
  it('written in the same pattern: a scope word on one side only (年度, 重点) leaves one indicator', () => {
    expect(pair('实施50个年度共建项目', '50个共建重点项目完成投资').rows[0]).toMatchObject({ verdict: 'met' });
  });
});

describe('F: counts in words — N大 counts the target\'s own items', () => {
  it("sichuan-2025 '实施6个重大科技专项和重点研发计划' is met by '六大科技专项深入实施' (gold), the evidence being 六大科技专项", () => {
    const c = card('sichuan-2025.txt', 'sichuan-2026.txt');
    const r = row(c, '实施6个重大科技专项');
    expect(r).toMatchObject({ verdict: 'met', trace: { stage: 'items-named' } });
    expect(r.outcome!.text).toBe('六大科技专项');
    expect(c.reviewReport.input.slice(...r.outcome!.span)).toBe('六大科技专项');
  });
  it('written in the same pattern: 3个重点产业集群 against 三大产业集群 (met) and 两大产业集群 (missed); a generic kind (项目) or an ordinal (第三大) is not a count', () => {
    expect(pair('培育3个重点产业集群', '三大产业集群加快成势').rows[0]).toMatchObject({ verdict: 'met' });
    expect(pair('培育3个重点产业集群', '两大产业集群加快成势').rows[0]).toMatchObject({ verdict: 'missed' });
    expect(pair('实施5个重大项目', '五大项目加快推进').rows[0]!.trace.stage).not.toBe('items-named');
    expect(pair('培育3个重点产业集群', '成为全国第三大产业集群').rows[0]!.trace.stage).not.toBe('items-named');
  });
});

describe('F: amounts with no digit', () => {
  it("hubei '支柱产业突破万亿级规模' against '5大支柱产业迈入万亿级规模': met (gold)", () => {
    const r = row(card('hubei-2025.txt', 'hubei-2026.txt'), '支柱产业突破万亿级');
    expect(judged(r)).toBe('met');
    expect(r.outcome!.text).toContain('万亿级');
  });
  it('written in the same pattern: 旅游总收入突破千亿元 against 旅游总收入迈上千亿级台阶', () => {
    expect(pair('推动旅游总收入突破千亿元', '旅游总收入迈上千亿级台阶').rows[0]).toMatchObject({ verdict: 'met' });
  });
});

describe('a deadline in years is not due before it falls', () => {
  it("national-2016 '两年内实现农村稳定可靠供电服务…' counts 2016 as its first year: unreported, not due until 2017 (gold unreported)", () => {
    const r = row(card('national-2016.txt', 'national-2017.txt'), '两年内实现农村稳定可靠供电服务');
    expect(r).toMatchObject({ verdict: 'unreported', reason: 'not due yet: due 2017', trace: { stage: 'not-due' } });
  });
});

describe('verdicts a journalist can print: every row says why, in Chinese and English', () => {
  it("national-2015 '进出口增长6%左右' against '…进出口总额出现下降，预期增长目标未能实现': missed, with that sentence as evidence", () => {
    const r = row(card('national-2015.txt', 'national-2016.txt'), '进出口增长6%左右');
    expect(r).toMatchObject({ verdict: 'missed', outcome: null, reason: 'the review says in words that the target was not reached', reasonZh: '复盘明言目标未能实现' });
    expect(r.mention!.text).toContain('预期增长目标未能实现');
  });
  it("a target with a later deadline is not due: sichuan '力争2027年建成6个万亿级产业' (gold unreported), due 2027", () => {
    expect(row(card('sichuan-2025.txt', 'sichuan-2026.txt'), '建成6个万亿级产业')).toMatchObject({ verdict: 'unreported', reason: 'not due yet: due 2027', reasonZh: '尚未到期：2027年到期' });
  });
  it("a 十四五 target is due at the end of the period: national-2021 '常住人口城镇化率提高到65%', due 2025", () => {
    expect(row(card('national-2021.txt', 'national-2022.txt'), '常住人口城镇化率提高到65%')).toMatchObject({ verdict: 'unreported', reason: 'not due yet: due 2025' });
  });
  it('every row of a scorecard has both reasons, and Markdown and CSV show them', () => {
    const c = card('zhejiang-2025.txt', 'zhejiang-2026.txt');
    for (const r of c.rows) {
      expect(r.reason.length).toBeGreaterThan(5);
      expect(r.reasonZh).toMatch(/[\u4e00-\u9fff]/);
    }
    const first = c.rows.find((r) => r.verdict === 'met')!;
    expect(scorecardMarkdown(c)).toContain(`${first.reasonZh}（${first.reason}）`);
    expect(scorecardCsv(c).split('\r\n')[0]).toContain('reason,reason_zh');
  });
  it('written in the same pattern: 目标未能完成 said of the indicator', () => {
    expect(pair('推动外贸进出口增长5%', '受外需收缩影响，外贸进出口年度增长目标未能完成').rows[0]).toMatchObject({ verdict: 'missed', outcome: null });
  });
});

describe('G: a floor with a stretch is one row with both', () => {
  it("henan-2025 with '经济增长5.5%以上、力争达到6%' against henan-2026 '生产总值增长5.6%': met the floor, missed the stretch", () => {
    const plan = parseReport(corpusText('henan-2025.txt').replace('经济增长5.5%左右', '经济增长5.5%以上、力争达到6%'));
    const c = checkTargets(plan, parseReport(corpusText('henan-2026.txt')), { tokenizer });
    const r = row(c, '经济增长5.5%以上');
    expect(r.target.stretch).toMatchObject({ value: 6, unit: '%', text: '力争达到6%' });
    expect(r).toMatchObject({ verdict: 'met', stretch: { value: 6, verdict: 'missed' } });
    expect(r.reason).toMatch(/^met the floor, missed the stretch \(6%\)/);
    expect(r.reasonZh).toMatch(/^达到下限，未达力争目标（6%）/);
    expect(c.rows.some((x) => x.target.value === 6 && x.target.unit === '%' && x.target.text.includes('力争'))).toBe(false);
  });
  it('written in the same pattern: 7%以上，争取8% against 8.2%', () => {
    expect(pair('推动规模以上工业增加值增长7%以上，争取8%', '规模以上工业增加值增长8.2%').rows[0]).toMatchObject({ verdict: 'met', stretch: { verdict: 'met' } });
  });
});

describe('D: a name that is only a verb, or only a kind of thing', () => {
  it("shanghai '打造5个“五好两宜”和美乡村片区' is not met by '打造5个夜间经济人气地标' (gold unclear)", () => {
    const r = row(card('shanghai-2025.txt', 'shanghai-2026.txt'), '打造5个');
    expect(r).toMatchObject({ verdict: 'unclear', outcome: null });
    expect(r.mention?.text).toContain('“五好两宜”和美乡村试点取得良好成效');
  });
  // A name that is only a kind of thing names no indicator: no figure is linked to it (an impossible level).
  it("qingyuan '8个项目260亩土地征收组卷' is not met by '17个项目开工建设' (gold unreported)", () => {
    expect(row(card('qingyuan-2023.txt', 'qingyuan-2024.txt'), '8个项目')).toMatchObject({ verdict: 'unreported', outcome: null });
  });
  it('written in the same pattern: 建设5个智慧社区 against 建设12个口袋公园, and against 智慧社区建成6个', () => {
    expect(pair('建设5个智慧社区', '建设12个口袋公园').rows[0]).toMatchObject({ verdict: 'unreported', outcome: null, mention: null });
    expect(pair('建设5个智慧社区', '智慧社区建成6个').rows[0]).toMatchObject({ verdict: 'met' });
  });
  it.each([
    ['national-2014.txt', 'national-2015.txt', '再解决6000万农村人口的饮水安全问题', '6600多万农村人口饮水安全问题得到解决'],
    ['national-2015.txt', 'national-2016.txt', '再解决6000万农村人口饮水安全问题', '又解决6434万农村人口饮水安全问题'],
  ])("%s → %s: '%s' is met by '%s' (read in the reports), not by the five-year '解决3亿多…': 再解决 and 又解决 are only verbs", expectMetBy);
});

describe('D: the noun after a figure names it when the words before are only a verb', () => {
  const zhejiang = card('zhejiang-2025.txt', 'zhejiang-2026.txt');
  it("zhejiang '保持2300万省外劳动力' is met by '在浙就业省外劳动力2300万人' (gold)", () => {
    expect(row(zhejiang, '保持2300万省外劳动力')).toMatchObject({ verdict: 'met' });
  });
  it("zhejiang '安排重大项目1000个以上' is met by '1596个“千项万亿”重大项目' (gold): a quoted name after the figure, the same unit first", () => {
    const r = row(zhejiang, '安排重大项目1000个以上');
    expect(r.verdict).toBe('met');
    expect(r.outcome!.text).toContain('1596个');
  });
  it("qingyuan '32个省、市重点项目' is met by '全年实施省、市重点项目33个' (gold): one-character list items open the noun", () => {
    expect(row(card('qingyuan-2023.txt', 'qingyuan-2024.txt'), '32个省、市重点项目')).toMatchObject({ verdict: 'met' });
  });
  it('written in the same pattern: 保持N万X with a bare 万 against X N万人', () => {
    expect(pair('保持80万外来劳动力', '在区就业外来劳动力82万人').rows[0]).toMatchObject({ verdict: 'met' });
  });
});

describe('D: a count of a task names the task after 的, and says what it counts by its unit', () => {
  it("hailar-2018 '努力完成4000户的改造任务' is met by '棚户区改造完成4000户' (gold), not by '29个老旧小区供热三级管网改造'", () => {
    const r = row(card('hailar-2018.txt', 'hailar-2019.txt'), '完成4000户的改造任务');
    expect(judged(r)).toBe('met');
    expect(r.outcome!.text).toContain('棚户区改造完成4000户');
  });
  it('written in the same pattern: 完成N户的征收任务 against a count of 个 and one of 户', () => {
    expect(pair('完成300户的征收任务', '12个片区完成征收').rows[0]!.outcome).toBeNull();
    expect(pair('完成300户的征收任务', '12个片区完成征收，房屋征收完成320户').rows[0]).toMatchObject({ verdict: 'met' });
  });
});

describe('D: a name that is only money is about what the clause before names', () => {
  it("shanghai '推进重大工程建设，全年完成投资2400亿元' is met by '重大工程投资完成2510.1亿元' (gold)", () => {
    const r = row(card('shanghai-2025.txt', 'shanghai-2026.txt'), '完成投资2400亿元');
    expect(r.verdict).toBe('met');
    expect(r.outcome!.text).toContain('2510.1亿元');
  });
  it("qingyuan '投资5000万元的邓阮线…线路迁改' is not met by another project's '投资8100万元'", () => {
    expect(row(card('qingyuan-2023.txt', 'qingyuan-2024.txt'), '投资5000万元').verdict).not.toBe('met');
  });
  // Known not to work yet: the gold reads the broader '投入4.5亿元加强经济开发区…基础设施建设' as naming it (unclear);
  // the code says unreported. When this starts passing, make it an ordinary test.
  it.fails("qingyuan '投资5000万元的邓阮线…线路迁改' is unclear, as in the gold", () => {
    expect(row(card('qingyuan-2023.txt', 'qingyuan-2024.txt'), '投资5000万元').verdict).toBe('unclear');
  });
  // Known not to work with the fitted linker: in a review with one figure, the only candidate is the likest for the target
  // and the target the likest for it, and the two outweigh names that share only '改造工程' (the row abstains at 0.28).
  it.fails('written in the same pattern: one project\'s investment is not another\'s', () => {
    expect(pair('实施供热管网改造工程，投资1.3亿元', '实施道路改造工程，投资1.5亿元').rows[0]!.outcome).toBeNull();
  });
  it('written in the same pattern: a programme\'s investment is its own', () => {
    expect(judged(pair('推进重大项目建设，全年完成投资300亿元', '重大项目完成投资320亿元').rows[0]!)).toBe('met');
  });
  it.each([
    ['hailar-2013.txt', 'hailar-2014.txt', '实现产值2亿元'],
    ['hailar-2014.txt', 'hailar-2015.txt', '实现产值2.5亿元'],
    ['hailar-2014.txt', 'hailar-2015.txt', '年末规模以上企业销售收入达到81亿元'],
  ])("%s → %s: '%s' of a park, a crop or a sector is not reported by the district's '规模以上工业总产值' (read in the reports)", (plan, review, task) => {
    expect(row(card(plan, review), task).outcome?.text ?? '').not.toContain('规模以上工业总产值');
  });
  it('written in the same pattern: 产值 is what its clause names; 规模以上 names no indicator', () => {
    expect(pair('年内入园企业达到7家，实现产值2亿元', '规模以上工业总产值完成207亿元').rows[1]!.outcome).toBeNull();
    expect(pair('年内入园企业达到7家，实现产值2亿元', '入园企业实现产值2.3亿元').rows[1]).toMatchObject({ verdict: 'met' });
    expect(pair('年末规模以上企业销售收入达到81亿元', '规模以上工业总产值完成166亿元').rows[0]!.outcome).toBeNull();
  });
});

describe('J: the flow verb of a target may stand before its figure, outside its name', () => {
  it("hubei '完成1万家规上工业企业数智化转型' is not met by the stock '规上工业企业超过2万家' (gold unreported)", () => {
    expect(row(card('hubei-2025.txt', 'hubei-2026.txt'), '1万家规上工业企业数智化转型')).toMatchObject({ verdict: 'unreported', outcome: null });
  });
  it("national-2016 '1000万以上农村贫困人口脱贫' is still met by '农村贫困人口减少1240万' (gold): 减少 is a flow too", () => {
    expect(row(card('national-2016.txt', 'national-2017.txt'), '1000万以上农村贫困人口脱贫')).toMatchObject({ verdict: 'met' });
  });
  it('written in the same pattern: 完成300家企业技术改造 against 规上企业达到900家', () => {
    expect(pair('完成300家企业技术改造', '全区规上企业达到900家').rows[0]).toMatchObject({ verdict: 'unreported', outcome: null, mention: null });
  });
});

describe('H: a quoted name names one programme, in words as in figures', () => {
  it("shanghai-2025 '打造5个“五好两宜”和美乡村片区' is named by '“五好两宜”和美乡村试点取得良好成效': unclear (gold)", () => {
    const r = row(card('shanghai-2025.txt', 'shanghai-2026.txt'), '打造5个“五好两宜”和美乡村片区');
    expect(r).toMatchObject({ verdict: 'unclear', trace: { stage: 'words-only' } });
    expect(r.mention!.text).toContain('“五好两宜”和美乡村试点取得良好成效');
  });
  it('written in the same pattern: a quoted name is a mention, a quoted period (“十四五”) is not', () => {
    expect(pair('建成3个“红色驿站”服务点', '“红色驿站”建设扎实推进').rows[0]).toMatchObject({ verdict: 'unclear' });
    expect(pair('完成“十四五”规划项目20个', '“十四五”规划圆满收官').rows[0]).toMatchObject({ verdict: 'unreported' });
  });
});

describe('H1: a mention in words must keep the modifiers that make the indicator', () => {
  it("national-2016 '中央财政赤字1.4万亿元' is not named by '增加的财政赤字主要用于减税降费' (gold unreported)", () => {
    const c = card('national-2016.txt', 'national-2017.txt');
    expect(row(c, '中央财政赤字1.4万亿元')).toMatchObject({ verdict: 'unreported', mention: null });
    expect(row(c, '地方财政赤字7800亿元')).toMatchObject({ verdict: 'unreported', mention: null });
  });
  it("beijing-2025 '建设高标准农田15万亩' is not named by '高标准完成核心区控规新一轮三年行动计划' (gold unreported)", () => {
    expect(row(card('beijing-2025.txt', 'beijing-2026.txt'), '建设高标准农田15万亩')).toMatchObject({ verdict: 'unreported', mention: null });
  });
  it('written in the same pattern: a shared modifier without the head noun is no mention; the head with an act after it is', () => {
    expect(pair('建设高标准农田2万亩', '高标准推进城市更新行动').rows[0]).toMatchObject({ verdict: 'unreported', mention: null });
    expect(pair('推动社会融资规模增量500亿元', '社会融资规模持续扩大').rows[0]).toMatchObject({ verdict: 'unclear' });
  });
  it('written in the same pattern: a figure without the modifier does not report the target that has it', () => {
    expect(pair('安排中央财政赤字1.4万亿元', '全年财政赤字2.6万亿元').rows[0]!.outcome).toBeNull();
    expect(pair('海洋生产总值增长6%以上', '全区生产总值增长5.5%').rows[0]!.outcome).toBeNull();
  });
  it("zhejiang-2025 '退役军人1万人' is not named by the roll-call '…退役军人事务、审计统计…等工作成效明显', nor '数字贸易…增长' by '全球数字贸易博览会' (gold unreported)", () => {
    const c = card('zhejiang-2025.txt', 'zhejiang-2026.txt');
    expect(row(c, '退役军人1万人')).toMatchObject({ verdict: 'unreported', mention: null });
    expect(c.rows.find((r) => r.target.indicator === '数字贸易')).toMatchObject({ verdict: 'unreported', mention: null });
  });
  it("qingyuan-2023 '提速总投资152.8亿元的32个省、市重点项目建设' is not named by '项目建设提质提速' (gold unreported): generic words count for nothing", () => {
    expect(row(card('qingyuan-2023.txt', 'qingyuan-2024.txt'), '提速总投资152.8亿元')).toMatchObject({ verdict: 'unreported', mention: null });
  });
  it("hailar-2017 '完成65条、总长度57.9公里的城市道路新建改造' is not named by '…等企业完成升级改造' (read in hailar-2018): verbs of works count for nothing", () => {
    const c = card('hailar-2017.txt', 'hailar-2018.txt');
    expect(row(c, '完成65条')).toMatchObject({ verdict: 'unreported', mention: null });
  });
  it("hailar-2013 '12公里热力主管网' is not named by '供水主管网扩建工程实现环线供水' (hailar-2014): the modifiers before the shared words differ", () => {
    expect(row(card('hailar-2013.txt', 'hailar-2014.txt'), '12公里热力主管网')).toMatchObject({ verdict: 'unreported', mention: null });
  });
  it("national-2021 '延续执行企业研发费用加计扣除75%' is named by '延续实施研发费用加计扣除政策' (gold unclear): words of carrying on are no modifier", () => {
    const r = row(card('national-2021.txt', 'national-2022.txt'), '延续执行企业研发费用加计扣除75%');
    expect(r).toMatchObject({ verdict: 'unclear', trace: { stage: 'words-only' } });
    expect(r.mention!.text).toContain('延续实施研发费用加计扣除政策');
  });
  it('written in the same pattern: 海洋生产总值 is not named by 全省生产总值稳步增长', () => {
    expect(keepsModifiers(modifiersOf('海洋生产总值'), '全省生产总值稳步增长')).toBe(false);
    expect(keepsModifiers(modifiersOf('海洋生产总值'), '海洋经济发展壮大，海洋生产总值稳步增长')).toBe(true);
  });
});

describe('rules that must not misfire (each written to pin one case a review found)', () => {
  it('a deadline written 到2027年 is a deadline too', () => {
    expect(pair('到2027年建成10个产业园', '建成产业园3个').rows[0]).toMatchObject({ verdict: 'unreported', reason: 'not due yet: due 2027' });
  });
  it('a target with its own later deadline reported done is met early', () => {
    expect(pair('到2027年，所有行政村集体经济收入达到10万元以上', '所有行政村集体经济收入全部达到10万元以上').rows[0]).toMatchObject({ verdict: 'met' });
  });
  it("'未能实现' said of another indicator in the sentence does not make this one missed", () => {
    expect(pair('推动居民收入增长6%', '居民收入稳步增长，进出口总额出现下降，预期增长目标未能实现').rows[0]!.verdict).not.toBe('missed');
  });
});

describe('H2: a figure of the indicator that cannot answer the target makes it unclear, not unreported', () => {
  it("hubei '社会消费品零售总额增长7％左右' against '社会消费品零售总额增至2.79万亿元': unclear, with that figure (gold)", () => {
    const r = row(card('hubei-2025.txt', 'hubei-2026.txt'), '社会消费品零售总额增长7');
    expect(r).toMatchObject({ verdict: 'unclear', trace: { stage: 'other-kind' } });
    expect(r.outcome!.text).toContain('2.79万亿元');
  });
  it('written in the same pattern: 工业技改投资增长5% against 完成工业技改投资6.6亿元', () => {
    expect(pair('推动工业技改投资增长5%', '完成工业技改投资6.6亿元').rows[0]).toMatchObject({ verdict: 'unclear', outcome: { value: 6.6 } });
  });
});

describe('H2: a mention in words may hold numbers that are not figures', () => {
  it('written in the pattern of a ranking (…居全国第10位): a rank or a year is no figure of the indicator; a count is', () => {
    expect(pair('推动软件业务收入增长10%', '软件业务收入居全省第3位').rows[0]).toMatchObject({ verdict: 'unclear', trace: { stage: 'words-only' } });
    expect(pair('推动软件业务收入增长10%', '2025年软件业务收入稳步增长').rows[0]).toMatchObject({ verdict: 'unclear', trace: { stage: 'words-only' } });
    expect(pair('推动软件业务收入增长10%', '软件业务收入超亿元企业达到3家').rows[0]!.trace.stage).not.toBe('words-only');
  });
});

const BROADER = 'the review gives a figure for a broader set that holds the target';
const OTHER_STAGE = 'the review counts the works at another stage (started against finished)';

describe('I: a figure that counts something else than the target makes it unclear, not met or missed (gold convention)', () => {
  it.each([
    ['hailar-2017.txt', 'hailar-2018.txt', '实施村屯绿化2738亩', '实施公路、村屯、矿区绿化3920亩', BROADER],
    ['qingyuan-2022.txt', 'qingyuan-2023.txt', '新创建省级美丽乡村10个以上', '创建市级以上美丽乡村26个', BROADER],
    ['hailar-2015.txt', 'hailar-2016.txt', '8家企业迁建工作', '5家企业完成迁建工作', OTHER_STAGE],
    ['national-2015.txt', 'national-2016.txt', '保障性安居工程新安排740万套', '城镇保障性安居工程住房基本建成772万套', OTHER_STAGE],
  ])("%s → %s: '%s' against '%s' (read in the reports): %s", (plan, review, task, account, reason) => {
    const r = row(card(plan, review), task);
    expect(r).toMatchObject({ verdict: 'unclear', reason });
    expect(r.outcome!.text).toContain(account);
  });
  it('written in the same pattern: a broader set of kinds or levels is unclear; the same kinds, or the same level, report the target', () => {
    expect(pair('实施村屯绿化2000亩', '实施公路、村屯、矿区绿化3000亩').rows[0]).toMatchObject({ verdict: 'unclear' });
    expect(pair('实施村屯绿化2000亩', '实施村屯绿化2500亩').rows[0]).toMatchObject({ verdict: 'met' });
    expect(pair('新创建省级美丽乡村10个', '创建市级以上美丽乡村26个').rows[0]).toMatchObject({ verdict: 'unclear' });
    expect(pair('创建市级以上美丽乡村10个', '创建市级以上美丽乡村26个').rows[0]).toMatchObject({ verdict: 'met' });
    // laiyuan-2021 → 2022: '省、市' is the target's own 省市, not a list of other kinds.
    expect(row(card('laiyuan-2021.txt', 'laiyuan-2022.txt'), '争列省市重点项目盘子不少于10个')).toMatchObject({ verdict: 'met' });
  });
  it('written in the same pattern: started against finished is unclear; the same stage is judged; money has no stage', () => {
    expect(pair('年内启动10家企业搬迁工作', '6家企业完成搬迁').rows[0]).toMatchObject({ verdict: 'unclear' });
    expect(pair('年内完成10家企业搬迁', '12家企业完成搬迁').rows[0]).toMatchObject({ verdict: 'met' });
    expect(judged(pair('推进重大项目开工建设，完成投资300亿元', '重大项目完成投资320亿元').rows[0]!)).toBe('met');
  });
});

describe('rows that once pinned hand-set thresholds, now read by the fitted model', () => {
  // Known not to work with the fitted linker: '改造提升13条道路' is linked at a low probability (the row abstains).
  it.fails("shunping-2021 '5000座户厕改造' is not answered by '改造提升13条道路' (gold unreported)", () => {
    expect(row(card('shunping-2021.txt', 'shunping-2022.txt'), '5000座户厕改造')).toMatchObject({ verdict: 'unreported', outcome: null });
  });
  // A five-year figure of the same name loses to the year's: read in fuping-2021, '刚刚过去的2020年…一般公共预算收入实现增速
  // 11.5%' is 2020's; '…由2.35亿元增长到5.34亿元，年均增长17.8%' is the five years' (the period comparison weighs it).
  it("fuping-2020 '一般公共预算收入增长7%以上' is met by the year's '实现增速11.5%', not the five years' '年均增长17.8%'", () => {
    const r = row(card('fuping-2020.txt', 'fuping-2021.txt'), '一般公共预算收入增长7%以上');
    expect(judged(r)).toBe('met');
    expect(r.outcome!.text).toContain('11.5%');
  });
  it("beijing-2025 '改善宛平城等12个重点区域周边环境面貌' is met by '宛平城等20处重点区域环境面貌显著提升' (gold met)", () => {
    const r = row(card('beijing-2025.txt', 'beijing-2026.txt'), '改善宛平城等12个重点区域周边环境面貌');
    expect(judged(r)).toBe('met');
    expect(r.outcome!.text).toContain('宛平城等20处重点区域');
  });
});
