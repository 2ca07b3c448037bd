import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkTargets, chooseTokenizer, decodeText, extract, InputError, loadText, notAWorkReport, parseReport } from '../src/index.js';
import { MAX_LINES } from '../src/report/read/limits.js';
import { blockingIndex } from '../src/check/blocking.js';
import { corpusText } from './corpus.js';

/*
 * Input made of what one step does per line, per range or per figure, many times over, gets its answer
 * with work that grows with the input (issue 23, item 7). How long each takes and its peak memory is in
 * `npm run bench` (bench/hostile.bench.ts), not asserted here.
 */

const OPENING = '2025年某市政府工作报告\n各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n';

describe('growth within the caps', () => {
  it('a file of more than MAX_LINES lines is refused by the reader, in one line, before it is parsed; one of fewer is read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-lines-'));
    const many = join(dir, 'many.txt');
    writeFileSync(many, '一、\n'.repeat(MAX_LINES + 1));
    await expect(loadText(many)).rejects.toThrow(new InputError(many, `more than ${MAX_LINES} lines: not a report`));
    expect(decodeText(Buffer.from('一、\n'.repeat(MAX_LINES - 1)))).toHaveLength(3 * (MAX_LINES - 1));
    // Breaks written out as text ('\\n' in a scraped page) are lines too, as normalize cuts them.
    expect(() => decodeText(Buffer.from('一、\\n'.repeat(MAX_LINES + 1)), 'escaped.txt')).toThrow(`escaped.txt: more than ${MAX_LINES} lines: not a report`);
  });

  it('reads every range of a sentence made of nothing but ranges, each from its own clause (clauses are read no further than MAX_CLAUSE)', () => {
    // '6%－6%－6%…' with no break: each figure's clause, item and period were read from the whole sentence.
    const ranges = 4000;
    const sentence = '6%－6%'.repeat(ranges);
    const report = parseReport(`各位代表：\n一、2024年工作回顾\n${sentence}\n二、2025年工作安排\n略。`);
    const { outcomes } = extract(report);
    expect(outcomes).toHaveLength(ranges);
    for (const o of outcomes) expect(report.input.slice(...o.span)).toBe(o.text);
  });

  it('reads a text of nothing but short numbered heading lines as front matter, and refuses it as a report', () => {
    const lines = 100_000;
    const report = parseReport('一、\n'.repeat(lines));
    expect(report.parts).toHaveLength(1);
    expect(report.parts[0]!.paragraphs).toHaveLength(lines);
    expect(notAWorkReport(report)).toMatch(/^not a government work report: /);
  });

  it('gives every bold line its own emphasis, however many lines are bold', () => {
    // Each line's emphasis was looked up among all of the text's: 100,000 bold lines took minutes.
    const count = 20_000;
    // Lines of many lengths: lines all of one length read as a hard-wrapped paragraph.
    const body = Array.from({ length: count }, (_, i) => `**稳定就业。**城镇新增就业${i}万人，${'新'.repeat(i % 7)}。\n`).join('');
    const report = parseReport(`${OPENING}一、2024年工作回顾\n略。\n二、2025年工作安排\n${body}`);
    const plan = report.parts.find((p) => p.role === 'plan')!;
    // A bold first sentence is a lead: every paragraph opens a section of its own.
    expect(plan.sections).toHaveLength(count);
    expect(plan.sections.every((s) => s.heading === '稳定就业。' && s.marker === 'bold-lead')).toBe(true);
  });

  it('compares a target with a bounded number of figures, all named alike or not', () => {
    const figures = 2_000;
    const alike = Array.from({ length: figures }, (_, i) => `地区生产总值增长${(i % 9) + 1}%。`).join('');
    const report = parseReport(`${OPENING}一、2024年工作回顾\n${alike}\n二、2025年工作安排\n地区生产总值预期增长5%左右。\n`);
    const { outcomes } = extract(report, { only: 'outcomes' });
    const { targets } = extract(report, { only: 'targets' });
    expect(outcomes.length).toBeGreaterThanOrEqual(figures);
    const index = blockingIndex(outcomes);
    for (const t of targets) expect(index.for(t)).toHaveLength(250);
    const card = checkTargets(report, report, { tokenizer: chooseTokenizer(), force: true });
    expect(card.rows).toHaveLength(targets.filter((t) => t.repeatOf === null).length);
  });

  it('leaves a real pair its every candidate', () => {
    const plan = parseReport(corpusText('zhejiang-2025.txt'));
    const review = parseReport(corpusText('zhejiang-2026.txt'));
    const index = blockingIndex(extract(review, { only: 'outcomes' }).outcomes);
    const most = Math.max(...extract(plan, { only: 'targets' }).targets.map((t) => index.for(t).length));
    expect(most).toBeLessThan(250);
    expect(most).toBeGreaterThan(0);
  });
});
