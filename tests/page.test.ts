import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTargets, consecutivePairs, chooseTokenizer, parseReport } from '../src/index.js';
import { CHROMIUM, launch } from './browser.js';
import { corpus, CORPUS_DIR } from './corpus.js';

/*
 * The drop-two-files page (`duizhao page`) in headless Chromium, served from localhost: a bundled pair
 * dropped on it gives the counts Node gives, and the browser build scores every bundled pair as the
 * Node build does.
 */
const ROOT = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'duizhao-page-'));
const PAGE = join(dir, 'duizhao.html');
const tokenizer = chooseTokenizer();
const reports = corpus.map(([file, text]) => ({ file, text, report: parseReport(text) }));
const nodeCard = (plan: string, review: string) => checkTargets(reports.find((r) => r.file === plan)!.report, reports.find((r) => r.file === review)!.report, { tokenizer });

describe.skipIf(!CHROMIUM)('the page in a browser', () => {
  let browser: Browser;
  let server: Server;
  let page: Page;
  let url: string;
  beforeAll(async () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'page', '--out', PAGE], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const html = readFileSync(PAGE);
    server = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
    browser = await launch();
    page = await browser.newPage();
    await page.goto(url);
    await page.waitForSelector('body[data-state="ready"]');
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('takes two dropped files (hailar 2013 → 2014, GB18030 as published) and shows the counts Node gives', async () => {
    await page.setInputFiles('#plan-file', join(CORPUS_DIR, 'hailar-2013.txt'));
    await page.setInputFiles('#review-file', join(CORPUS_DIR, 'hailar-2014.txt'));
    await page.click('#run');
    await page.waitForSelector('body[data-state="done"]', { timeout: 60_000 });
    const counts = await page.evaluate(() => Object.fromEntries(['met', 'missed', 'unclear', 'unreported'].map((v) => [v, Number(document.getElementById(`count-${v}`)!.textContent)])));
    const node = nodeCard('hailar-2013.txt', 'hailar-2014.txt');
    expect(counts).toEqual(node.summary);
    // The scorecard and the diff are drawn, and both downloads are ready.
    expect(await page.frameLocator('#card').locator('tr.row').count()).toBe(node.rows.length);
    expect(await page.frameLocator('#diff').locator('body').innerText()).toContain('海拉尔区');
    expect(await page.getAttribute('#csv', 'href')).toMatch(/^blob:/);
    await page.screenshot({ path: join(dir, 'page.png'), fullPage: false });
  }, 120_000);

  it('works opened as a file (file://), with pasted text', async () => {
    const offline = await browser.newPage();
    await offline.goto(pathToFileURL(PAGE).href);
    await offline.waitForSelector('body[data-state="ready"]');
    const text = (f: string) => reports.find((r) => r.file === f)!.text;
    await offline.fill('#plan-text', text('national-2021.txt'));
    await offline.fill('#review-text', text('national-2022.txt'));
    await offline.click('#run');
    await offline.waitForSelector('body[data-state="done"]', { timeout: 60_000 });
    const met = Number(await offline.textContent('#count-met'));
    expect(met).toBe(nodeCard('national-2021.txt', 'national-2022.txt').summary.met);
    await offline.close();
  }, 120_000);

  it('a link in the scorecard jumps within its frame, and report text with markup runs nothing', async () => {
    const hostile = reports.find((r) => r.file === 'national-2021.txt')!.text.replace('国内生产总值增长6%以上', '国内生产总值增长6%以上</script><script>window.pwned=1</script><img src=x onerror="window.pwned=2">');
    await page.fill('#plan-text', hostile);
    await page.fill('#review-text', reports.find((r) => r.file === 'national-2022.txt')!.text);
    await page.click('#run');
    await page.waitForSelector('body[data-state="done"]', { timeout: 60_000 });
    const card = page.frameLocator('#card');
    await card.locator('a[href^="#plan-"]').first().click();
    // Still the scorecard in its frame, not the page loaded into it.
    expect(await card.locator('tr.row').count()).toBeGreaterThan(0);
    expect(await card.locator('#run').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await card.locator('img').count()).toBe(0);
  }, 120_000);

  it('says why when the second report is not the next year of the first', async () => {
    await page.setInputFiles('#plan-file', join(CORPUS_DIR, 'hailar-2013.txt'));
    await page.setInputFiles('#review-file', join(CORPUS_DIR, 'national-2014.txt'));
    await page.click('#run');
    await page.waitForSelector('body[data-state="error"]');
    expect(await page.textContent('#status')).toContain('cannot score this pair: the reports are of different governments');
  });

  it('scores every bundled pair as the Node build does: the same targets, outcomes and verdicts', async () => {
    const pairs = consecutivePairs(reports);
    const inBrowser = await page.evaluate(async (texts) => {
      const w = window as unknown as { duizhao: { loadTokenizer: (b: Uint8Array) => Promise<unknown>; compareInBrowser: (a: string, b: string, o: object) => Promise<{ card: { rows: Array<Record<string, any>> } }> } };
      const wasm = Uint8Array.from(atob(document.getElementById('wasm')!.textContent!.trim()), (c) => c.charCodeAt(0));
      const tokenizer = await w.duizhao.loadTokenizer(wasm);
      const out = [];
      for (const [plan, review] of texts as Array<[string, string]>) {
        const { card } = await w.duizhao.compareInBrowser(plan, review, { tokenizer });
        out.push(card.rows.map((r) => [r.target.id, r.target.span, r.verdict, r.outcome?.span ?? null, r.margin?.text ?? null]));
      }
      return out;
    }, pairs.map(([p, r]): [string, string] => [p.text, r.text]));
    const inNode = pairs.map(([p, r]) => checkTargets(p.report, r.report, { tokenizer }).rows.map((row) => [row.target.id, row.target.span, row.verdict, row.outcome?.span ?? null, row.margin?.text ?? null]));
    expect(inBrowser).toEqual(JSON.parse(JSON.stringify(inNode)));
  }, 300_000);
});
