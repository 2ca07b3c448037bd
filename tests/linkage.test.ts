import { describe, expect, it } from 'vitest';
import { checkTargets, COMPARISONS, compareReports, decide, estimateWeights, FITTED, matchWeight, parseReport, probability, readReport, type Labelled, type Levels, type Model } from '../src/index.js';
import { blocked, ORDERED } from '../src/check/comparisons.js';
import { rarityIn } from '../src/check/rarity.js';
import { corpusPath } from '../src/corpus.js';

const read = (name: string) => readReport(corpusPath(name));

/** Levels with every comparison at its most alike level, then the given ones. */
const levels = (some: Partial<Levels> = {}): Levels =>
  ({ ...Object.fromEntries(Object.entries(COMPARISONS).map(([field, ls]) => [field, ls[0]])), ...some }) as Levels;

describe('the linking model: weights estimated from labelled comparisons', () => {
  // Links name the target exactly far more often than other pairs do; the period says nothing either way.
  const examples: Labelled[] = [
    ...Array.from({ length: 40 }, (_, k) => ({ levels: levels({ name: k < 36 ? 'exact' : 'near', period: k % 2 ? 'year' : 'multi-year' }), link: true })),
    ...Array.from({ length: 400 }, (_, k) => ({ levels: levels({ name: k < 20 ? 'exact' : k < 200 ? 'near' : 'none', period: k % 2 ? 'year' : 'multi-year' }), link: false })),
  ];
  const fitted = estimateWeights(examples);

  it('gives a level seen mostly with links a weight above one seen mostly without', () => {
    expect(fitted.weights.name.exact).toBeGreaterThan(fitted.weights.name.near + 1);
    expect(fitted.weights.name.near).toBeGreaterThanOrEqual(fitted.weights.name.none);
  });

  it('gives a comparison that does not tell links apart weights near each other', () => {
    expect(Math.abs(fitted.weights.period.year - fitted.weights.period['multi-year'])).toBeLessThan(0.5);
  });

  it('keeps the levels of an ordered comparison in order, in the shipped model too', () => {
    for (const model of [fitted, FITTED]) {
      for (const field of ORDERED) {
        const ws = (COMPARISONS[field] as readonly string[]).map((level) => (model.weights[field] as Record<string, number>)[level]!);
        ws.slice(1).forEach((w, k) => expect(w, `${field}: ${COMPARISONS[field][k + 1]}`).toBeLessThanOrEqual(ws[k]!));
      }
    }
  });

  it('adds the levels’ weights to the prior, and reads 0 as even odds', () => {
    const { total, contributions } = matchWeight(levels(), FITTED);
    expect(total).toBeCloseTo(FITTED.prior + contributions.reduce((s, c) => s + c.weight, 0), 9);
    expect(contributions.map((c) => c.field)).toEqual(Object.keys(COMPARISONS));
    expect(probability(0)).toBe(0.5);
    expect(probability(FITTED.verdict)).toBeGreaterThan(probability(FITTED.link) - 1e-9);
  });
});

describe('blocking and rarity', () => {
  it('blocks a pair only when neither the names nor their rare character pairs have anything in common', () => {
    expect(blocked(levels({ name: 'none', rare: 'few' }))).toBe(true);
    expect(blocked(levels({ name: 'none', rare: 'some' }))).toBe(false);
    expect(blocked(levels({ name: 'far', rare: 'few' }))).toBe(false);
  });

  it('weighs a pair of characters by its rarity in the two reports: 巷道 says more than 新建', () => {
    const rarity = rarityIn([read('mancheng-2022.txt'), read('mancheng-2023.txt')]);
    expect(rarity.shared('新建巷道', '硬化巷道')).toBeGreaterThan(rarity.shared('新建巷道', '新建公厕'));
    expect(rarity.shared('硬化巷道', '硬化巷道12万平方米')).toBe(1);
    expect(rarity.shared('硬化巷道', '')).toBe(0);
  });
});

describe('links a derived attribute no longer vetoes (failure class P)', () => {
  const card = checkTargets(read('mancheng-2022.txt'), read('mancheng-2023.txt'));
  const row = (words: string) => card.rows.find((r) => r.target.text.includes(words))!;

  it("links '硬化巷道12万平方米' to the review's own '硬化巷道12万平方米', and says why", () => {
    const r = row('硬化巷道');
    expect(r.outcome?.text).toContain('硬化巷道12万平方米');
    expect(r.verdict).toBe('met');
    expect(r.trace.comparisons).toContainEqual({ field: 'name', level: 'exact', weight: expect.any(Number) });
  });

  it("links '建成省级美丽乡村9个' to '创建省级美丽乡村9个': another verb, one indicator", () => {
    const r = row('建成省级美丽乡村');
    expect(r.outcome?.text).toContain('创建省级美丽乡村9个');
    expect(r.verdict).toBe('met');
  });
});

