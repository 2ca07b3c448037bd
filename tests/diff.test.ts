/// <reference lib="dom" />
// The page checks run inside Chromium and use its DOM.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { diffHtml, diffReports, diffTokens, chooseTokenizer, parseReport, type Token } from '../src/index.js';
import { CHROMIUM, launch } from './browser.js';
import { corpusText } from './corpus.js';

const tokenizer = chooseTokenizer();
const tokens = (text: string): Token[] => tokenizer.tokenize(text);

describe('diffTokens', () => {
  it("compares numbers whole: '13.8' → '12.5' is one change, not four", () => {
    const { pieces } = diffTokens(tokens('一般公共预算收入增长13.8%。'), tokens('一般公共预算收入增长12.5%。'));
    expect(pieces.filter((p) => p.op !== 'equal').map((p) => [p.op, p.words.join('')])).toEqual([
      ['delete', '13.8%'],
      ['insert', '12.5%'],
    ]);
  });

  it('gives every piece its spans on the side(s) that have it', () => {
    const a = '继续做好“六稳”工作，扩大有效投资。';
    const b = '继续做好“六稳”、“六保”工作，扩大有效投资。';
    const { pieces } = diffTokens(tokens(a), tokens(b));
    for (const p of pieces) {
      if (p.a) expect(a.slice(...p.a)).toBe(p.words.join(''));
      if (p.b) expect(b.slice(...p.b)).toBe(p.words.join(''));
    }
    expect(pieces.find((p) => p.op === 'insert')?.words.join('')).toBe('、“六保”');
  });

  it('gives up past its limits instead of running long, and says so', () => {
    const a = Array.from({ length: 3000 }, (_, i) => ({ text: `甲${i}`, span: [i, i + 1] as const }));
    const b = [...a].reverse();
    const { pieces, truncated } = diffTokens(a, b, { maxEditLength: 100, maxWordEdits: 100 });
    expect(truncated).toBe(true);
    expect(pieces.map((p) => p.op)).toEqual(['delete', 'insert']);
  });

  it('is bounded by edits, not time: the same input gives the same pieces however often it runs', () => {
    // One clause each, rewritten word by word: 600 words against the same words reordered.
    const words = Array.from({ length: 600 }, (_, i) => `词${i % 97}`);
    const tokens = (list: string[]) => list.map((text, i) => ({ text, span: [i, i + 1] as const }));
    const a = tokens(words);
    const b = tokens(words.map((_, i) => words[(i * 7) % words.length]!));
    const runs = Array.from({ length: 3 }, () => JSON.stringify(diffTokens(a, b, { maxEditLength: 2000, maxWordEdits: 400 })));
    expect(new Set(runs).size).toBe(1);
  });
});

describe('diffReports compares the normalized words', () => {
  it('finds no change between a report and its copy with full-width digits and lines wrapped at 38', () => {
    const text = corpusText('national-2021.txt');
    const copy = text
      .replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
      .split('\n')
      .map((l) => l.match(/.{1,38}/gu)?.join('\n') ?? l)
      .join('\n');
    const diff = diffReports(parseReport(text), parseReport(copy), { tokenizer });
    expect(diff.sections.length).toBeGreaterThan(5);
    expect(diff.sections.map((s) => s.deleted + s.inserted)).toEqual(diff.sections.map(() => 0));
    expect(diff.terms).toEqual([]);
  });
});

describe('diffReports: zhejiang 2025 → 2026', () => {
  const a = parseReport(corpusText('zhejiang-2025.txt'));
  const b = parseReport(corpusText('zhejiang-2026.txt'));
  const diff = diffReports(a, b, { tokenizer });

  it('diffs every pair with spans into both inputs', () => {
    expect(diff.sections.length).toBeGreaterThanOrEqual(7);
    for (const s of diff.sections) {
      for (const p of s.pieces) {
        if (p.a) expect(a.input.slice(...p.a).replace(/\s/g, '')).toContain(p.words[0]!.replace(/\s/g, ''));
        if (p.b) expect(b.input.slice(...p.b).replace(/\s/g, '')).toContain(p.words[0]!.replace(/\s/g, ''));
      }
    }
  });

  it('lists new and dropped sections and term shifts', () => {
    // zhejiang-2026.txt line 199: '（十）着力加强政府自身建设' has no counterpart in the 2025 plan.
    expect(diff.added.map((r) => r.heading)).toContain('（十）着力加强政府自身建设');
    expect(diff.dropped.length).toBeGreaterThan(0);
    // '招商' occurs 0 times in zhejiang-2025.txt and 11 times in zhejiang-2026.txt (grep -o), some inside
    // longer words (招商引资), so jieba counts fewer.
    expect(diff.terms.find((t) => t.term === '招商')).toMatchObject({ a: 0, change: 'new' });
  });

  it.skipIf(!CHROMIUM)('renders as one self-contained page that Chromium opens: pairs, marks and links all resolve', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-html-'));
    const file = join(dir, 'diff.html');
    const html = diffHtml(diff, a, b, 'zhejiang-2025.txt', 'zhejiang-2026.txt');
    expect(html).not.toMatch(/<script|https?:\/\//);
    writeFileSync(file, html);
    const page = await browser.newPage({ viewport: { width: 412, height: 900 } });
    await page.goto(`file://${file}`);
    const dom = await page.evaluate(() => ({
      pairs: document.querySelectorAll('section.pair[id^="pair-"]').length,
      dels: document.querySelectorAll('section.pair del').length,
      inss: document.querySelectorAll('section.pair ins').length,
      newFlags: document.querySelectorAll('section.new .flag.new').length,
      droppedFlags: document.querySelectorAll('section.dropped .flag.dropped').length,
      brokenLinks: Array.from(document.querySelectorAll("nav a")).filter((l) => !document.getElementById(l.getAttribute('href')!.slice(1))).length,
      links: document.querySelectorAll('nav a').length,
      terms: document.querySelectorAll('#terms tbody tr').length,
      overflow: document.documentElement.scrollWidth > window.innerWidth,
    }));
    expect(dom).toMatchObject({
      pairs: diff.sections.length,
      newFlags: diff.added.length,
      droppedFlags: diff.dropped.length,
      brokenLinks: 0,
      links: diff.sections.length + diff.added.length + diff.dropped.length,
      terms: diff.terms.length,
      overflow: false, // readable on a phone: nothing wider than the screen
    });
    expect(dom.dels).toBeGreaterThan(0);
    expect(dom.inss).toBeGreaterThan(0);
    await page.screenshot({ path: join(dir, 'diff-phone.png') });
    await page.close();
  });

  let browser: Browser;
  beforeAll(async () => {
    if (CHROMIUM) browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
});
