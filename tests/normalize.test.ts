import { describe, expect, it } from 'vitest';
import { normalize, toOriginal } from '../src/index.js';
import { pageFurniture } from '../src/report/normalize/furniture.js';

/** The normalized text, and a check that every normalized character maps back inside the input. */
function norm(input: string): string {
  const n = normalize(input);
  for (let i = 0; i < n.text.length; i++) {
    const [s, e] = toOriginal(n, i, i + 1);
    expect(s).toBeGreaterThanOrEqual(0);
    expect(e).toBeLessThanOrEqual(input.length);
    expect(s).toBeLessThan(e);
  }
  return n.text;
}

describe('normalize: characters', () => {
  it('makes full-width digits, letters and signs half-width but keeps Chinese punctuation', () => {
    expect(norm('增长１３．８％，ＧＤＰ（一）')).toBe('增长13.8%，GDP（一）');
  });

  it('drops spaces around and inside numbers (beiguan-2019.txt: 投资 1773 万元; 二、2019 年工作安排)', () => {
    expect(norm('投资 1773 万元')).toBe('投资1773万元');
    expect(norm('二、2019 年工作安排')).toBe('二、2019年工作安排');
    expect(norm('1 773万元')).toBe('1773万元');
  });

  it('keeps the space between an office and a name (beiguan-2019.txt: 代区长 路录平)', () => {
    expect(norm('代区长 路录平')).toBe('代区长 路录平');
  });

  it('decodes HTML entities and maps them to the whole entity', () => {
    const n = normalize('A&amp;B&nbsp;增长&#49;%');
    expect(n.text).toBe('A&B 增长1%');
    expect(toOriginal(n, 1, 2)).toEqual([1, 6]);
  });

  it('drops zero-width characters (national-2017.txt line 1 is a lone U+200B)', () => {
    expect(norm('\u200b政府\u200b工作')).toBe('政府工作');
  });
});

describe('normalize: markdown residue (beiguan-2019.txt)', () => {
  it("removes '#' heading marks and '**', recording emphasis", () => {
    const n = normalize('## **（二）大力推进三大攻坚战**\n\n——**经济指标稳中有升**。2018年');
    expect(n.text).toBe('（二）大力推进三大攻坚战\n——经济指标稳中有升。2018年');
    expect(n.emphasis.map(([s, e]) => n.text.slice(s, e))).toEqual(['（二）大力推进三大攻坚战', '经济指标稳中有升']);
    expect([...n.markdownHeadings]).toEqual([0]);
  });
});

describe('normalize: line breaks', () => {
  it('joins a sentence broken by a page break (beiguan-2019.txt: 北关区市民之家建成\\n\\n投入使用)', () => {
    expect(norm('累计取消行政审批事项97项，北关区市民之家建成\n\n投入使用，实现了一站式办理。')).toBe(
      '累计取消行政审批事项97项，北关区市民之家建成投入使用，实现了一站式办理。',
    );
  });

  it('keeps a paragraph boundary after a sentence end', () => {
    expect(norm('取得新成效。\n\n过去一年')).toBe('取得新成效。\n过去一年');
  });

  it('joins subscripts on their own lines (national-2017.txt: 广义货币M\\n2\\n增长; 细颗粒物（PM\\n2.5\\n）)', () => {
    expect(norm('今年广义货币M\n2\n和社会融资规模余额预期增长均为12%左右。')).toBe('今年广义货币M2和社会融资规模余额预期增长均为12%左右。');
    expect(norm('重点城市细颗粒物（PM\n2.5\n）平均浓度下降。')).toBe('重点城市细颗粒物（PM2.5）平均浓度下降。');
  });

  it('joins link fragments split by single newlines and zero-width lines (national-2017.txt lines 29–32, 73–75)', () => {
    expect(norm('党的十八届六中全会\n正式明确\n习近平\n总书记的核心地位。')).toBe('党的十八届六中全会正式明确习近平总书记的核心地位。');
    expect(norm('全面推开营改增试点，全年\n\u200b\n降低企业税负5700多亿元。')).toBe('全面推开营改增试点，全年降低企业税负5700多亿元。');
  });

  it('joins lines hard-wrapped at a fixed width', () => {
    const wrapped = '今年政府工作的总体要求是：以习近平新时代中国特色社会主义思想为指导，全面贯彻党的\n十九大精神，坚持稳中求进工作总基调。';
    expect(norm(wrapped)).toBe(wrapped.replace('\n', ''));
  });

  it('keeps a short unpunctuated line as a heading (sichuan-2025.txt: 2024年工作回顾)', () => {
    expect(norm('提出意见。\n\n2024年工作回顾\n\n过去一年，是关键一年。')).toBe('提出意见。\n2024年工作回顾\n过去一年，是关键一年。');
  });

  it('keeps enumerated headings apart from the text after them (henan-2025.txt: （一）更大力度推动全方位扩大内需)', () => {
    expect(norm('（一）更大力度推动全方位扩大内需\n\n加力提振消费。')).toBe('（一）更大力度推动全方位扩大内需\n加力提振消费。');
  });

  it('keeps the meeting line, speaker and salutation apart (beiguan-2019.txt lines 5–9)', () => {
    expect(norm('——2019年6月14日在安阳市北关区第十届人民代表大会第四次会议上\n\n代区长 路录平\n\n各位代表：')).toBe(
      '——2019年6月14日在安阳市北关区第十届人民代表大会第四次会议上\n代区长 路录平\n各位代表：',
    );
  });

  it('joins a meeting line broken in two (guangdong-2026.txt lines 3–5)', () => {
    expect(norm('——2026年1月26日在广东省第十四届\n\n人民代表大会第五次会议上')).toBe('——2026年1月26日在广东省第十四届人民代表大会第五次会议上');
  });

  it('handles CRLF line ends', () => {
    expect(norm('取得新成效。\r\n\r\n过去一年')).toBe('取得新成效。\n过去一年');
  });
});

describe('toOriginal', () => {
  it('maps a normalized range across a joined page break back to the whole original range', () => {
    const input = '累计取消事项97项，北关区市民之家建成\n\n投入使用。';
    const n = normalize(input);
    const at = n.text.indexOf('建成投入');
    const [s, e] = toOriginal(n, at, at + 4);
    expect(input.slice(s, e)).toBe('建成\n\n投入');
  });
});

describe("normalize: a page's trailer (src/report/normalize/furniture.ts)", () => {
  const sentence = (chars: number) => `${'推进高质量发展'.repeat(Math.ceil(chars / 7)).slice(0, chars)}。`;
  const page = ['政府工作报告', sentence(40), '分享到：', '上一篇：2020年政府工作报告'];
  it('lines from the first trailer label on are furniture when no sentence of the report follows', () => {
    expect([...pageFurniture(page)]).toEqual([2, 3]);
  });
  it('a sentence of 30 characters or more after a label means the report goes on: nothing is furniture', () => {
    expect([...pageFurniture([...page, sentence(30)])]).toEqual([]);
  });
  it('a shorter one does not', () => {
    expect([...pageFurniture([...page, sentence(29)])]).toEqual([2, 3, 4]);
  });
  it('a 100 KB line with no full stop holds no sentence (read in one pass; the bench times it)', () => {
    const line = '一二三四五六七八九十百千万亿'.repeat(7000);
    expect([...pageFurniture(['政府工作报告', line, '分享到：'])]).toEqual([2]);
  });
});