describe('verdicts that know the period and the breadth', () => {
  it("reads '创建省市级美丽乡村20个' as a broader set for '11个省级美丽乡村' (two levels named together)", () => {
    const card = checkTargets(read('shunping-2021.txt'), read('shunping-2022.txt'));
    const r = card.rows.find((x) => x.target.text.includes('省级美丽乡村'))!;
    expect(r.outcome?.text).toContain('创建省市级美丽乡村20个');
    expect(r.verdict).toBe('unclear');
    expect(r.reason).toBe('the review gives a figure for a broader set that holds the target');
  });
});

describe('kinds joined by 及 are a list, 及 inside a word is not', () => {
  it("reads '主题及口袋公园12处' (mancheng-2023) as a broader set for '口袋公园15处'", () => {
    const r = smallPair('新改建口袋公园15处', '新改建主题及口袋公园12处').rows[0]!;
    expect(r.verdict).toBe('unclear');
    expect(r.reason).toBe('the review gives a figure for a broader set that holds the target');
  });
  it("reads '普及型口袋公园18处' as the target's own kind", () => {
    expect(smallPair('新改建普及型口袋公园15处', '新改建普及型口袋公园18处').rows[0]!.verdict).toBe('met');
  });
});

describe('a year\'s addition is never answered by a figure said to be the level reached', () => {
  it("'新增设施农业1.04万亩' against '设施农业种植面积达到2.4万亩' (mancheng-2022 → 2023, gold unreported)", () => {
    expect(smallPair('新增设施农业1.04万亩', '设施农业种植面积达到2.4万亩').rows[0]).toMatchObject({ verdict: 'unreported', outcome: null });
  });
  it('the same figure without the words of a level is compared on its merits', () => {
    expect(smallPair('新增设施农业1.04万亩', '新增设施农业1.2万亩').rows[0]!.verdict).toBe('met');
  });
});

describe('the fitted thresholds, each tested where it decides', () => {
  // mancheng-2022 '硬化巷道12万平方米' and the review's own '硬化巷道12万平方米' (met): a link whose weight is known.
  const compared = compareReports(read('mancheng-2022.txt'), read('mancheng-2023.txt'));
  const k = compared.scored.findIndex((t) => t.text.includes('硬化巷道'));
  const rowWith = (model: Model) => decide(compared, model).rows[k]!;
  const weight = Math.log2(rowWith(FITTED).trace.probability! / (1 - rowWith(FITTED).trace.probability!));

  it('links the figure when its weight reaches the link threshold, and not a hair above it', () => {
    expect(rowWith({ ...FITTED, link: weight - 0.01, verdict: weight - 0.01 }).outcome?.text).toContain('硬化巷道12万平方米');
    expect(rowWith({ ...FITTED, link: weight + 0.01, verdict: weight + 0.01 }).outcome?.text ?? '').not.toContain('硬化巷道12万平方米');
  });

  it('takes a model of the caller: checkTargets with a link threshold no pair reaches links nothing by assignment', () => {
    const card = checkTargets(read('mancheng-2022.txt'), read('mancheng-2023.txt'), { model: { ...FITTED, link: 1000 } });
    expect(card.rows.filter((r) => r.trace.stage === 'assignment')).toEqual([]);
    expect(checkTargets(read('mancheng-2022.txt'), read('mancheng-2023.txt')).rows.some((r) => r.trace.stage === 'assignment')).toBe(true);
  });

  it('prints met when the weight reaches the threshold of printing, and abstains a hair above it, naming the verdict it would give', () => {
    expect(rowWith({ ...FITTED, verdict: weight - 0.01 }).verdict).toBe('met');
    const abstained = rowWith({ ...FITTED, verdict: weight + 0.01 });
    expect(abstained.verdict).toBe('unclear');
    expect(abstained.reason).toMatch(/^the link is uncertain \(probability 0\.\d\d\): the figure would have it met/);
  });

  it('judges 左右 by the tolerance fitted with the model: 6%左右 is met from 5.82% by default, missed at 5.8%', () => {
    expect(FITTED.tolerance).toBe(0.03);
    expect(smallPair('地区生产总值增长6%左右', '地区生产总值增长5.82%').rows[0]!.verdict).toBe('met');
    expect(smallPair('地区生产总值增长6%左右', '地区生产总值增长5.8%').rows[0]!.verdict).toBe('missed');
  });
});

/** A pair of small reports of one district: the 2025 plan's task and the 2026 review's account. */
function smallPair(task: string, account: string) {
  const plan = `2025年某区政府工作报告\n\n各位代表：\n\n一、2024年工作回顾\n\n去年全区工业产值增长5%。\n\n二、2025年工作安排\n\n今年要${task}。`;
  const review = `2026年某区政府工作报告\n\n各位代表：\n\n一、2025年工作回顾\n\n过去一年，${account}。\n\n二、2026年工作安排\n\n今年要推动工业产值增长5%左右。`;
  return checkTargets(parseReport(plan), parseReport(review));
}
