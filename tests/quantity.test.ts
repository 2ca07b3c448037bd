import { describe, expect, it } from 'vitest';
import { findQuantities, readArabic, readChinese, type Quantity } from '../src/index.js';

type Expect = Partial<Pick<Quantity, 'value' | 'high' | 'unit' | 'comparator' | 'inclusive' | 'kind' | 'direction' | 'modality' | 'preliminary'>> & { text?: string };

/** [sentence, where it is from, the quantities expected in it (in order)]. */
const FORMS: Array<[string, string, Expect[]]> = [
  ['地区生产总值增长 7.5%；', 'beiguan-2019.txt', [{ value: 7.5, unit: '%', kind: 'percent', comparator: 'exact', direction: 'increase' }]],
  ['城镇新增就业1100万人以上', 'national-2021.txt', [{ value: 1100, unit: '万人', comparator: 'at_least', inclusive: true }]],
  ['国内生产总值增长6.5%－7%，居民消费价格涨幅3%左右', 'national-2016.txt', [
    { value: 6.5, high: 7, unit: '%', comparator: 'range' },
    { value: 3, unit: '%', comparator: 'about', direction: 'increase' },
  ]],
  ['地区生产总值增长4.5%—5%，在实际工作中全力争取更', 'guangdong-2026.txt', [{ value: 4.5, high: 5, comparator: 'range' }]],
  ['地区生产总值年均增速4.5%-5%', 'beijing-2026.txt', [{ value: 4.5, high: 5, comparator: 'range' }]],
  ['引进国际、国内知名无人机企业3-5家', 'beiguan-2019.txt', [{ value: 3, high: 5, unit: '家', comparator: 'range' }]],
  ['力争新增2—3家地方国企进入', 'hubei-2025.txt', [{ value: 2, high: 3, unit: '家', comparator: 'range', modality: 'strive' }]],
  ['增长4.5%至5%', 'REFERENCE.md (number forms)', [{ value: 4.5, high: 5, comparator: 'range' }]],
  ['增长4.8%到5.1%', 'REFERENCE.md (number forms)', [{ value: 4.8, high: 5.1, comparator: 'range' }]],
  ['规模近9.8万亿元，增长18%', 'national-2022.txt', [{ value: 9.8, unit: '万亿元', comparator: 'about' }, { value: 18, unit: '%' }]],
  ['减轻企业负担1500多亿元', 'national-2014.txt', [{ value: 1500, unit: '亿元', comparator: 'about' }]],
  ['投资20余亿元的中信（安阳）', 'beiguan-2019.txt', [{ value: 20, unit: '亿元', comparator: 'about' }]],
  ['向民间资本推介重大项目总投资不低于2000亿元', 'beijing-2025.txt', [{ value: 2000, unit: '亿元', comparator: 'at_least', inclusive: true }]],
  ['我国经济总量超过60万亿元', 'national-2016.txt', [{ value: 60, unit: '万亿元', comparator: 'at_least', inclusive: false }]],
  ['一般公共预算收入突破8亿元大关', 'beiguan-2019.txt', [{ value: 8, unit: '亿元', comparator: 'at_least', inclusive: true }]],
  ['城镇调查失业率控制在 4%以内', 'beiguan-2019.txt', [{ value: 4, unit: '%', comparator: 'at_most', direction: 'level' }]],
  ['人口自然增长率控制在3‰以内', 'REFERENCE.md (number forms)', [{ value: 3, unit: '‰', kind: 'permille', comparator: 'at_most' }]],
  ['源消费比重提高1.7个百分点', 'national-2017.txt', [{ value: 1.7, unit: '个百分点', kind: 'points', direction: 'increase' }]],
  ['下降0.5个百分点，不是下降0.5%', 'issue 3', [{ value: 0.5, kind: 'points', direction: 'decrease' }, { value: 0.5, kind: 'percent', direction: 'decrease' }]],
  ['宏观税负再降一个百分点', 'REFERENCE.md (number forms)', [{ value: 1, unit: '个百分点', kind: 'points', direction: 'decrease' }]],
  ['新能源汽车约30万辆、增长近3倍', 'beijing-2025.txt', [{ value: 30, unit: '万辆', comparator: 'about' }, { value: 3, unit: '倍', kind: 'multiple', comparator: 'about' }]],
  ['城乡居民收入比缩小至2.31:1', 'guangdong-2025.txt', [{ value: 2.31, kind: 'ratio' }]],
  ['三次产业结构为4.1:43.1:52.8', 'REFERENCE.md (number forms)', [{ value: 4.1, kind: 'ratio' }]],
  ['支柱产业突破万亿级规模', 'hubei-2025.txt', [{ value: 1, unit: '万亿元', comparator: 'at_least' }]],
  ['5大支柱产业迈入万亿级规模', 'hubei-2026.txt', [{ value: 1, unit: '万亿元', comparator: 'at_least', text: '万亿级' }]],
  ['培育万亿级文旅支柱产业', 'hubei-2025.txt: a size class, no verb of reaching', []],
  ['保持千亿级投资强度', 'beijing-2025.txt', [{ value: 1000, unit: '亿元', comparator: 'at_least', text: '千亿级' }]],
  ['第二轮土地承包到期后再延长三十年', 'jiangsu-2025.txt', [{ value: 30, unit: '年', text: '三十年' }]],
  ['力争两年内让全区所有村庄实现户户通硬化路', 'beiguan-2019.txt', [{ value: 2, unit: '年', comparator: 'at_most', text: '两年内' }]],
  ['三次产业结构比为22.3：31.5：46.2，', 'qingyuan-2022.txt', [{ value: 22.3, kind: 'ratio', text: '22.3：31.5：46.2' }]],
  ['三次产业比由2015年的6：61：33到2020年底的12：27：61', 'laiyuan-2021.txt', [{ value: 6, kind: 'ratio' }, { value: 12, kind: 'ratio' }]],
  ['对东盟、中东出口分别增长9.9%、10.5%。', 'guangdong-2025.txt', [{ value: 9.9, direction: 'increase' }, { value: 10.5, direction: 'increase' }]],
  ['无人机产量增长39%、占全国9成', 'guangdong-2026.txt', [{ value: 39 }, { value: 9, unit: '成', kind: 'fraction' }]],
  ['占全国超4成', 'guangdong-2025.txt', [{ value: 4, unit: '成', comparator: 'at_least', inclusive: false }]],
  ['压减一半', 'guangdong-2025.txt', [{ value: 0.5, unit: 'fraction', kind: 'fraction' }]],
  ['再减半征收所得税', 'national-2021.txt', [{ value: 0.5, unit: 'fraction', direction: 'decrease' }]],
  ['转移支付项目减少三分之一', 'national-2016.txt', [{ value: 1 / 3, unit: 'fraction', direction: 'decrease' }]],
  // A later 、-item takes the verb opening the list, not the first item's own predicate nor a count's verb for a rate
  // (national-2021's and shanghai-2025's headline targets written with 、 instead of ，, as the rewording suite does).
  ['城镇新增就业1100万人以上、城镇调查失业率5.5%左右', 'written: national-2021.txt with 、', [{ value: 1100, direction: 'increase' }, { value: 5.5, direction: 'level' }]],
  ['全市生产总值增长5%左右、城镇调查失业率5%以内', 'written: shanghai-2025.txt with 、', [{ value: 5, direction: 'increase' }, { value: 5, direction: 'level' }]],
  ['新增公园5个、绿道20公里', 'written: a verb opening the list', [{ value: 5, direction: 'increase' }, { value: 20, direction: 'increase' }]],
  // Rates read out in words, as a speech may be transcribed (issue 20's rewording families): the same figure as 8%.
  ['居民消费价格上涨百分之二', 'written: national-2022.txt spelled out', [{ value: 2, unit: '%', kind: 'percent', text: '百分之二' }]],
  ['经济增长百分之四点八', 'written: decimals after 点', [{ value: 4.8, unit: '%', kind: 'percent', text: '百分之四点八' }]],
  ['增长百分之六以上', 'written: a bound after the spelled rate', [{ value: 6, unit: '%', comparator: 'at_least', text: '百分之六以上' }]],
  ['出生率千分之八', 'written: per mille', [{ value: 8, unit: '‰', kind: 'permille' }]],
  ['城乡居民人均收入比2010年翻一番', 'national-2016.txt', [{ value: 2, unit: '倍', kind: 'multiple' }]],
  ['养老金实现十四连增', 'beiguan-2019.txt', [{ value: 14, unit: '连增' }]],
  ['总量达到60013亿元', 'hubei-2025.txt', [{ value: 60013, unit: '亿元' }]],
  ['粮食综合生产能力保持在1.3万亿斤以上', 'national-2021.txt', [{ value: 1.3, unit: '万亿斤', comparator: 'at_least' }]],
  ['城乡低保年人均标准分别提高到 280 元/月和 176 元/月', 'beiguan-2019.txt', [{ value: 280, unit: '元/月' }, { value: 176, unit: '元/月' }]],
  ['力争全省工商业电价较上年下降3分/千瓦时以上', 'zhejiang-2025.txt: a price in fen per unit', [{ value: 3, unit: '分/千瓦时', direction: 'decrease', comparator: 'at_least' }]],
  ['供浙气源综合价格下降3-5分/立方米', 'zhejiang-2025.txt', [{ value: 3, high: 5, unit: '分/立方米', comparator: 'range' }]],
  ['１３．８％', 'full-width digits, as copies from some sites write them', [{ value: 13.8, unit: '%' }]],
  ['预计全市地区生产总值增长5.2%左右', 'beijing-2025.txt', [{ value: 5.2, comparator: 'about', preliminary: true }]],
  ['据初步核算，全年国内生产总值增长6.7%', 'REFERENCE.md (preliminary)', [{ value: 6.7, preliminary: true }]],
  ['确保城镇新增就业100万人以上', 'zhejiang-2026.txt', [{ value: 100, unit: '万人', modality: 'ensure' }]],
];

