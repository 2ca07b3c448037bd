import { describe, expect, it } from 'vitest';
import { alignSections, headingSimilarity, parseReport, type SectionPair } from '../src/index.js';
import { corpusText } from './corpus.js';

const report = (name: string) => parseReport(corpusText(name));
/** True when some pair has A's heading starting with `a` and B's with `b`. */
const paired = (pairs: SectionPair[], a: string, b: string) => pairs.some((p) => p.a?.heading.startsWith(a) && p.b?.heading.startsWith(b));
const expectPairs = (pairs: SectionPair[], expected: Array<[string, string]>) => {
  const missing = expected.filter(([a, b]) => !paired(pairs, a, b));
  expect(missing, `pairs not found; got ${pairs.map((p) => `${p.a?.heading.slice(0, 6) ?? '—'}↔${p.b?.heading.slice(0, 6) ?? '—'}`).join(' ')}`).toEqual([]);
};

/** Share of expected pairs found; an expected partner may be a list of acceptable ones, or '' for none. */
function accuracy(pairs: SectionPair[], expected: Record<string, string | string[]>): { right: number; total: number; wrong: string[] } {
  const wrong: string[] = [];
  let right = 0;
  for (const [a, want] of Object.entries(expected)) {
    const got = pairs.find((p) => p.a?.heading.startsWith(a))?.b?.heading ?? '';
    const ok = (Array.isArray(want) ? want : [want]).some((w) => (w === '' ? got === '' : got.startsWith(w)));
    if (ok) right++;
    else wrong.push(`${a} → ${got.slice(0, 8) || 'none'} (expected ${want || 'none'})`);
  }
  return { right, total: Object.keys(expected).length, wrong };
}

describe('alignSections: like with like (plan ↔ plan)', () => {
  it('national 2021 → 2022: eight tasks carry over, two sections are new (read in both reports)', () => {
    const pairs = alignSections(report('national-2021.txt'), report('national-2022.txt'));
    // national-2021.txt part 三 （一）…（八） (lines 126–240); national-2022.txt part 三 （一）…（九） (lines 108–262).
    // Read: 宏观政策 (一)↔(一); 改革 (二)↔(三); 创新 (三)↔(四); 扩大内需 (四)↔(五); 乡村/农业 (五)↔(六);
    // 对外开放 (六)↔(七); 生态 (七)↔(八); 民生 (八)↔(九).
    expectPairs(pairs, [
        ['（一）保持', '（一）着力'],
        ['（二）深入', '（三）坚定'],
        ['（三）依靠', '（四）深入'],
        ['（四）坚持', '（五）坚定'],
        ['（五）全面', '（六）大力'],
        ['（六）实行', '（七）扩大'],
        ['（七）加强', '（八）持续'],
        ['（八）切实', '（九）切实'],
    ]);
    // New in 2022: （二）着力稳市场主体保就业 (line 113), a section of its own; in 2021 employment sat inside （一）
    // (line 141 '就业优先政策要继续强化'). And part 二 '总体要求和政策取向' has no sections in 2022 and no
    // counterpart among 2021's year-plan sections.
    expect(pairs.filter((p) => !p.a).map((p) => p.b!.heading.slice(0, 6))).toEqual(['二、2022', '（二）着力稳']);
  });

  it('zhejiang 2025 → 2026: pairs by content, a new 政府自身建设 section, culture and ecology folded into 民生', () => {
    const pairs = alignSections(report('zhejiang-2025.txt'), report('zhejiang-2026.txt'));
    // zhejiang-2025.txt （一）…（十一） lines 51–141; zhejiang-2026.txt part 三 （一）…（十） lines 97–199.
    expectPairs(pairs, [
        ['（二）提振', '（四）着力'], // 消费 (l.59 ↔ l.123)
        ['（三）抓好', '（五）着力'], // 项目 and 投资 (l.67 ↔ l.131)
        ['（四）以创', '（三）着力'], // 现代化产业体系 (l.75 ↔ l.113)
        ['（五）扩大', '（六）着力'], // 对外开放 (l.85 ↔ l.139)
        ['（七）以“', '（七）着力'], // 城乡 (l.105 ↔ l.149)
        ['（十）统筹', '（九）着力'], // 发展和安全 (l.131 ↔ l.169)
        ['（十一）保', '（八）着力'], // 民生 (l.141 ↔ l.161)
    ]);
    // New: 2026 （十）着力加强政府自身建设 (l.199); the 2025 plan has no such section (its only mention is the
    // closing paragraph at l.179, '各位代表！做好政府工作…').
    expect(pairs.find((p) => p.b?.heading.startsWith('（十）着力加强政府自身建设'))?.a).toBeNull();
    // Dropped as sections: 2025 （八）文化 (l.113) and （九）生态 (l.123); in 2026 they are lead sentences inside
    // （八） ('加强文化建设。' l.165, '加强生态文明建设。' l.167), which already pairs with （十一）民生.
    expect(pairs.find((p) => p.a?.heading.startsWith('（八）担负'))?.b).toBeNull();
    expect(pairs.find((p) => p.a?.heading.startsWith('（九）协同'))?.b).toBeNull();
  });

  it('is deterministic: the same input gives the same pairs', () => {
    const a = report('henan-2025.txt');
    const b = report('henan-2026.txt');
    expect(alignSections(a, b)).toEqual(alignSections(a, b));
  });
});

