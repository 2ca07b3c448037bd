import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, findQuantities, normalize, parseReport, toOriginal, type Section } from '../src/index.js';

// Pieces real reports are made of: CJK text, digits in both widths, markup, headings, breaks.
const piece = fc.oneof(
  fc.constantFrom(
    '一、', '（二）', '三是', '——', '**', '#', '## ', '\n', '\n\n', '\r\n', '\u200b', '\u3000', ' ', '。', '，', '：', '！',
    '各位代表：', '2019年工作回顾', '今年工作安排', '政府自身建设', '增长6.5%', '１３．８％', '&amp;', '&#12345;', '&bogus;',
    'PM', '2.5', 'M\n2\n', '附件1', '名词解释', '\ud83d\ude00', '&',
    // Structure: years in Chinese numerals, slogan and split headings, five-year plans, identity lines.
    '二〇一九年工作回顾', '过去一年工作回顾', '把改革开放扎实推向纵深', '2020年主要工作', '坚定前行、', '“十四五”时期',
    '政 府 工 作 报 告', '第十二届全国人民代表大会第五次会议', '完成了', '要加快推动',
  ),
  fc.string({ unit: fc.constantFrom(...'增长地区生产总值亿元万人左右以上０１２3456789.%ABCxyz'), maxLength: 30 }),
  fc.string({ maxLength: 8 }),
);
const reportLike = fc.array(piece, { maxLength: 120 }).map((parts) => parts.join(''));
const longLines = fc.tuple(fc.integer({ min: 1, max: 3000 }), fc.constantFrom('地', '1', '，', ' ')).map(([n, c]) => c.repeat(n));
const input = fc.oneof(reportLike, longLines, fc.string({ maxLength: 200 }));

function* sections(list: Section[]): Generator<Section> {
  for (const s of list) {
    yield s;
    yield* sections(s.sections);
  }
}

describe('property: any text', () => {
  it('normalize never throws and every normalized character maps into the input', () => {
    fc.assert(
      fc.property(input, (text) => {
        const n = normalize(text);
        expect(n.starts.length).toBe(n.text.length);
        for (let i = 0; i < n.text.length; i++) {
          const [s, e] = toOriginal(n, i, i + 1);
          expect(0 <= s && s < e && e <= text.length).toBe(true);
          if (i > 0) expect(n.starts[i]!).toBeGreaterThanOrEqual(n.starts[i - 1]!);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('parseReport never throws and every node, heading and sentence slices the input', () => {
    fc.assert(
      fc.property(input, (text) => {
        const report = parseReport(text);
        for (const part of report.parts) {
          expect(part.confidence >= 0.5 && part.confidence <= 1).toBe(true);
          for (const e of part.evidence) expect(e.weight).toBeGreaterThan(0);
          const nodes = [part, ...sections(part.sections)];
          for (const node of nodes) {
            expect(node.text).toBe(text.slice(node.span[0], node.span[1]));
            expect(node.headingSpan[0] >= node.span[0] && node.headingSpan[1] <= node.span[1]).toBe(true);
            for (const p of node.paragraphs) {
              expect(p.text).toBe(text.slice(p.span[0], p.span[1]));
              for (const s of p.sentences) expect(s.text).toBe(text.slice(s.span[0], s.span[1]));
            }
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('quantities, targets and outcomes never throw and always slice the input', () => {
    const numbers = fc.constantFrom('增长6.5%', '1100万人以上', '6%－6.5%', '3-5家', '近2万亿元', '三分之一', '一个百分点', '4.1:43.1', '１３．８％', '十四连增', '超过', '以上', '左右', '分别', '、', '和', '从', '到', '的', '去年', '聚焦', '—', '-', '至');
    const reportWithNumbers = fc.array(fc.oneof(piece, numbers), { maxLength: 150 }).map((p) => `各位代表：\n一、2024年工作回顾\n${p.join('')}\n二、2025年工作安排\n${[...p].reverse().join('')}`);
    fc.assert(
      fc.property(fc.oneof(reportWithNumbers, input), (text) => {
        for (const q of findQuantities(text)) expect(q.text).toBe(text.slice(q.span[0], q.span[1]));
        const { targets, outcomes } = extract(parseReport(text));
        for (const f of [...targets, ...outcomes]) {
          expect(f.text).toBe(text.slice(f.span[0], f.span[1]));
          expect(f.sentence.text).toBe(text.slice(f.sentence.span[0], f.sentence.span[1]));
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('property: spans never cut a character in two', () => {
  // Astral characters (emoji, CJK Extension B) around traditional characters, which the reader
  // simplifies in place: every span must begin and end between whole code points.
  const traditional = fc.constantFrom('國內生產總值增長6%以上', '經濟發展', '各位代表：', '一、2024年工作回顧', '二、2025年工作安排', '。', '，', '\n');
  const astral = fc.constantFrom('😀', '𠀀', '𡘙', '𪚥', '👍🏽', '🇨🇳');
  const mixed = fc.array(fc.oneof(traditional, astral, traditional), { minLength: 20, maxLength: 150 }).map((parts) => parts.join(''));
  const splits = (text: string, at: number) => at > 0 && at < text.length && /[\uD800-\uDBFF]/.test(text[at - 1]!) && /[\uDC00-\uDFFF]/.test(text[at]!);

  it('on the traditional-character path, for figures, sentences and parts', () => {
    fc.assert(
      fc.property(mixed, (text) => {
        const report = parseReport(text);
        const { targets, outcomes } = extract(report);
        const spans = [...report.parts.map((p) => p.span), ...[...targets, ...outcomes].flatMap((f) => [f.span, f.quantitySpan, f.sentence.span])];
        for (const [a, b] of spans) expect(splits(text, a) || splits(text, b)).toBe(false);
        for (const f of [...targets, ...outcomes]) expect(text.slice(...f.span)).toBe(f.text);
      }),
      { numRuns: 300 },
    );
  });
});
