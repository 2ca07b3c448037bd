import { describe, expect, it } from 'vitest';
import { checkTargets, extract, GOVERNMENT_WORDS, HEADING_TIME, HEADING_WORDS, parseReport, TENSE, tenseCounts, type Cue, type Part } from '../src/index.js';
import { corpusText } from './corpus.js';
import { fingerprint } from './fingerprint.js';

/** The normalized text of a corpus report, for finding a cue's example in it. */
const normalized = (file: string) => parseReport(corpusText(file)).normalized.text;
const heading = (p: Part) => p.heading.replace(/\s/g, '');
const roles = (text: string) => parseReport(text).parts.map((p) => [heading(p), p.role]);

describe('every cue is kept with the sentence of a real report it was seen in', () => {
  const cues: Array<[string, Cue<string>]> = [...HEADING_WORDS, ...HEADING_TIME, ...TENSE, GOVERNMENT_WORDS].map((c) => [`${c.says} ${c.re.source}`, c]);
  it.each(cues)('%s', (_name, cue) => {
    // Examples may join two quotes of one file with '；' or elide with '…'.
    for (const piece of cue.example.split(/；|…/).filter((p) => p.length > 1)) {
      expect(normalized(cue.source), `${cue.source} holds '${piece}'`).toContain(piece);
    }
    expect(cue.example).toMatch(new RegExp(cue.re.source));
  });
});

describe('a heading names a role by its year against the plan year, more than by its words', () => {
  const report = (plan: string) => `2025年某省政府工作报告\n\n各位代表：\n\n一、2024年工作回顾\n\n过去一年，地区生产总值增长5.3%，完成了年度目标。\n\n${plan}\n\n今年要推动经济增长5%左右，确保完成目标任务。`;
  it("'主要工作' names no role: '三、2025年主要工作' in a 2025 report is its plan (zhejiang-2026 reviews under '一、2025年主要工作和…')", () => {
    expect(roles(report('二、2025年主要工作'))).toEqual([['', 'other'], ['一、2024年工作回顾', 'review'], ['二、2025年主要工作', 'plan']]);
  });
  it("a plan heading rewritten as '…和主要工作' stays the plan (zhejiang-2025 '二、2025年目标任务和重点工作')", () => {
    const text = corpusText('zhejiang-2025.txt').replace('二、2025年目标任务和重点工作', '二、2025年目标任务和主要工作');
    const r = parseReport(text);
    expect(r.parts.map((p) => p.role)).toEqual(['other', 'review', 'plan']);
    expect(fingerprint(r).targets).toEqual(fingerprint(parseReport(corpusText('zhejiang-2025.txt'))).targets);
  });
  it('the year before the plan year is the review, the plan year the plan, whatever the words', () => {
    const [, review, plan] = parseReport(report('二、2025年工作')).parts;
    expect(review!.evidence).toContainEqual(expect.objectContaining({ cue: 'heading-year', says: 'review', seen: '2024年 (plan year 2025)' }));
    expect(plan!.evidence).toContainEqual(expect.objectContaining({ cue: 'heading-year', says: 'plan', seen: '2025年 (plan year 2025)' }));
  });
});

