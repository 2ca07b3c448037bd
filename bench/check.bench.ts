/**
 * Benchmark (not a test): the first answer and the next ones, each beside what it cannot beat.
 *  - cold: `duizhao check` from start to exit (jieba-wasm, the CLI's default, and nodejieba), against a
 *    bare node process that loads nodejieba's dictionary and cuts both texts; runs alternate, so each
 *    ratio is of runs made side by side. Wall time and peak memory (GNU time's %M) of each process.
 *  - warm: `checkTargets(parseReport(a), parseReport(b))` in one process (the segmenter loaded), against
 *    a bare nodejieba cut of both texts, on the README's pair and pooled over every bundled pair.
 *
 *   npm run bench
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import type { NodeJieba } from '../src/segment/jieba.js';
import { median, time as timeRuns } from './timing.js';

const ROOT = join(import.meta.dirname, '..');
const CORPUS = join(ROOT, 'corpus');
const CLI = join(ROOT, 'dist', 'cli.js');
const COLD_RUNS = 5;
const WARM_RUNS = 7;
const PLAN = join(CORPUS, 'national-2021.txt');
const REVIEW = join(CORPUS, 'national-2022.txt');

execFileSync('npx', ['tsup', '--silent'], { cwd: ROOT });
// The built package, as a user runs it (tsx's module wrappers would add their own cost to every call).
const { checkTargets, consecutivePairs, corpusFiles, decodeText, domainDictionaryPath, jiebaTokenizer, parseReport } = (await import(join(ROOT, 'dist', 'index.js'))) as typeof import('../src/index.js');

/** Wall milliseconds and peak resident megabytes of one process from start to exit. */
function processRun(args: string[]): { ms: number; mb: number } {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { encoding: 'utf8', cwd: ROOT, maxBuffer: 1 << 28 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return { ms, mb: Number(r.stderr.trim().split('\n').at(-1)) / 1024 };
}

const bareCut = (load: string) => ['-e', `${load};const fs=require('fs');cut(fs.readFileSync(${JSON.stringify(PLAN)},'utf8'));cut(fs.readFileSync(${JSON.stringify(REVIEW)},'utf8'))`];
const COLD: Record<string, string[]> = {
  'duizhao check --json (jieba-wasm, the default)': [CLI, 'check', PLAN, REVIEW, '--json'],
  'duizhao check --json --tokenizer nodejieba': [CLI, 'check', PLAN, REVIEW, '--json', '--tokenizer', 'nodejieba'],
  'bare node: nodejieba load() + cut() of both texts': bareCut(`const j=require('nodejieba');j.load({userDict:${JSON.stringify(domainDictionaryPath())}});const cut=(t)=>j.cut(t)`),
};
const cold = new Map<string, Array<{ ms: number; mb: number }>>(Object.keys(COLD).map((k) => [k, []]));
for (let i = 0; i < COLD_RUNS; i++) for (const [label, args] of Object.entries(COLD)) cold.get(label)!.push(processRun(args));
const coldMedian = (label: string) => ({ ms: median(cold.get(label)!.map((r) => r.ms)), mb: median(cold.get(label)!.map((r) => r.mb)) });
const reference = coldMedian('bare node: nodejieba load() + cut() of both texts');

console.log(`\ncold: national-2021 → national-2022, process start to exit, median of ${COLD_RUNS} alternating runs (node ${process.version})\n`);
console.log('                                                      wall ms   × bare   peak MB');
for (const label of Object.keys(COLD)) {
  const m = coldMedian(label);
  console.log(`${label.padEnd(52)} ${m.ms.toFixed(0).padStart(8)}   ${(m.ms / reference.ms).toFixed(2).padStart(6)}   ${m.mb.toFixed(0).padStart(7)}`);
}

// Warm: the segmenter loaded once; each pair parsed and checked from its text, as a notebook's next call does.
const jieba = createRequire(import.meta.url)('nodejieba') as NodeJieba;
jieba.load({ userDict: domainDictionaryPath() });
const tokenizer = jiebaTokenizer();
const time = (fn: () => unknown) => median(timeRuns(fn, WARM_RUNS));
const texts = corpusFiles().map((file) => ({ file, report: parseReport(decodeText(readFileSync(join(CORPUS, file)), file)) }));
const pairs = consecutivePairs(texts).map(([p, r]) => ({ name: `${p.file} → ${r.file}`, plan: p.report.input, review: r.report.input }));
const warm = pairs.map((pair) => ({
  name: pair.name,
  check: time(() => checkTargets(parseReport(pair.plan), parseReport(pair.review), { tokenizer })),
  cut: time(() => {
    jieba.cut(pair.plan);
    jieba.cut(pair.review);
  }),
}));
const readme = warm.find((w) => w.name === 'national-2021.txt → national-2022.txt')!;
const sum = (key: 'check' | 'cut') => warm.reduce((a, w) => a + w[key], 0);
const worst = [...warm].sort((a, b) => b.check / b.cut - a.check / a.cut)[0]!;

console.log(`\nwarm: checkTargets(parseReport(a), parseReport(b)) with nodejieba loaded, against a bare nodejieba cut of both, median of ${WARM_RUNS} runs\n`);
console.log('                                                      check ms   cut ms   × cut');
const row = (label: string, check: number, cut: number) => console.log(`${label.padEnd(52)} ${check.toFixed(1).padStart(9)}   ${cut.toFixed(1).padStart(6)}   ${(check / cut).toFixed(2).padStart(5)}`);
row('national-2021 → national-2022', readme.check, readme.cut);
row(`all ${warm.length} bundled pairs (sums)`, sum('check'), sum('cut'));
row(`the highest ratio: ${worst.name}`, worst.check, worst.cut);
const within = warm.filter((w) => w.check <= 3 * w.cut).length;
console.log(`pairs checked within 3× their bare cut: ${within} of ${warm.length}`);