describe('alignSections: promise with account (plan ↔ next review)', () => {
  it('national 2021 plan tasks pair with the 2022 review passage that reports on them', () => {
    const pairs = alignSections(report('national-2021.txt'), report('national-2022.txt'), { to: 'review' });
    // national-2022.txt review 一是…八是, lines 46–67, each read for what it reports.
    const expected = {
      '（一）': '一是保持', // 宏观政策 (l.46)
      '（二）': '三是深化', // 改革 (l.52 '加强市场体系基础制度建设…国企改革三年行动')
      '（三）': '四是强化', // 创新 (l.55)
      // 扩大内需: no passage of the 2022 review reports on consumption or investment (l.46–67 name neither 消费 nor 内需).
      '（四）': '',
      '（五）': '五是推动', // 乡村振兴 (l.59 '推动乡村振兴，确定160个国家乡村振兴重点帮扶县')
      '（六）': '三是深化', // 对外开放 (l.53 '加大稳外贸稳外资力度，成功举办进博会')
      '（七）': '六是加强', // 生态 (l.61)
      '（八）': '七是着力', // 民生 (l.64)
    };
    const { right, total, wrong } = accuracy(pairs, expected);
    expect(right / total, `promise with account, national 2021 → 2022: ${right}/${total} right${wrong.length ? `; wrong: ${wrong.join('; ')}` : ''}`).toBeGreaterThanOrEqual(0.85);
  });

  it('zhejiang 2025 plan tasks pair with the 2026 review passage that reports on them', () => {
    const pairs = alignSections(report('zhejiang-2025.txt'), report('zhejiang-2026.txt'), { to: 'review' });
    // zhejiang-2026.txt review （一）…（十）, lines 15–33.
    const expected = {
      '（一）': ['', '（三）千方'], // 政策: reported inside （三） ('持续优化“8+4”经济政策体系', l.19) or not at all
      '（二）': '（三）千方', // 消费 (l.19 '大力提振消费')
      '（三）': '（三）千方', // 项目和投资 (l.19 '扩大有效投资')
      '（四）': ['（一）强化', '（二）巩固'], // 创新 and 产业体系 (l.15, l.17)
      '（五）': '（四）扩大', // 开放 (l.21)
      '（六）': '（五）加大', // 改革 (l.23)
      '（七）': '（六）加快', // 城乡 (l.25)
      '（八）': '（七）繁荣', // 文化 (l.27)
      '（九）': '（八）全力', // 绿色低碳 (l.29)
      '（十）': '（十）切实', // 安全 (l.33)
      '（十一）': '（九）持续', // 民生 (l.31)
    };
    const { right, total, wrong } = accuracy(pairs, expected);
    expect(right / total, `promise with account, zhejiang 2025 → 2026: ${right}/${total} right${wrong.length ? `; wrong: ${wrong.join('; ')}` : ''}`).toBeGreaterThanOrEqual(0.85);
  });
});

describe('headingSimilarity', () => {
  it('ignores markers and punctuation', () => {
    expect(headingSimilarity('（六）实行高水平对外开放。', '七是实行高水平对外开放')).toBe(1);
    expect(headingSimilarity('（一）稳就业', '（二）抓生态')).toBe(0);
  });
});
