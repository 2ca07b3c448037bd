/**
 * Benchmark (not a test): parsing the largest corpus report, next to a bare nodejieba cut of the
 * same text in the same run. The one-time dictionary load is reported apart.
 *
 *   npm run bench
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { domainDictionaryPath, jiebaTokenizer, parseReport, tokenizeReport } from '../src/index.js';

const CORPUS = join(import.meta.dirname, '..', 'corpus');
const RUNS = 30;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function time(fn: () => unknown): number[] {
  fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}

const largest = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ f, size: statSync(join(CORPUS, f)).size }))
  .sort((a, b) => b.size - a.size)[0]!.f;
const text = readFileSync(join(CORPUS, largest), 'utf8');

// The one-time load: nodejieba's dictionaries plus the domain dictionary.
const jieba = createRequire(import.meta.url)('nodejieba') as typeof import('nodejieba');
const rss0 = process.memoryUsage().rss;
const t0 = performance.now();
jieba.load({ userDict: domainDictionaryPath() });
const loadMs = performance.now() - t0;
const loadMb = (process.memoryUsage().rss - rss0) / 2 ** 20;

const tokenizer = jiebaTokenizer();
const report = parseReport(text);

const rows: Array<[string, number[]]> = [
  ['parseReport (normalize + outline)', time(() => parseReport(text))],
  ['bare nodejieba cut of the same text', time(() => jieba.cut(text))],
  ['tokenizeReport (cut + spans)', time(() => tokenizeReport(report, tokenizer))],
];

console.log(`${largest}: ${text.length.toLocaleString('en')} characters, median of ${RUNS} runs after one warm-up\n`);
console.log('step                                   median ms   chars/s');
for (const [name, samples] of rows) {
  const ms = median(samples);
  console.log(`${name.padEnd(38)} ${ms.toFixed(2).padStart(9)}   ${Math.round(text.length / (ms / 1000)).toLocaleString('en').padStart(11)}`);
}
console.log(`\none-time dictionary load (nodejieba + domain dictionary): ${loadMs.toFixed(0)} ms, +${loadMb.toFixed(0)} MB RSS`);
