import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScoreRow, Span } from '../src/index.js';
import { GOLD } from '../scripts/gold.js';
import {
  applyEdits,
  fromChineseNumber,
  itemSeparator,
  mirrorOutcome,
  openingVerb,
  percentForms,
  reorderedAct,
  runSuite,
  sentenceAround,
  shortForms,
  toChineseNumber,
  wanForms,
  type Family,
  type Site,
  type SuiteResult,
} from '../scripts/rewording.js';

/*
 * Rewording invariance (issue 20, Deliver 5): meaning-preserving rewordings of the two reports keep the
 * verdict and the evidence of every right row of the public gold pairs, and moving an outcome's figure
 * across its target's bound flips met and missed. `npm run rewording` prints the tables and the rows
 * that change. The floors are a little under what the code reaches as it stands (with the fitted linker and
 * spelled-out rates read: pooled 714/720 = 0.992, the separator family the lowest; directional 185/185); raise
 * them as it improves. Skipped where the gold folder is absent.
 */
const FLOORS = { pooledKept: 0.985, directionalFlipped: 0.99 };

describe.skipIf(!existsSync(GOLD))('rewordings of the public gold pairs', () => {
  let suite: SuiteResult;
  // In a hook, not in the body: a skipped describe still runs its body to collect the tests.
  beforeAll(() => {
    suite = runSuite();
  }, 600_000);

  it(`keep the verdict and the evidence of ≥ ${FLOORS.pooledKept} of the right rows they touch, pooled over the families`, () => {
    expect(suite.pooled.tested).toBeGreaterThan(500);
    expect(suite.pooled.kept / suite.pooled.tested).toBeGreaterThanOrEqual(FLOORS.pooledKept);
  });

  it(`an outcome moved across its target's bound flips the verdict in ≥ ${FLOORS.directionalFlipped} of the met and missed rows`, () => {
    expect(suite.directional.tested).toBeGreaterThan(150);
    expect(suite.directional.flipped / suite.directional.tested).toBeGreaterThanOrEqual(FLOORS.directionalFlipped);
  });
});

/** A family run on one sentence, its figure at `figure` and the number and unit at `quantity` (substrings, found in it). */
function rewordOne(family: Family, text: string, figure?: string, quantity?: string) {
  const find = (s: string): Span => [text.indexOf(s), text.indexOf(s) + s.length];
  const site: Site = { sentence: sentenceAround(text, [0, 1]), ...(figure ? { figure: find(figure) } : {}), ...(quantity ? { quantity: find(quantity) } : {}) };
  return { ...family.rewrite(text, [site]), find };
}

