import { describe, expect, it } from 'vitest';
import { extract, parseReport, type Target } from '../src/index.js';
import { corpus } from './corpus.js';

/** A one-part report around `plan` (and `review`), so the rules are read on real sentences in place. */
function report(plan: string, review = '过去一年，工作取得新进展。') {
  return parseReport(`各位代表：\n\n一、2024年工作回顾\n\n${review}\n\n二、2025年工作安排\n\n${plan}`);
}
const targetsOf = (plan: string) => extract(report(plan)).targets;
const brief = (t: Target) => [t.indicator, t.value, t.unit, t.comparator, t.direction];

describe('targets', () => {
  it('a forecast and the people a task serves are not targets (failure classes: precision)', () => {
    expect(targetsOf('今年高校毕业生将高达765万人，要促进多渠道就业。')).toEqual([]); // national-2016
    expect(targetsOf('保障好14亿人的粮食安全。')).toEqual([]); // national-2021
    expect(targetsOf('城镇新增就业1100万人以上。').map((t) => t.value)).toEqual([1100]);
  });

  it('in a list of items that each give a figure then its noun, the noun closing an item is its figure\'s (hailar-2014, 2015)', () => {
    const plan = targetsOf('确保中心城区68公里供水、15公里雨水管网二期工程按期竣工。');
    expect(plan.map((t) => [t.value, t.text])).toEqual([
      [68, '中心城区68公里供水'],
      [15, '15公里雨水管网二期工程按期竣工'],
    ]);
    const review = extract(report('推进城市建设。', '实施了中心城区26公里供水、117公里供热、20公里燃气管网铺设。')).outcomes;
    expect(review.map((o) => [o.value, o.indicator])).toEqual([
      [26, '实施了中心城区供水'],
      [117, '供热'],
      [20, '燃气管网铺设'],
    ]);
    // Words that name nothing give way to the noun (hailar-2012).
    expect(targetsOf('重点实施31.2公里农村公路、1.2万亩农田水利建设。').map((t) => t.indicator)).toEqual(['农村公路', '农田水利建设']);
    // A bound is not a noun: '增长6%左右、…' keeps its words.
    expect(targetsOf('地区生产总值增长6%左右、一般公共预算收入增长5%。').map((t) => t.indicator)).toEqual(['地区生产总值', '一般公共预算收入']);
  });

  it('a capacity that names a plant is not a target; an output and a factory building are (failure classes: precision)', () => {
    expect(targetsOf('加快推进中信年产8万吨针织面料产业示范园建设。')).toEqual([]); // beiguan-2019
    expect(targetsOf('确保大唐700万吨露天矿一季度完成核准并开工建设。')).toEqual([]); // hailar-2014
    expect(targetsOf('完成日处理3万吨水厂改扩建。')).toEqual([]); // hailar-2016
    expect(extract(report('推进项目建设。', '宝迪公司年产5万吨有机肥厂建设完成。')).outcomes).toEqual([]); // laiyuan-2022
    expect(targetsOf('年产黑木耳1000吨以上。').map((t) => [t.value, t.unit])).toEqual([[1000, '吨']]); // laiyuan-2021
    expect(targetsOf('新增年产500吨食用菌。').map((t) => t.value)).toEqual([500]);
    expect(targetsOf('新建标准化厂房5万平方米。').map((t) => t.value)).toEqual([5]);
  });

  it('把 marks the object a target is set for: a target restated with it is a repeat (national-2014)', () => {
    const restated = targetsOf('居民消费价格涨幅3.5%左右。\n\n稳定物价总水平，把居民消费价格涨幅控制在3.5%左右。');
    expect(restated.map((t) => [t.indicator, t.repeatOf === null])).toEqual([
      ['居民消费价格涨幅', true],
      ['居民消费价格涨幅', false],
    ]);
  });

  it("the year's cohort of graduates is a fact the plan restates, not a target; graduates helped are (failure classes: precision)", () => {
    expect(targetsOf('今年高校毕业生将达727万人，要开发更多就业岗位。')).toEqual([]); // national-2014
    expect(targetsOf('今年高校毕业生749万人，为历史最高。')).toEqual([]); // national-2015
    expect(targetsOf('今年高校毕业生超过1000万人，要加强就业创业指导。')).toEqual([]); // national-2022
    expect(targetsOf('为80万重点群体提供就业帮扶，其中离校未就业高校毕业生6万人。').map((t) => t.value)).toEqual([80, 6]); // zhejiang-2025
    expect(targetsOf('今年帮扶高校毕业生就业2万人。').map((t) => t.value)).toEqual([2]);
  });

  it('years said roughly (30多年, 十余年) are how long something has lasted; a deadline and days of work are not (failure classes: precision)', () => {
    expect(targetsOf('中国改革开放30多年的辉煌成就，就是广大干部群众干出来的。')).toEqual([]); // national-2016
    expect(targetsOf('力争让十余年不能回迁的群众尽快回迁。')).toEqual([]); // qingyuan-2023
    expect(extract(report('推进城市更新。', '经营了40多年的马路市场全部退路进厅。')).outcomes).toEqual([]); // beiguan-2019
    expect(extract(report('推进城市更新。', '用20多天拆迁800多户。')).outcomes.map((o) => [o.value, o.unit])).toEqual([[20, '天'], [800, '户']]); // beiguan-2019
    expect(targetsOf('力争两年内让全区所有村庄实现户户通硬化路。').map((t) => [t.value, t.unit])).toEqual([[2, '年']]); // beiguan-2019
  });

  it('classes by age, slope or size, regimes named by a duration, denominators and audiences are not targets (failure classes: precision)', () => {
    expect(targetsOf('全面完成20年以上电梯更新。')).toEqual([]); // zhejiang-2025
    expect(targetsOf('加快推进20年以上小区的既有建筑节能改造。')).toEqual([]); // hailar-2016
    expect(targetsOf('培育一批城区人口超50万县。')).toEqual([]); // henan-2025
    expect(targetsOf('用好240小时过境免签。')).toEqual([]); // sichuan-2025
    expect(targetsOf('持续推动公园24小时开放。')).toEqual([]); // shanghai-2025
    expect(targetsOf('打造15分钟便民生活圈。')).toEqual([]); // laiyuan-2022
    expect(targetsOf('配置AED达每10万人45台。').map((t) => [t.value, t.unit])).toEqual([[45, '台']]); // zhejiang-2025
    expect(targetsOf('重点面向全省两百多万小微企业开展服务。')).toEqual([]); // hubei-2025
    expect(targetsOf('汇聚8500万江苏人民的奋进力量。')).toEqual([]); // jiangsu-2025
    // Written in the same patterns, and what must stay a target.
    expect(targetsOf('改造15年以上老旧管网。')).toEqual([]);
    expect(targetsOf('打造10分钟就医圈。')).toEqual([]);
    expect(targetsOf('新建农村公路300公里以上。').map((t) => t.value)).toEqual([300]);
    expect(targetsOf('政务服务事项办理时间压缩至2小时以内。').map((t) => t.value)).toEqual([2]);
    expect(targetsOf('建成10个以上宜居宜业和美乡村。').map((t) => t.value)).toEqual([10]);
  });

  it('a figure without words of its own quotes the words of the figure before it in its clause (issue 11)', () => {
    // national-2021: '小规模纳税人增值税起征点从月销售额10万元提高到15万元' keeps its subject in the evidence.
    expect(targetsOf('将小规模纳税人增值税起征点从月销售额10万元提高到15万元。').map((t) => [t.value, t.text])).toEqual([[15, '小规模纳税人增值税起征点从月销售额10万元提高到15万元']]);
    // jiangsu-2025: '开行中欧班列2286列、增长7.7%'.
    expect(extract(report('推进高水平开放。', '过去一年，开行中欧班列2286列、增长7.7%。')).outcomes.map((o) => o.text)).toEqual(['开行中欧班列2286列', '开行中欧班列2286列、增长7.7%']);
  });

  it('a name too short to be an indicator takes the noun after its figure; a verb after it does not count (issue 11)', () => {
    expect(targetsOf('严守18亿亩耕地红线。').map((t) => [t.indicator, t.text])).toEqual([['严守耕地红线', '严守18亿亩耕地红线']]); // national-2021
    expect(targetsOf('用好1800亿元引导基金。').map((t) => t.indicator)).toEqual(['用好引导基金']); // national-2016
    expect(targetsOf('投资8000万元实施10公里雨水管网改造。').map((t) => t.text)).toEqual(['投资8000万元', '实施10公里雨水管网改造']); // hailar-2012
  });

  it("'N以上的X' after a verb is the target, after an attribute a scope (failure class K2)", () => {
    expect(targetsOf('覆盖80%以上的大城市。').map((t) => [t.value, t.unit, t.comparator])).toEqual([[80, '%', 'at_least']]); // national-2016
    expect(targetsOf('推动60%以上的县级特困供养机构三级达标。').map((t) => t.value)).toEqual([60]); // henan-2026
    expect(targetsOf('建设大宗货物年运量150万吨以上的物流园区。')).toEqual([]); // henan-2026: a scope
  });

  it('reads each figure of the 主要预期目标 with its indicator (beiguan-2019.txt line 79)', () => {
    const targets = targetsOf('经济社会发展主要预期目标是：地区生产总值增长 7.5%；一般公共预算收入增长 8%；城镇调查失业率控制在 4%以内。');
    expect(targets.map(brief)).toEqual([
      ['地区生产总值', 7.5, '%', 'exact', 'increase'],
      ['一般公共预算收入', 8, '%', 'exact', 'increase'],
      ['城镇调查失业率', 4, '%', 'at_most', 'level'],
    ]);
  });

  it('makes one target per (indicator, number): 23条 and 27.9公里 (gold/README.md, beiguan-2019.txt)', () => {
    const targets = targetsOf('新建改建农村道路23条、27.9公里。');
    expect(targets.map(brief)).toEqual([
      ['新建改建农村道路', 23, '条', 'exact', 'increase'],
      ['新建改建农村道路', 27.9, '公里', 'exact', 'increase'],
    ]);
  });

  it("gives a shared number one target naming both (gold/README.md: '二氧化硫、氮氧化物排放量下降3%')", () => {
    expect(targetsOf('二氧化硫、氮氧化物排放量下降3%。').map(brief)).toEqual([['二氧化硫、氮氧化物排放量', 3, '%', 'exact', 'decrease']]);
  });

  it('ties each figure of a 分别 list to its own item (national-2021.txt line 212)', () => {
    const targets = targetsOf('居民医保和基本公共卫生服务经费人均财政补助标准分别再增加30元和5元。');
    expect(targets.map((t) => [t.indicator, t.value])).toEqual([
      ['居民医保', 30],
      ['基本公共卫生服务经费人均财政补助标准', 5],
    ]);
  });

  it('marks a later sentence that only repeats a target (national-2021.txt lines 122–124)', () => {
    const targets = targetsOf('今年发展主要预期目标是：国内生产总值增长6%以上。\n\n经济增速是综合性指标，今年预期目标设定为6%以上，考虑了经济运行恢复情况。');
    expect(targets).toHaveLength(2);
    expect(targets[1]!.repeatOf).toBe(targets[0]!.id);
  });

  it('does not take one figure for a repeat of another indicator with the same value (national-2021.txt: 1.3万亿斤 twice)', () => {
    const targets = targetsOf('粮食综合生产能力保持在1.3万亿斤以上。\n\n今年发展主要预期目标是：粮食产量保持在1.3万亿斤以上。');
    expect(targets.map((t) => t.repeatOf)).toEqual([null, null]);
  });

  it('leaves out a figure about last year given for comparison (gold/README.md: 比去年预算高0.2个百分点)', () => {
    expect(targetsOf('赤字率拟按3.2%左右安排，比去年预算高0.2个百分点。').map(brief)).toEqual([['赤字率', 3.2, '%', 'about', 'level']]);
  });

  it('keeps a change against last year when no figure comes before it in the sentence (zhejiang-2025.txt), not when it restates one (national-2014.txt)', () => {
    expect(targetsOf('深化能源体制机制改革，力争全省工商业电价较上年下降3分/千瓦时以上。').map(brief)).toEqual([['全省工商业电价', 3, '分/千瓦时', 'at_least', 'decrease']]);
    expect(targetsOf('今年拟安排财政赤字13500亿元，比上年增加1500亿元。').map((t) => t.value)).toEqual([13500]);
  });

  it('keeps a deadline in years (N年内) as a target, but a distance with 内 names an indicator\'s scope (beiguan-2019, national-2016)', () => {
    expect(targetsOf('力争两年内让全区所有村庄实现户户通硬化路。').map((t) => [t.value, t.unit, t.comparator, t.frame.measure])).toEqual([[2, '年', 'at_most', 'duration']]);
    expect(targetsOf('两年内实现农村稳定可靠供电服务和平原地区机井通电全覆盖。').map((t) => t.value)).toEqual([2]);
    expect(targetsOf('公交与轨道50米内换乘比例达到80%。').map((t) => t.value)).toEqual([80]);
  });

  it('names a count of a task by the task after 的, but not a 目标任务 (hailar-2018.txt, hailar-2019.txt)', () => {
    expect(targetsOf('拆除城区内剩余平房，努力完成4000户的改造任务。').map((t) => [t.indicator, t.text])).toEqual([['改造', '完成4000户的改造任务']]);
    expect(targetsOf('继续推进棚户区改造，完成800户的改造任务。').map((t) => t.indicator)).toEqual(['改造']);
  });

  it('leaves out the starting point of a change (national-2021.txt line 137)', () => {
    expect(targetsOf('将小规模纳税人增值税起征点从月销售额10万元提高到15万元。').map((t) => t.value)).toEqual([15]);
  });

  it('leaves out the scope a rule applies to (national-2021.txt line 137: 不到100万元的部分)', () => {
    const targets = targetsOf('对小微企业和个体工商户年应纳税所得额不到100万元的部分，在现行优惠政策基础上，再减半征收所得税。');
    expect(targets.map((t) => [t.value, t.unit, t.direction])).toEqual([[0.5, 'fraction', 'decrease']]);
  });

  it('leaves out a size class naming the firms a rule is for (henan-2025.txt: 营收…亿元以上企业)', () => {
    expect(targetsOf('推动营收1亿元以上企业研发投入增长15%以上。').map((t) => t.value)).toEqual([15]);
  });

  it('leaves out the size of a list given in full, keeps one closed by 等 (henan-2025.txt; beiguan-2019.txt line 123)', () => {
    expect(targetsOf('推动钢铁、有色、化工、建材4个重点行业节能降碳。')).toEqual([]);
    expect(targetsOf('建成万雅大道、万金大道、HB26号路等7条道路。').map((t) => [t.value, t.unit])).toEqual([[7, '条']]);
  });

  it('leaves out the field a task works in (henan-2025.txt: 聚焦28条重点产业链)', () => {
    expect(targetsOf('聚焦28条重点产业链，实施20个重大科技专项。').map((t) => t.value)).toEqual([20]);
  });

  it('keeps 力争/确保 as modality, not as a bound (beiguan-2019.txt; gold note: 力争 without 以上 → exact)', () => {
    const [t] = targetsOf('力争建筑业企业总产值 200 亿元。');
    expect(t).toMatchObject({ value: 200, unit: '亿元', comparator: 'exact', modality: 'strive' });
  });

  it('gives 超过 an exclusive bound (henan-2025.txt: 高新技术企业总量超过1.4万家)', () => {
    expect(targetsOf('高新技术企业总量超过1.4万家。')[0]).toMatchObject({ comparator: 'at_least', inclusive: false, value: 1.4, unit: '万家' });
  });
});

