import { describe, expect, it } from 'vitest';
import { availableTokenizer, jiebaTokenizer, locateWords, parseReport, tokenizeReport } from '../src/index.js';
import { corpusText } from './corpus.js';

describe('locateWords', () => {
  it('finds words from a moving cursor, so spaces and dropped characters never shift spans', () => {
    const text = '投资 1773 万元，建成\n投入使用';
    const tokens = locateWords(text, ['投资', ' ', '1', '7', '7', '3', ' ', '万元', '，', '建成', '\n', '投入', '使用']);
    for (const t of tokens) expect(text.slice(...t.span)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toEqual(['投资', '1773', '万元', '，', '建成', '投入', '使用']);
  });

  it("joins the pieces jieba cuts a number into ('13.8' → '1','3','.','8')", () => {
    const text = '同比增长13.8%，PM2.5下降';
    const tokens = locateWords(text, ['同比', '增长', '1', '3', '.', '8', '%', '，', 'P', 'M', '2', '.', '5', '下降']);
    expect(tokens.map((t) => t.text)).toEqual(['同比', '增长', '13.8%', '，', 'PM2.5', '下降']);
  });

  it('joins a run of any length into one token, its span the whole run (a 200,000-digit line)', () => {
    const digits = '7'.repeat(200_000);
    const text = `增长${digits}%。`;
    const tokens = locateWords(text, ['增长', ...digits, '%', '。']);
    expect(tokens.map((t) => [t.text.length, t.span])).toEqual([[2, [0, 2]], [200_001, [2, 200_003]], [1, [200_003, 200_004]]]);
    for (const t of tokens) expect(text.slice(...t.span)).toBe(t.text);
  });
});

// nodejieba is optional: on a machine that could not build it, its own tests have nothing to test.
describe.skipIf(availableTokenizer('nodejieba') !== 'nodejieba')('jiebaTokenizer', () => {
  it('refuses a missing user dictionary with an error instead of letting nodejieba abort the process', () => {
    expect(() => jiebaTokenizer({ userDicts: ['/no/such/dict.utf8'] }).tokenize('增长')).toThrow(/user dictionary not found: \/no\/such\/dict\.utf8/);
  });

  const tokenizer = jiebaTokenizer();

  it('keeps report vocabulary whole with the domain dictionary', () => {
    // Terms from beiguan-2019.txt line 19 and national-2021.txt's targets.
    const words = tokenizer.tokenize('规模以上工业增加值完成3.99亿元，一般公共预算收入突破8亿元，城镇调查失业率5.5%左右').map((t) => t.text);
    expect(words).toContain('规模以上工业增加值');
    expect(words).toContain('一般公共预算收入');
    expect(words).toContain('城镇调查失业率');
    expect(words).toContain('3.99');
  });

  it('refuses a second, different set of user dictionaries once loaded', () => {
    expect(() => jiebaTokenizer({ userDicts: [`${import.meta.dirname}/corpus.ts`] }).tokenize('增长')).toThrow(/already loaded/);
  });

  it('gives every token of a whole report a span into the original input (beiguan-2019.txt)', () => {
    const input = corpusText('beiguan-2019.txt');
    const report = parseReport(input);
    const tokens = tokenizeReport(report, tokenizer);
    expect(tokens.length).toBeGreaterThan(5000);
    for (const t of tokens) expect(input.slice(...t.span)).toBe(t.text);
    // '北关区市民之家建成\n\n投入使用' is joined before segmentation, so the words after the page break are found.
    expect(tokens.map((t) => t.text)).toContain('投入使用');
  });

  it('tokenizes just a part when given its span (national-2021.txt, the plan part 三)', () => {
    const input = corpusText('national-2021.txt');
    const report = parseReport(input);
    const plan = report.parts.find((p) => p.heading.startsWith('三、'))!;
    const tokens = tokenizeReport(report, tokenizer, plan.span);
    expect(tokens[0]!.span[0]).toBeGreaterThanOrEqual(plan.span[0]);
    expect(tokens.at(-1)!.span[1]).toBeLessThanOrEqual(plan.span[1]);
    expect(tokens.map((t) => t.text)).toContain('6%');
  });
});