describe('reports of every layout (real corpus reports, and variants of them made to one layout)', () => {
  it('numbered parts, a plan over two parts (national-2015: slogan headings 三 to 五 read as plan by their tense)', () => {
    const parts = parseReport(corpusText('national-2015.txt')).parts;
    expect(parts.map((p) => p.role)).toEqual(['other', 'review', 'plan', 'plan', 'plan', 'plan', 'government']);
    expect(parts[3]!.evidence.map((e) => e.cue)).toContain('tense');
    expect(parts[3]!.evidence.some((e) => e.cue.startsWith('heading'))).toBe(false);
  });

  it('unnumbered parts (sichuan-2025: 2024年工作回顾 / 2025年工作安排建议 / 加强政府自身建设 / 名词解释)', () => {
    expect(roles(corpusText('sichuan-2025.txt'))).toEqual([
      ['', 'other'], ['2024年工作回顾', 'review'], ['2025年工作安排建议', 'plan'], ['加强政府自身建设', 'government'], ['名词解释', 'other'],
    ]);
  });

  it('numbering that restarts under unnumbered part headings (hailar-2015 with its parts unnumbered and its （一） sections as 一、)', () => {
    const original = corpusText('hailar-2015.txt');
    const text = original.replace(/^([\s　]*)[一二]、(\d{4}年工作)/gm, '$1$2').replace(/^([\s　]*)（([一二三四五六七八九十]{1,2})）/gm, '$1$2、');
    const r = parseReport(text);
    expect(r.parts.map((p) => [heading(p), p.role])).toEqual([['', 'other'], ['2014年工作回顾', 'review'], ['2015年工作安排', 'plan']]);
    expect(r.parts[1]!.sections.map((s) => s.heading)).toEqual(['一、县域经济实力稳步提升', '二、产业结构不断优化', '三、城市建设全面加快', '四、民生保障和社会服务水平显著提高', '五、政府自身建设进一步加强']);
    expect(r.parts[1]!.sections.every((s) => s.marker === 'numeral')).toBe(true);
    expect(fingerprint(r).targets).toEqual(fingerprint(parseReport(original)).targets);
    expect(fingerprint(r).outcomes).toEqual(fingerprint(parseReport(original)).outcomes);
  });

  it('part headings set over two lines with no role words (laiyuan-2021 l.13–14 and l.33–34)', () => {
    const [, review, fiveYears, plan] = parseReport(corpusText('laiyuan-2021.txt')).parts;
    expect(heading(review!)).toBe('一、回顾“十三五”，我们以脱贫攻坚为统揽，坚定前行、砥砺奋进，全面建成小康社会取得决定性成就');
    expect([review!.role, review!.horizon]).toEqual(['review', 'multi-year']);
    expect(heading(fiveYears!)).toBe('二、展望“十四五”，我们站在新的历史起点，意气风发、豪情满怀，全面开启社会主义现代化建设新征程');
    expect([fiveYears!.role, fiveYears!.horizon]).toEqual(['plan', 'multi-year']);
    expect([plan!.role, plan!.horizon]).toEqual(['plan', 'year']);
    expect(plan!.evidence).toContainEqual(expect.objectContaining({ cue: 'heading-year', says: 'plan', seen: '2021年 (plan year 2021)' }));
  });

  it('a review with no heading, after the opening (hailar-2017 without its line 一、2016年工作回顾)', () => {
    const original = corpusText('hailar-2017.txt');
    const r = parseReport(original.replace('一、2016年工作回顾', ''));
    expect(r.parts.map((p) => [heading(p), p.role])).toEqual([['', 'other'], ['', 'review'], ['二、2017年工作安排', 'plan']]);
    expect(r.parts[1]!.evidence.map((e) => e.cue)).toEqual(['tense', 'order']);
    expect(r.input.slice(...r.parts[1]!.span)).toMatch(/^过去的一年/);
    expect(fingerprint(r).outcomes).toEqual(fingerprint(parseReport(original)).outcomes);
  });

  it('five-year parts (hailar-2016 二、“十三五”经济社会发展的主要目标和任务; henan-2026 二、“十五五”时期主要目标任务)', () => {
    expect(parseReport(corpusText('hailar-2016.txt')).parts.map((p) => `${p.role}/${p.horizon}`)).toEqual(['other/year', 'review/year', 'plan/multi-year', 'plan/year']);
    const henan = parseReport(corpusText('henan-2026.txt')).parts[2]!;
    expect([henan.role, henan.horizon]).toEqual(['plan', 'multi-year']);
    expect(henan.evidence).toContainEqual(expect.objectContaining({ cue: 'heading-year', says: 'plan', seen: '2026–2030 (plan year 2026)' }));
  });

  it('years in Chinese numerals (hailar-2014 with 二〇一三年工作回顾 and 二〇一四年工作安排)', () => {
    const text = corpusText('hailar-2014.txt').replace('一、2013年工作回顾', '一、二〇一三年工作回顾').replace('二、2014年工作安排', '二、二〇一四年工作安排');
    const [, review, plan] = parseReport(text).parts;
    expect(review!.evidence).toContainEqual(expect.objectContaining({ cue: 'heading-year', says: 'review', seen: '2013年 (plan year 2014)' }));
    expect(plan!.evidence).toContainEqual(expect.objectContaining({ cue: 'heading-year', says: 'plan', seen: '2014年 (plan year 2014)' }));
  });
});

