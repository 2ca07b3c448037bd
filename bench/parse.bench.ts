/**
 * Benchmark (not a test): parsing the largest corpus report, next to a bare nodejieba cut of the
 * same text in the same run. The one-time dictionary load is reported apart.
 *
 *   npm run bench
 */
import type { NodeJieba } from '../src/segment/jieba.js';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { domainDictionaryPath, jiebaTokenizer, parseReport, tokenizeReport } from '../src/index.js';
import { largestCorpusReport, median, RUNS, time } from './timing.js';

const { name: largest, text } = largestCorpusReport();

// The one-time load: nodejieba's dictionaries plus the domain dictionary.
const jieba = createRequire(import.meta.url)('nodejieba') as NodeJieba;
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