describe('the rewording families, each on a hand-written sentence', () => {
  it('number forms, 万: 全年新增城镇就业1.2万人 → 全年新增城镇就业12000人, the figure mapped onto its new text', () => {
    const r = rewordOne(wanForms, '全年新增城镇就业1.2万人。', '新增城镇就业1.2万人', '1.2万人');
    expect(r.text).toBe('全年新增城镇就业12000人。');
    expect(r.text.slice(...r.map(r.find('新增城镇就业1.2万人')))).toBe('新增城镇就业12000人');
    expect(r.text.slice(...r.map(r.find('全年')))).toBe('全年');
    expect(r.text.slice(...r.map(r.find('。')))).toBe('。');
  });

  it('number forms, 万: 12000人 → 1.2万人 and 1.5万亿元 → 15000亿元; a bare 1240万 (its unit in the 万) is left', () => {
    expect(rewordOne(wanForms, '新增就业12000人。', '新增就业12000人', '12000人').text).toBe('新增就业1.2万人。');
    expect(rewordOne(wanForms, '完成投资1.5万亿元。', '完成投资1.5万亿元', '1.5万亿元').text).toBe('完成投资15000亿元。');
    const bare = rewordOne(wanForms, '农村贫困人口减少1240万。', '农村贫困人口减少1240万', '1240万');
    expect(bare.text).toBe('农村贫困人口减少1240万。');
    expect(bare.edits).toEqual([]);
  });

  it('number forms, percent: 8% ↔ 百分之八, 6.5% → 百分之六点五, with the figure mapped', () => {
    const r = rewordOne(percentForms, '规上工业增加值增长6.5%，好于预期。', '规上工业增加值增长6.5%', '6.5%');
    expect(r.text).toBe('规上工业增加值增长百分之六点五，好于预期。');
    expect(r.text.slice(...r.map(r.find('规上工业增加值增长6.5%')))).toBe('规上工业增加值增长百分之六点五');
    expect(r.text.slice(...r.map(r.find('好于预期')))).toBe('好于预期');
    expect(rewordOne(percentForms, '城镇登记失业率百分之八。', '城镇登记失业率百分之八', '百分之八').text).toBe('城镇登记失业率8%。');
  });

  it.each([
    ['0.9', '零点九'],
    ['8', '八'],
    ['12', '十二'],
    ['18.2', '十八点二'],
    ['23.19', '二十三点一九'],
    ['100', '一百'],
    ['105', '一百零五'],
    ['6.0', '六点零'],
  ])('Chinese numerals: %s ↔ %s', (arabic, chinese) => {
    expect(toChineseNumber(arabic)).toBe(chinese);
    expect(fromChineseNumber(chinese)).toBe(arabic);
  });

  it('opening verb: 全年 before the figure removed, 实现 added where none is there, 完成 at the figure start removed', () => {
    const removed = rewordOne(openingVerb, '全年新增城镇就业1.2万人。', '新增城镇就业1.2万人', '1.2万人');
    expect(removed.text).toBe('新增城镇就业1.2万人。');
    expect(removed.text.slice(...removed.map(removed.find('新增城镇就业1.2万人')))).toBe('新增城镇就业1.2万人');
    const added = rewordOne(openingVerb, '城镇新增就业1269万人。', '城镇新增就业1269万人', '1269万人');
    expect(added.text).toBe('实现城镇新增就业1269万人。');
    // An insertion at a span's start falls inside the span.
    expect(added.text.slice(...added.map(added.find('城镇新增就业1269万人')))).toBe('实现城镇新增就业1269万人');
    const head = rewordOne(openingVerb, '完成固定资产投资42.52亿元。', '完成固定资产投资42.52亿元', '42.52亿元');
    expect(head.text).toBe('固定资产投资42.52亿元。');
    expect(head.text.slice(...head.map(head.find('完成固定资产投资42.52亿元')))).toBe('固定资产投资42.52亿元');
  });

  it('short forms both ways: 规模以上 → 规上, 规上 → 规模以上, 社会消费品零售总额 → 社会消费品零售额, 技改 → 技术改造', () => {
    const r = rewordOne(shortForms, '规模以上工业增加值增长6.5%，社会消费品零售总额增长5%，完成技改投资20亿元。');
    expect(r.text).toBe('规上工业增加值增长6.5%，社会消费品零售额增长5%，完成技术改造投资20亿元。');
    expect(r.text.slice(...r.map([r.find('社会消费品零售总额增长5%')[0], r.find('社会消费品零售总额增长5%')[1]]))).toBe('社会消费品零售额增长5%');
    expect(rewordOne(shortForms, '规上工业增加值增长8.4%，限上单位零售额增长3%。').text).toBe('规模以上工业增加值增长8.4%，限额以上单位零售额增长3%。');
  });

  it('reordered act: 中欧班列开行 ↔ 开行中欧班列, 城镇新增就业 ↔ 新增城镇就业', () => {
    const r = rewordOne(reorderedAct, '中欧班列开行1.7万列，城镇新增就业12万人。');
    expect(r.text).toBe('开行中欧班列1.7万列，新增城镇就业12万人。');
    expect(r.text.slice(...r.map(r.find('1.7万列')))).toBe('1.7万列');
    expect(rewordOne(reorderedAct, '开行中欧班列2286列。').text).toBe('中欧班列开行2286列。');
  });

  it('separator: ，↔、 between two figures, not inside a shared-number list or a modified noun phrase', () => {
    const r = rewordOne(itemSeparator, '地区生产总值增长5.4%，一般公共预算收入增长4.8%、城镇调查失业率4.1%。');
    expect(r.text).toBe('地区生产总值增长5.4%、一般公共预算收入增长4.8%，城镇调查失业率4.1%。');
    expect(r.text.slice(...r.map(r.find('城镇调查失业率4.1%')))).toBe('城镇调查失业率4.1%');
    for (const kept of ['二氧化硫、氮氧化物排放量下降3%。', '盯紧抓实64个预增产值过10亿元、2334个过2000万元的工业新增长点。', '研发投入强度提高到3.3%左右，区域创新能力稳居全国第4位。']) {
      expect(rewordOne(itemSeparator, kept).text).toBe(kept);
    }
  });

  it('edits map spans: a span inside a replacement maps onto the whole replacement, one after it shifts', () => {
    const r = applyEdits('abcdefgh', [
      { at: 2, del: 2, ins: 'XYZ' },
      { at: 6, del: 0, ins: '_' },
    ]);
    expect(r.text).toBe('abXYZef_gh');
    expect(r.map([3, 4])).toEqual([2, 5]);
    expect(r.text.slice(...r.map([4, 6]))).toBe('ef');
    expect(r.text.slice(...r.map([6, 8]))).toBe('_gh');
    expect(r.text.slice(...r.map([0, 2]))).toBe('ab');
  });
});