describe("the report's identity: plan year and government", () => {
  it('a spaced-out title and a fuller name the next year (hailar-2012 政 府 工 作 报 告; hailar-2019 呼伦贝尔市海拉尔区)', () => {
    expect(parseReport(corpusText('hailar-2012.txt')).meta).toMatchObject({ title: '政府工作报告', planYear: 2012, government: '海拉尔区' });
    const card = checkTargets(parseReport(corpusText('hailar-2018.txt')), parseReport(corpusText('hailar-2019.txt')));
    expect(card.warning).toBeNull();
  });

  it('front matter of a scraped page (laiyuan-2021: 工作报告⏎2021年涞源县政府工作报告⏎时间：2023-01-24…)', () => {
    expect(parseReport(corpusText('laiyuan-2021.txt')).meta).toMatchObject({ title: '2021年涞源县政府工作报告', planYear: 2021, date: '2021-02-05', government: '涞源县', level: 'county' });
    expect(parseReport(corpusText('qingyuan-2023.txt')).meta).toMatchObject({ title: '保定市清苑区2023年政府工作报告', planYear: 2023 });
  });

  it("the plan year is the report's own, never the year after its review: a 2026 report is for 2026", () => {
    const text = corpusText('zhejiang-2026.txt').replace('三、2026年重点工作', '三、把改革开放扎实推向纵深');
    expect(parseReport(text).meta.planYear).toBe(2026);
  });
});

describe('the plan year of a national report from its session of the National People\'s Congress', () => {
  it('national-2017 with no date in its meeting line and no year in its headings: 第十二届全国人民代表大会第五次会议 sits in 2017', () => {
    const text = corpusText('national-2017.txt').replace('2017年3月5日', '').replace(/^([一二三]、)20\d\d年/gm, '$1');
    expect(parseReport(text).parts[1]!.heading).toBe('一、工作回顾');
    const meta = parseReport(text).meta;
    expect([meta.date, meta.meeting, meta.planYear]).toEqual([null, '第十二届全国人民代表大会第五次会议', 2017]);
  });
  it('national-2022: 第十三届全国人民代表大会第五次会议 sits in 2022, as its date says', () => {
    const meta = parseReport(corpusText('national-2022.txt').replace('2022年3月5日', '')).meta;
    expect(meta.planYear).toBe(2022);
  });
});