describe('outcomes', () => {
  it('reads a level and a growth rate from one sentence (beiguan-2019.txt line 19)', () => {
    const { outcomes } = extract(report('今年要做好工作。', '2018年地区生产总值完成166.4亿元，同比增长6.7%。'));
    expect(outcomes.map((o) => [o.indicator, o.value, o.unit, o.direction])).toEqual([
      ['地区生产总值', 166.4, '亿元', 'level'],
      ['地区生产总值', 6.7, '%', 'increase'],
    ]);
    expect(outcomes[1]!.text).toBe('同比增长6.7%');
  });

  it('marks preliminary figures (beijing-2025.txt: 预计…增长5.2%左右)', () => {
    const { outcomes } = extract(report('今年要做好工作。', '预计全市地区生产总值增长5.2%左右。'));
    expect(outcomes[0]).toMatchObject({ preliminary: true, value: 5.2, comparator: 'about' });
  });

  it('reads the past paragraphs of a part that is both review and plan as outcomes (national-2021.txt part 二)', () => {
    const r = parseReport(
      '各位代表：\n\n一、2020年工作回顾\n\n过去一年。\n\n二、“十三五”时期发展成就和“十四五”时期主要目标任务\n\n' +
        '“十三五”时期，我国发展取得新的历史性成就。脱贫攻坚成果举世瞩目，5575万农村贫困人口实现脱贫。\n\n' +
        '“十四五”时期要坚持创新驱动，全社会研发经费投入年均增长7%以上。',
    );
    const { targets, outcomes } = extract(r);
    expect(targets.map((t) => t.value)).toEqual([7]);
    expect(outcomes.map((o) => o.value)).toEqual([5575]);
  });
});