describe('the directional rewrite: the outcome mirrored across the target bound', () => {
  const review = '地区生产总值增长6.5%。居民消费价格上涨2%。';
  const row = (target: object, outcome: object, margin: number, verdict: 'met' | 'missed') =>
    ({
      verdict,
      reason: verdict === 'met' ? 'a floor: higher is better' : 'a floor: higher is better; 低于目标',
      margin: { value: margin, unit: '个百分点', text: '' },
      target: { high: null, direction: 'increase', inclusive: true, ...target },
      outcome: { high: null, direction: 'increase', comparator: 'exact', inclusive: true, ...outcome },
    }) as unknown as ScoreRow;

  it('a floor of 6% met by 6.5% is written 4.8% (6 less max(0.5, 20% of 6))', () => {
    const r = row({ value: 6, unit: '%', comparator: 'at_least', indicator: '地区生产总值' }, { value: 6.5, unit: '%', quantitySpan: [8, 12] }, 0.5, 'met');
    const m = mirrorOutcome(review, r);
    expect(typeof m).toBe('object');
    if (typeof m === 'object') expect(applyEdits(review, [m.edit]).text).toBe('地区生产总值增长4.8%。居民消费价格上涨2%。');
  });

  it('a target due later and met early is not mirrored: under its bound it is not due yet, not missed', () => {
    const r = { ...row({ value: 6, unit: '%', comparator: 'at_least', indicator: '地区生产总值' }, { value: 6.5, unit: '%', quantitySpan: [8, 12] }, 0.5, 'met'), reason: 'done before its deadline (due 2027); a floor' };
    expect(mirrorOutcome(review, r)).toBe('a target due later, met early');
  });

  it('a price ceiling of 3%左右 met by 2% is written 4% (a ceiling: mirrored upwards)', () => {
    const at = review.indexOf('2%');
    const r = row({ value: 3, unit: '%', comparator: 'about', indicator: '居民消费价格涨幅' }, { value: 2, unit: '%', quantitySpan: [at, at + 2] }, -1, 'met');
    const m = mirrorOutcome(review, r);
    expect(typeof m).toBe('object');
    if (typeof m === 'object') expect(applyEdits(review, [m.edit]).text).toBe('地区生产总值增长6.5%。居民消费价格上涨4%。');
  });
});