/** Sentences whose numbers are not quantities, and why. */
const NOT_QUANTITIES: Array<[string, string, number]> = [
  ['二、2019 年工作安排', 'beiguan-2019.txt: a year', 0],
  ['——2019年6月14日在安阳市北关区第十届人民代表大会第四次会议上', 'beiguan-2019.txt: a date, an ordinal session', 0],
  ['今年是新中国成立 70 周年', 'beiguan-2019.txt: an anniversary', 0],
  ['全面贯彻党的十九大和十九届二中', 'beiguan-2019.txt: a congress (十九大) and a plenum', 0],
  ['考核得分3分', 'a score: 分 is a price only with what it prices (分/千瓦时)', 0],
  ['搞好第四次经济普查', 'beiguan-2019.txt: an ordinal', 0],
  ['继续实施第三期学前教育行动计划', 'beiguan-2019.txt: an ordinal', 0],
  ['建成万雅大道、万金大道、HB26号路等7条道路', 'beiguan-2019.txt: HB26 is a road name; only 7条 counts', 1],
  ['热转印花、3D印花等先进辅', 'beiguan-2019.txt: a technology name', 0],
  ['今年广义货币M\n2\n和社会融资规模余额预期增长均为12%左右', 'national-2017.txt: the 2 of M2 is a subscript; only 12% counts', 1],
  ['细颗粒物（PM\n2.5\n）年均浓度下降9.1%', 'national-2017.txt: PM2.5 is a pollutant name; only 9.1% counts', 1],
  ['深入开展三大攻坚战', 'beiguan-2019.txt: a slogan count', 0],
  ['协调推进“四个全面”战略布局', 'zhejiang-2026.txt: a slogan', 0],
  ['始终坚持“两个毫不动摇”', 'beiguan-2019.txt: a slogan', 0],
  ['围绕“两不愁、三保障”', 'beiguan-2019.txt: a slogan', 0],
  ['用改革的办法深入推进“三去一降一补”', 'national-2017.txt: a slogan', 0],
  ['重点抓好十个方面的工作', 'henan-2025.txt: the speech counting its parts', 0],
  ['打造粮油千亩高产示范片', 'sichuan-2025.txt: a size class', 0],
  ['建成了豫北最大的千亩', 'beiguan-2019.txt: a size class', 0],
  ['制定实施基础研究十年行动方案', 'national-2021.txt: the name of a plan', 0],
  ['60-69 岁老人消化道肿瘤筛查', 'beiguan-2019.txt: an age bracket', 0],
  ['为全省0—6岁儿童免费开展孤独症筛查', 'zhejiang-2026.txt: an age bracket', 0],
  ['“415X”先进制造业集群培育工程', 'zhejiang-2026.txt: a programme name', 0],
  ['成功创建国家5A级旅游景区', 'zhejiang-2026.txt: a grade', 0],
  ['聚焦建军一百年奋斗目标', 'national-2021.txt: an anniversary', 0],
];

