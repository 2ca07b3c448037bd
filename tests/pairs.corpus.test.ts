import { describe, expect, it } from 'vitest';
import { checkTargets, consecutivePairs, extract, chooseTokenizer, parseReport, structureAssumptions, type Report, type Section } from '../src/index.js';
import { corpus } from './corpus.js';

const tokenizer = chooseTokenizer();
const reports = corpus.map(([file, text]) => ({ file, report: parseReport(text) }));

/** Consecutive-year pairs of one government, found from what each report says of itself (not its file name). */
const pairs = consecutivePairs(reports).map(([plan, review]) => [plan.file, review.file] as const);

describe('every consecutive pair in corpus/', () => {
  it('is found from the reports themselves (the files name the same place and years, PROVENANCE.md)', () => {
    const byName = (place: string, years: number[]) => years.map((y) => [`${place}-${y}.txt`, `${place}-${y + 1}.txt`]);
    const expected = [
      ...byName('beijing', [2025]), ...byName('fuping', [2020, 2021]), ...byName('guangdong', [2025]),
      ...byName('hailar', [2012, 2013, 2014, 2015, 2016, 2017, 2018]),
      ...byName('henan', [2025]), ...byName('hubei', [2025]), ...byName('jiangsu', [2025]),
      ...byName('laishui', [2020, 2021]), ...byName('laiyuan', [2021]), ...byName('mancheng', [2022]),
      ...byName('national', [2014, 2015, 2016, 2021]), ...byName('qingyuan', [2022, 2023]),
      ...byName('shanghai', [2025]), ...byName('shunping', [2020, 2021, 2022, 2023]), ...byName('sichuan', [2025]),
      ...byName('xushui', [2010, 2011, 2012]), ...byName('zhejiang', [2025]),
    ];
    expect(pairs).toEqual(expected);
  });

  it.each(pairs)('%s → %s scores without force and links an outcome', (planFile, reviewFile) => {
    const plan = reports.find((r) => r.file === planFile)!.report;
    const review = reports.find((r) => r.file === reviewFile)!.report;
    const card = checkTargets(plan, review, { tokenizer });
    expect(card.warning).toBeNull();
    expect(card.rows.filter((row) => row.outcome !== null).length).toBeGreaterThan(0);
    expect(structureAssumptions(plan, review)).toEqual([]);
  });
});

// The paragraph a reader looks for first: '今年经济社会发展的主要预期目标是：地区生产总值增长…' (also '预定目标是：',
// '发展的目标是：', '主要预期目标为：').
const HEADLINE = /目标(?:是|为)[：:]/;

/** The plan's paragraphs that set its headline targets: two figures at least after '…目标是：'. */
function headlineParagraphs(report: Report): Array<{ span: readonly [number, number]; clean: string }> {
  const out: Array<{ span: readonly [number, number]; clean: string }> = [];
  const walk = (node: { paragraphs: Report['parts'][number]['paragraphs']; sections: Section[] }) => {
    for (const p of node.paragraphs) if (HEADLINE.test(p.clean)) out.push(p);
    node.sections.forEach(walk);
  };
  report.parts.filter((part) => part.role === 'plan').forEach(walk);
  const { targets } = extract(report);
  return out.filter((p) => targets.filter((t) => t.span[0] >= p.span[0] && t.span[1] <= p.span[1]).length >= 2);
}

describe('the headline targets of every plan are rows of its scorecard', () => {
  const withHeadline = pairs.filter(([planFile]) => headlineParagraphs(reports.find((r) => r.file === planFile)!.report).length > 0);
  it('nearly every plan of a pair has a headline paragraph', () => {
    expect(withHeadline.length).toBeGreaterThanOrEqual(pairs.length - 2);
  });

  it.each(withHeadline)('%s → %s', (planFile, reviewFile) => {
    const plan = reports.find((r) => r.file === planFile)!.report;
    const review = reports.find((r) => r.file === reviewFile)!.report;
    const card = checkTargets(plan, review, { tokenizer });
    for (const paragraph of headlineParagraphs(plan)) {
      const inside = (span: readonly [number, number]) => span[0] >= paragraph.span[0] && span[1] <= paragraph.span[1];
      expect(card.rows.filter((row) => inside(row.target.span)).length, paragraph.clean.slice(0, 40)).toBeGreaterThanOrEqual(2);
      // A headline figure repeats nothing said before it: the five-year '年均增长5%左右' is another target.
      for (const repeat of card.repeats.filter((t) => inside(t.span))) {
        const original = [...card.rows.map((row) => row.target), ...card.repeats].find((t) => t.id === repeat.repeatOf)!;
        expect(inside(original.span), `${repeat.text} repeats ${original.text}`).toBe(true);
      }
    }
  });
});

describe('check tells what it assumed where the structure is uncertain, and still scores', () => {
  it('a plan report with no title or date and a slogan over its plan takes the year after its review heading (hailar-2017 without its meeting line)', () => {
    const text = corpus.find(([f]) => f === 'hailar-2017.txt')![1];
    const plan = parseReport(text.replace(/^.*2017年2月11日.*$/m, '').replace('二、2017年工作安排', '二、把改革开放扎实推向纵深'));
    const review = reports.find((r) => r.file === 'hailar-2018.txt')!.report;
    expect(plan.meta.planYear).toBe(2017); // the review heading names 2016: the year after it
    const card = checkTargets(plan, review, { tokenizer });
    expect(card.rows.length).toBeGreaterThan(0);
    expect(card.warning).toBeNull();
  });

  it('a report that names no year says so, and the pair is scored as consecutive', () => {
    const strip = (file: string) => parseReport(corpus.find(([f]) => f === file)![1].replace(/(?:19|20)\d\d年/g, '今年'));
    const card = checkTargets(strip('hailar-2017.txt'), strip('hailar-2018.txt'), { tokenizer });
    expect(card.assumptions).toContain('neither report names its year: assumed the review is the next year of the plan');
    expect(card.warning).toBeNull();
  });
});
