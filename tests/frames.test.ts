import { describe, expect, it } from 'vitest';
import { extract, parseReport } from '../src/index.js';
import { corpusText } from './corpus.js';

/*
 * Frames read from whole corpus reports. The sentence cases (a sentence and the frame its figure must be
 * read as) are data in tests/specs/frames.json, run by tests/specs.test.ts.
 */

describe('a figure is read as a frame once, in extract', () => {
  it('a figure of a five-year passage is the period\'s sum when it is a flow, the level at its end otherwise (guangdong-2026)', () => {
    const { outcomes } = extract(parseReport(corpusText('guangdong-2026.txt')));
    const periods = new Set(outcomes.filter((o) => o.horizon === 'multi-year').map((o) => o.frame.period));
    expect(periods).toContain('multi-year');
    expect(periods).toContain('end-of-period');
  });

  it.each([
    ['hubei-2026.txt', '粮食总产量稳定在550亿斤左右', '550亿斤'],
    ['sichuan-2026.txt', '粮食年产量稳定在700亿斤以上', '700亿斤'],
    ['hubei-2026.txt', '民生财政支出占比保持在75%以上', '75%'],
  ])('%s: a level held through a five-year passage (%s) covers every year of it, not its end', (file, sentence, figure) => {
    const { outcomes } = extract(parseReport(corpusText(file)));
    const found = outcomes.find((o) => o.clean.sentence.includes(sentence) && o.clean.figure.startsWith(figure));
    expect(found).toMatchObject({ horizon: 'multi-year', frame: { period: 'multi-year' } });
  });
});
