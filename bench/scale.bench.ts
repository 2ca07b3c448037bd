/**
 * Benchmark (not a test): reading large input. Parse and extract on 1, 5 and 10 MB of report text
 * (the corpus repeated), in characters per second, to show the time grows linearly; then each
 * extractor on 100 KB of adversarial text, built to make a backtracking pattern take exponential time.
 *
 *   npm run bench
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extract, findQuantities, normalize, parseReport } from '../src/index.js';

const CORPUS = join(import.meta.dirname, '..', 'corpus');
const all = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(CORPUS, f), 'utf8'))
  .join('\n\n');

function ofSize(megabytes: number): string {
  const chars = megabytes * 1024 * 1024;
  return all.repeat(Math.ceil(chars / all.length)).slice(0, chars);
}

function seconds(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return (performance.now() - t0) / 1000;
}

console.log('\nsize     parse s   extract s   chars/s (parse + extract)');
for (const mb of [1, 5, 10]) {
  const text = ofSize(mb);
  let report: ReturnType<typeof parseReport> | undefined;
  const parse = seconds(() => (report = parseReport(text)));
  const ex = seconds(() => extract(report!));
  console.log(`${String(mb).padStart(2)} MB ${parse.toFixed(2).padStart(9)} ${ex.toFixed(2).padStart(11)}   ${Math.round(text.length / (parse + ex)).toLocaleString('en').padStart(12)}`);
}

// Inputs that make backtracking patterns blow up: long runs of what a pattern repeats, with no end.
const K100 = 100 * 1024;
const ADVERSARIAL: Array<[string, string]> = [
  ['digits and dots', '1.'.repeat(K100 / 2)],
  ['numerals', '一二三四五六七八九十百千万亿'.repeat(K100 / 14)],
  ['entity-like', '&#1234'.repeat(K100 / 6)],
  ['markup', '*#'.repeat(K100 / 2)],
  ['ranges', '6%－'.repeat(K100 / 3)],
  ['qualifiers', '超过不低于左右以上'.repeat(K100 / 9)],
  ['headings', '（一）'.repeat(K100 / 3)],
  ['one long line of Chinese', '城镇新增就业'.repeat(K100 / 6)],
  ['quotes', '“'.repeat(K100)],
  ['spaces', `1${' '.repeat(K100)}2`],
];
console.log('\nadversarial 100 KB         normalize ms   quantities ms   parse + extract ms');
for (const [name, text] of ADVERSARIAL) {
  const n = seconds(() => normalize(text)) * 1000;
  const q = seconds(() => findQuantities(text)) * 1000;
  const p = seconds(() => extract(parseReport(`各位代表：\n一、2024年工作回顾\n${text}\n二、2025年工作安排\n${text}`))) * 1000;
  console.log(`${name.padEnd(27)}${n.toFixed(0).padStart(10)}${q.toFixed(0).padStart(16)}${p.toFixed(0).padStart(21)}`);
}