describe('extraction rules that must not misfire', () => {
  it('a commitment with 将达到 and a target of people with 的目标任务 stay targets', () => {
    expect(targetsOf('常住人口城镇化率将达到65%。').map((t) => t.value)).toEqual([65]);
    expect(targetsOf('完成城镇新增就业1.2万人的目标任务。').map((t) => t.value)).toEqual([1.2]);
  });
  it('a size class introduced by 达到 is no target', () => {
    expect(targetsOf('对年主营业务收入达到2000万元以上的企业给予奖励。')).toEqual([]);
  });
  it('a scale before a noun is a class, and 连续三年 a run', () => {
    expect(targetsOf('打造3个产值突破千亿级产业集群。').map((t) => [t.value, t.unit])).toEqual([[3, '个']]);
    expect(targetsOf('推动粮食产量连续三年稳定在50万吨以上。').map((t) => [t.value, t.unit])).toEqual([[50, '万吨']]);
  });
  it("a review paragraph opening '回望过去一年' reports one year", () => {
    const { outcomes } = extract(report('今年要推动地区生产总值增长5%。', '回望过去一年，我们新建口袋公园22座。'));
    expect(outcomes.map((o) => [o.value, o.horizon])).toEqual([[22, 'year']]);
  });
});

describe('indicators of 从…提高到… (failure class B3)', () => {
  it('the indicator is the name before 从, without the years', () => {
    const { outcomes } = extract(report('今年要推动地区生产总值增长5%。', '人均地区生产总值从2020年的10.5万元提高到2025年的14万元左右。')); // zhejiang-2026
    expect(outcomes.map((o) => [o.indicator, o.value])).toEqual([['人均地区生产总值', 14]]);
  });
  it('经营主体从689万户增至951万户 measures 经营主体 (sichuan-2026)', () => {
    const { outcomes } = extract(report('今年要推动地区生产总值增长5%。', '经营主体从689万户增至951万户。'));
    expect(outcomes.map((o) => [o.indicator, o.value])).toEqual([['经营主体', 951]]);
  });
});

