/**
 * Benchmark (not a test): the browser build's size (the bundle, the WASM, the page `duizhao page`
 * writes) and, in headless Chromium, the time from opening the page to the first scorecard of a
 * bundled pair (loading the word segmenter included), then of a second pair with it loaded.
 *
 *   npm run bench
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CHROMIUM, launch } from '../tests/browser.js';
import { median } from './timing.js';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const RUNS = 3;
execFileSync('npx', ['tsup', '--silent'], { cwd: ROOT });
const page = join(mkdtempSync(join(tmpdir(), 'duizhao-bench-')), 'duizhao.html');
execFileSync(process.execPath, [join(DIST, 'cli.js'), 'page', '--out', page], { stdio: 'pipe' });

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const size = (file: string) => statSync(file).size;
const gz = (file: string) => gzipSync(readFileSync(file)).length;
console.log('\nbrowser build sizes (raw, gzip)');
for (const [what, file] of [['dist/browser.js (ESM, minified)', join(DIST, 'browser.js')], ['dist/jieba_rs_wasm_bg.wasm', join(DIST, 'jieba_rs_wasm_bg.wasm')], ['duizhao page (one HTML, both inlined)', page]] as const) {
  console.log(`${what.padEnd(42)} ${kb(size(file)).padStart(9)} ${kb(gz(file)).padStart(9)}`);
}

if (!CHROMIUM) {
  console.log('\n(no Chromium: the time to first scorecard is not measured)');
} else {
  const browser = await launch();
  const first: number[] = [];
  const second: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const tab = await browser.newPage();
    const t0 = Date.now();
    await tab.goto(pathToFileURL(page).href);
    await tab.waitForSelector('body[data-state="ready"]');
    for (const [plan, review, into] of [['national-2021.txt', 'national-2022.txt', first], ['zhejiang-2025.txt', 'zhejiang-2026.txt', second]] as const) {
      const t = into === first ? t0 : Date.now();
      await tab.setInputFiles('#plan-file', join(ROOT, 'corpus', plan));
      await tab.setInputFiles('#review-file', join(ROOT, 'corpus', review));
      await tab.evaluate(() => delete document.body.dataset.state);
      await tab.click('#run');
      await tab.waitForSelector('body[data-state="done"]', { timeout: 120_000 });
      into.push(Date.now() - t);
    }
    await tab.close();
  }
  await browser.close();
  console.log(`\nheadless Chromium, median of ${RUNS} runs                ms`);
  console.log(`open the page → first scorecard (national 2021 → 2022)  ${median(first).toFixed(0).padStart(6)}`);
  console.log(`a second pair, segmenter loaded (zhejiang 2025 → 2026)  ${median(second).toFixed(0).padStart(6)}`);
}