describe('quantities: number forms of real reports', () => {
  it.each(FORMS)('%s  (%s)', (sentence, _source, expected) => {
    const found = findQuantities(sentence);
    expect(found).toHaveLength(expected.length);
    expected.forEach((e, k) => {
      const { value, ...rest } = e;
      if (value !== undefined) expect(found[k]!.value).toBeCloseTo(value, 6);
      expect(found[k]).toMatchObject(rest);
      expect(found[k]!.text).toBe(sentence.slice(...found[k]!.span));
    });
  });
});

describe('quantities: what is not a quantity', () => {
  it.each(NOT_QUANTITIES)('%s  (%s)', (sentence, _why, count) => {
    expect(findQuantities(sentence)).toHaveLength(count);
  });
});

describe('numerals', () => {
  it.each([
    ['十一', 11],
    ['十四', 14],
    ['一百二十', 120],
    ['两千', 2000],
    ['六千八', 6800],
    ['一百六十八万', 1680000],
    ['一万五千', 15000],
    ['二十万亿', 20e12],
    ['一万五千亿', 1.5e12],
    ['一千零五', 1005],
    ['二〇三五', 2035],
  ] as const)('Chinese %s = %d (REFERENCE.md lists parsers that get these wrong)', (numeral, value) => {
    expect(readChinese(numeral, 0)).toEqual({ value, length: numeral.length });
  });

  it("reads '两三个' as 2 then stops: an estimate of two numbers, never 23", () => {
    expect(readChinese('两三个', 0)).toEqual({ value: 2, length: 1 });
  });

  it.each([
    ['1300', 1300, 4],
    ['1,300', 1300, 5],
    ['6.5', 6.5, 3],
    ['990865', 990865, 6],
    ['1,30', 1, 1],
    ['13.8.', 13.8, 4],
  ] as const)('Arabic %s = %d', (text, value, length) => {
    expect(readArabic(text, 0)).toEqual({ value, length });
  });
});