describe('elliptical 分别 lists (failure class C3)', () => {
  it('城乡居民…分别 is 城镇 then 农村 (sichuan-2026, jiangsu-2026)', () => {
    const { outcomes } = extract(report('今年要推动地区生产总值增长5%。', '城乡居民人均可支配收入分别增长4.4%、5.6%。'));
    expect(outcomes.map((o) => [o.indicator, o.value])).toEqual([['城镇居民人均可支配收入', 4.4], ['农村居民人均可支配收入', 5.6]]);
  });
  it('一、二、三产增加值分别… gives each item the head', () => {
    const { outcomes } = extract(report('今年要推动地区生产总值增长5%。', '一、二、三产增加值分别增长3.5%、6.1%、5.2%。'));
    expect(outcomes.map((o) => o.indicator)).toEqual(['一产增加值', '二产增加值', '三产增加值']);
  });
});

describe('extract with only one kind', () => {
  it.each(corpus.map(([file, text]) => [file, text] as const))('%s: only targets, or only outcomes, gives exactly that half of the whole extraction', (_, text) => {
    const r = parseReport(text);
    const whole = extract(r);
    expect(extract(r, { only: 'targets' })).toEqual({ targets: whole.targets, outcomes: [] });
    expect(extract(r, { only: 'outcomes' })).toEqual({ targets: [], outcomes: whole.outcomes });
  });
});
