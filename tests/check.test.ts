import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { checkTargets, compare, chooseTokenizer, PairingError, parseReport, scorecardCsv, scorecardHtml, scorecardMarkdown, type Scorecard, type ScoreRow } from '../src/index.js';
import { CHROMIUM, launch } from './browser.js';
import { CORPUS_DIR, corpusText } from './corpus.js';
import { judged } from './judged.js';

const report = (name: string) => parseReport(corpusText(name));
const row = (card: Scorecard, targetText: string): ScoreRow => {
  const found = card.rows.find((r) => r.target.text.replace(/\s/g, '').includes(targetText));
  if (!found) throw new Error(`no row for ${targetText}`);
  return found;
};

describe('verdicts on national 2021 → 2022 (左右 read as ±5%, the default)', () => {
  const card = checkTargets(report('national-2021.txt'), report('national-2022.txt'));

  it("'国内生产总值增长6%以上' against '增长8.1%': met, 2.1 points above (national-2022.txt line 27)", () => {
    const r = row(card, '国内生产总值增长6%以上');
    expect(r).toMatchObject({ verdict: 'met', margin: { value: 2.1, unit: '个百分点' } });
    expect(r.outcome!.text).toContain('8.1%');
  });

  it("'居民消费价格涨幅3%左右' against '上涨0.9%': met, a ceiling met by a lower figure", () => {
    const r = row(card, '居民消费价格涨幅3%左右');
    expect(r.verdict).toBe('met');
    expect(r.outcome!.text).toContain('0.9%');
    expect(r.reason).toMatch(/ceiling/);
  });

  it("'城镇新增就业1100万人以上' against '1269万人': met by 169万人", () => {
    expect(row(card, '城镇新增就业1100万人以上')).toMatchObject({ verdict: 'met', margin: { value: 169, unit: '万人' } });
  });

  it("'城镇调查失业率5.5%左右' against '平均为5.1%': met (a level, never matched with a growth rate)", () => {
    const r = row(card, '城镇调查失业率5.5%左右');
    expect(r.verdict).toBe('met');
    expect(r.outcome!.text).toContain('5.1%');
  });

  it("'赤字率拟按3.2%左右' against '财政赤字率和宏观杠杆率下降': unclear, named in words only", () => {
    const r = row(card, '赤字率拟按3.2%左右');
    expect(r).toMatchObject({ verdict: 'unclear', outcome: null });
    expect(r.mention!.text).toContain('财政赤字率和宏观杠杆率下降');
  });

  it('five-year (十四五) targets are unreported: the next report cannot report them yet', () => {
    expect(row(card, '常住人口城镇化率提高到65%')).toMatchObject({ verdict: 'unreported', outcome: null });
  });

  it('every row carries spans that slice both reports', () => {
    const plan = corpusText('national-2021.txt');
    const review = corpusText('national-2022.txt');
    for (const r of card.rows) {
      expect(plan.slice(...r.target.span)).toBe(r.target.text);
      if (r.outcome) expect(review.slice(...r.outcome.span)).toBe(r.outcome.text);
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('verdicts on 河南 2025 → 2026', () => {
  const plan = report('henan-2025.txt');
  const review = report('henan-2026.txt');

  it("'社会消费品零售总额增长6%左右' against '增长5.6%': missed by 0.4 points with 左右 at ±5% (5.7 is the edge)", () => {
    const card = checkTargets(plan, review);
    expect(row(card, '社会消费品零售总额增长6%左右')).toMatchObject({ verdict: 'missed', margin: { value: -0.4, text: '低于目标0.4个百分点' } });
  });

  it('and met when 左右 is set to reach ±10% (5.4 is the edge): the tolerance is a setting', () => {
    const card = checkTargets(plan, review, { aboutTolerance: 0.1 });
    expect(row(card, '社会消费品零售总额增长6%左右').verdict).toBe('met');
  });

  it("'高新技术企业总量超过1.4万家' against '1.28万家': missed by 0.12万家", () => {
    const r = row(checkTargets(plan, review), '高新技术企业总量超过1.4万家');
    expect(judged(r)).toBe('missed');
    expect(r).toMatchObject({ margin: { value: -0.12, unit: '万家' } });
    expect(r.outcome!.text).toContain('1.28万家');
  });
});

describe('mentions in words only', () => {
  it('finds one in the aligned passage by the words a clause shares, its head word among them (北京 2025 → 2026)', () => {
    const card = checkTargets(report('beijing-2025.txt'), report('beijing-2026.txt'));
    // beijing-2025.txt: '完成50个地铁站和40个学医景商等重点区域周边非机动车停放治理'; beijing-2026.txt reports
    // only '加强电动自行车停放秩序治理' (停放 and 治理 shared, 治理 the head), with no figure.
    const r = row(card, '50个地铁站');
    expect(r).toMatchObject({ verdict: 'unclear', outcome: null });
    expect(r.mention!.text).toContain('加强电动自行车停放秩序治理');
  });
});

describe('a last look by shared words', () => {
  // Known not to work with the fitted linker: blocking drops pairs whose names share nothing ('号源' is not in the
  // outcome's own words), so the clause-sharing figure is never a candidate.
  it.fails('links a figure no outcome names closely, by the words its clause shares in the aligned passage (北京 2025 → 2026)', () => {
    const card = checkTargets(report('beijing-2025.txt'), report('beijing-2026.txt'));
    // beijing-2025.txt: '市属医院全量门诊预约号源提前2周'; beijing-2026.txt: '三级公立医院提前两周向基层投放50%以上号源'
    // (提前 and 号源 shared; 两周 read as 2周).
    const r = row(card, '市属医院全量门诊预约号源提前2周');
    expect(r.verdict).toBe('met');
    expect(r.outcome!.text).toContain('两周');
  });
});

describe('pairing sanity', () => {
  it('refuses a review that is not the next year (beiguan-2019 has no 2020 partner in the corpus)', () => {
    expect(() => checkTargets(report('beiguan-2019.txt'), report('national-2022.txt'))).toThrow(PairingError);
    expect(() => checkTargets(report('beiguan-2019.txt'), report('national-2022.txt'))).toThrow(/the 2019 plan is reviewed by the 2020 report/);
  });

  it('refuses a report of another government, and scores it anyway when forced, with a warning', () => {
    expect(() => checkTargets(report('henan-2025.txt'), report('beijing-2026.txt'))).toThrow(/different governments \(河南省, 北京市\)/);
    const card = checkTargets(report('henan-2025.txt'), report('beijing-2026.txt'), { force: true });
    expect(card.warning).toMatch(/different governments/);
  });

  it('refuses the same report twice', () => {
    expect(() => checkTargets(report('henan-2025.txt'), report('henan-2025.txt'))).toThrow(/reviewed by the 2026 report/);
  });
});

describe('compare() and the renderers', () => {
  it('reads paths, scores, and renders Markdown, CSV with a BOM, JSON and HTML', async () => {
    const card = await compare(join(CORPUS_DIR, 'national-2021.txt'), join(CORPUS_DIR, 'national-2022.txt'));
    expect(card.rows.length).toBeGreaterThan(20);
    // The outcome cell quotes the evidence as written; what it measures is added outside the quote.
    expect(card.toMarkdown()).toMatch(/\| T12 \| 国内生产总值增长6%以上 \| ≥6% \| 「增长8\.1%」 — 国内生产总值 \| met 完成 \| 高于目标2\.1个百分点 \|/);
    // A sentence that only repeats a target is listed, not dropped (national-2021: '预期目标设定为6%以上' repeats T12).
    expect(card.toMarkdown()).toMatch(/- T\d+ 「预期目标设定\u200b?为6%以上」 repeats T12/);
    const csv = card.toCSV();
    expect(csv.startsWith('\uFEFFgovernment,level,plan_year,id,indicator,target,')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(card.rows.length + 1);
    expect(JSON.parse(JSON.stringify(card))).toMatchObject({ summary: card.summary, plan: { year: 2021 }, review: { year: 2022 } });
    expect(card.toHTML()).toMatch(/^<!doctype html>/);
  });

  it('reads text and bytes too', async () => {
    const card = await compare({ text: corpusText('henan-2025.txt'), name: '2025' }, new TextEncoder().encode(corpusText('henan-2026.txt')));
    expect(card.plan.file).toBe('2025');
    expect(card.summary.met).toBeGreaterThan(0);
  });

  it('writes CSV that parses back to one field per column on every row', () => {
    const card = checkTargets(report('national-2021.txt'), report('national-2022.txt'));
    const text = scorecardCsv(card);
    // No trailing blank row.
    expect(text.endsWith('\n')).toBe(false);
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    // RFC 4180: a field is quoted (with "" inside) or bare; count the commas outside quotes.
    const fieldCount = (line: string) => {
      let quoted = false;
      let count = 1;
      for (const ch of line) {
        if (ch === '"') quoted = !quoted;
        else if (ch === ',' && !quoted) count++;
      }
      return count;
    };
    const columns = fieldCount(lines[0]!);
    for (const line of lines) expect(fieldCount(line)).toBe(columns);
    // national-2021 → 2022, T12 国内生产总值增长6%以上: government, level and plan year lead, the verdict in both languages.
    expect(lines.find((l) => l.startsWith('国务院,national,2021,T12,'))).toContain(',met,完成,');
  });

  it('a report sentence that starts like a formula stays text in the CSV; raw HTML stays text in Markdown', () => {
    const plan = parseReport('2025年某区政府工作报告\n\n各位代表：\n\n一、2024年工作回顾\n\n过去一年，地区生产总值增长5%。\n\n二、2025年工作安排\n\n=HYPERLINK("http://x")地区生产总值增长6%，<img src=x onerror=alert(1)>新建公园5个。');
    // The review names 公园 in words only, in a sentence that opens with a formula: it is the outcome cell.
    const review = parseReport('2026年某区政府工作报告\n\n各位代表：\n\n一、2025年工作回顾\n\n过去一年，地区生产总值增长6.2%。\n\n=HYPERLINK("http://x","新建公园工作稳步推进")。\n\n二、2026年工作安排\n\n今年要推动地区生产总值增长5%左右。');
    const c = checkTargets(plan, review, { tokenizer: chooseTokenizer() });
    expect(c.rows[1]).toMatchObject({ verdict: 'unclear', mention: { text: expect.stringMatching(/^=HYPERLINK/) } });
    const csv = scorecardCsv(c);
    expect(csv).not.toMatch(/(?:^|,)"?=HYPERLINK/m);
    expect(csv).toContain(`'=HYPERLINK`);
    const markdown = scorecardMarkdown(c);
    expect(markdown).not.toContain('<img');
    expect(markdown).toContain('&lt;img');
    // A link written in a report stays text in a notebook's Markdown.
    const linked = scorecardMarkdown(checkTargets(plan, parseReport(review.input.replace('新建公园工作', '[新建公园](javascript:alert(1))工作')), { tokenizer: chooseTokenizer() }));
    expect(linked).toContain('\\[新建公园\\](javascript:alert(1))工作稳步推进');
    expect(linked).not.toContain('[新建公园](');
    // The page shows the markup as text, runs no script and loads nothing.
    const html = scorecardHtml(c, plan, review);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
  });

  let browser: Browser;
  beforeAll(async () => {
    if (CHROMIUM) browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.skipIf(!CHROMIUM)('the HTML scorecard opens in Chromium and every row links to evidence that exists in both texts', async () => {
    const plan = report('henan-2025.txt');
    const review = report('henan-2026.txt');
    const card = checkTargets(plan, review);
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-card-'));
    const file = join(dir, 'card.html');
    const html = scorecardHtml(card, plan, review);
    expect(html).not.toMatch(/<script|https?:\/\//);
    writeFileSync(file, html);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`file://${file}`);
    const dom = await page.evaluate(`(() => {
      const links = Array.from(document.querySelectorAll('tbody a'));
      return {
        rows: document.querySelectorAll('tbody tr').length,
        links: links.length,
        broken: links.filter((a) => !document.getElementById(a.getAttribute('href').slice(1))).map((a) => a.textContent),
        planLinks: links.filter((a) => a.getAttribute('href').startsWith('#plan-')).length,
        met: document.querySelectorAll('tr.met').length,
      };
    })()`);
    expect(dom).toMatchObject({ rows: card.rows.length, broken: [], planLinks: card.rows.length, met: card.summary.met });
    const withEvidence = card.rows.filter((r) => r.outcome || r.mention).length;
    expect((dom as { links: number }).links).toBe(card.rows.length + withEvidence);
    // Chinese is drawn in a CJK font, not in boxes: ask Chromium which platform fonts drew the title.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'h1' });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    expect(fonts.map((f) => f.familyName).join(', ')).toMatch(/CJK/);
    // The filter by verdict needs no script: choosing 'missed' leaves only the missed rows shown.
    await page.click('label[for="show-missed"]');
    const shown = await page.evaluate(`Array.from(document.querySelectorAll('tbody tr')).filter((tr) => getComputedStyle(tr).display !== 'none').map((tr) => tr.className)`);
    expect(shown).toEqual(Array.from({ length: card.summary.missed }, () => 'row missed'));
    await page.screenshot({ path: join(SCREENSHOTS, 'scorecard-1280.png') });
    // On a phone the table stacks and every cell keeps its column's label.
    await page.click('label[for="show-all"]');
    await page.setViewportSize({ width: 412, height: 900 });
    const label = await page.evaluate(`getComputedStyle(document.querySelector('tbody td[data-label="verdict"]'), '::before').content`);
    expect(label).toBe('"verdict："');
    await page.screenshot({ path: join(SCREENSHOTS, 'scorecard-412.png') });
    await page.close();
  });
});

// Screenshots of the pages, to look at (not compared).
const SCREENSHOTS = mkdtempSync(join(tmpdir(), 'duizhao-screens-'));