describe('structure rules that must not misfire (each pinned on a small input)', () => {
  const speech = (body: string, front = '政府工作报告') => `${front}\n\n各位代表：\n\n现在，我代表区人民政府，向大会报告工作，请予审议。\n\n${body}`;

  it('a part heading after a line that ends in a comma starts its part', () => {
    const r = parseReport(speech('一、2018年工作回顾\n\n全区地区生产总值完成166.4亿元，增长7.5%，取得了，\n\n二、2019年工作安排\n\n今年要推动地区生产总值增长7%左右。'));
    expect(r.parts.map(heading)).toEqual(['', '一、2018年工作回顾', '二、2019年工作安排']);
  });

  it('a wrapped sentence that happens to hold a role word is not a heading (…市委确定的⏎重点工作任务⏎并确保…)', () => {
    const r = parseReport('坚决完成市委确定的\n重点工作任务\n并确保全年目标实现。');
    expect(r.normalized.text).toBe('坚决完成市委确定的重点工作任务并确保全年目标实现。');
  });

  it('a goal year in a heading is not the plan year (…和2035年远景目标)', () => {
    const r = parseReport(speech('一、2020年工作回顾\n\n去年全区地区生产总值增长3%，完成了年度目标。\n\n二、“十四五”规划和2035年远景目标\n\n要加快推动高质量发展。\n\n三、把改革开放扎实推向纵深\n\n今年要推动地区生产总值增长6%左右。', '政府工作报告'));
    expect(r.meta.planYear).toBe(2021);
  });

  it('with no salutation, what comes before the first part heading is front matter', () => {
    const r = parseReport('2019年北关区政府工作报告\n\n——2019年6月14日在安阳市北关区第十届人民代表大会第四次会议上\n\n一、2018年工作回顾\n\n全区地区生产总值完成166.4亿元。\n\n二、2019年工作安排\n\n今年要推动地区生产总值增长7%左右。');
    expect(r.parts.map((p) => [heading(p), p.role, p.evidence.length > 0])).toEqual([['', 'other', false], ['一、2018年工作回顾', 'review', true], ['二、2019年工作安排', 'plan', true]]);
  });

  it('a numbered report keeps its numbered parts though a part holds a 一、 list and short lines', () => {
    const body = '一、2018年工作回顾\n\n全区地区生产总值完成166.4亿元，同比增长7.5%。\n\n二、2019年工作安排\n\n今年要推动地区生产总值增长7%左右。\n\n坚持不懈\n\n一、抓好项目建设\n\n要新建学校3所。\n\n各位代表\n\n三、全面加强政府建设\n\n要坚持依法行政。';
    expect(parseReport(speech(body)).parts.map(heading)).toEqual(['', '一、2018年工作回顾', '二、2019年工作安排', '三、全面加强政府建设']);
  });

  it('a title with a year in Chinese numerals, and a breadcrumb line before it', () => {
    expect(parseReport(speech('一、二〇一八年工作回顾\n\n全区地区生产总值增长7.5%。', '二〇一九年海拉尔区政府工作报告')).meta).toMatchObject({ title: '二〇一九年海拉尔区政府工作报告', government: '海拉尔区' });
    expect(parseReport(speech('一、2020年工作回顾\n\n全县地区生产总值增长4%。', '工作报告\n\n2021年涞源县政府工作报告')).meta).toMatchObject({ title: '2021年涞源县政府工作报告', planYear: 2021, government: '涞源县' });
  });

  it('a growth figure with a bound is a target, not a result: it counts for no tense', () => {
    expect(tenseCounts('地区生产总值增长5%左右，一般公共预算收入增长4%以上').past).toBe(0);
    expect(tenseCounts('地区生产总值增长5.3%').past).toBe(1);
  });
});

describe('paragraphs of a plan part that set targets stay the plan', () => {
  it("hailar-2012: '预期目标是：地区生产总值达到240亿元，同比增长21%' sets targets although 同比 and 达到 also report results", () => {
    const { targets } = extract(parseReport(corpusText('hailar-2012.txt')));
    const gdp = targets.filter((t) => t.indicator.includes('地区生产总值')).map((t) => `${t.value}${t.unit}`);
    expect(gdp).toEqual(expect.arrayContaining(['240亿元', '21%']));
  });
  it("beijing-2026: the paragraph '这五年，我们以人为本、精细施策…累计为经营主体减轻税费负担超4900亿元' reports the five years behind", () => {
    const { targets, outcomes } = extract(parseReport(corpusText('beijing-2026.txt')));
    expect(outcomes.some((o) => o.value === 4900 && o.unit === '亿元')).toBe(true);
    expect(targets.some((t) => t.value === 4900 && t.unit === '亿元')).toBe(false);
  });
});
