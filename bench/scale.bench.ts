/**
 * Benchmark (not a test): reading large input. Parse and extract on 1, 5 and 10 MB of report text
 * (the corpus repeated), in characters per second, to show the time grows linearly; then each
 * extractor on 100 KB of adversarial text, built to make a backtracking pattern take exponential time.
 *
 *   npm run bench
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extract, findQuantities, normalize, parseReport } from '../src/index.js';
import { padEnd } from '../src/render/width.js';
import { runCli } from './timing.js';

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

// Growth within the caps (issue 23, item 7): the built CLI on text that repeats what a step does per line,
// per bold range or per figure, with its wall time and peak memory (GNU time); then a series at 1, 2 and 4
// times the size, whose seconds per MB should stay flat.
const scratch = mkdtempSync(join(tmpdir(), 'duizhao-growth-'));
const OPENING = '2025年某市政府工作报告\n各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n';
const largest = readFileSync(join(CORPUS, 'guangdong-2025.txt'), 'utf8');

/** Short numbered heading lines ('一、'), `mb` megabytes of them (UTF-8). */
const headingLines = (mb: number) => '一、\n'.repeat(Math.ceil((mb * 1024 * 1024) / 7));
/** Bold lines of many lengths, `mb` megabytes (UTF-8) of them. */
const boldLines = (mb: number) => {
  const lines: string[] = [];
  for (let bytes = 0, i = 0; bytes < mb * 1024 * 1024; i++) {
    const line = `**稳定就业。**城镇新增就业${i}万人，${'新'.repeat(i % 7)}。\n`;
    lines.push(line);
    bytes += Buffer.byteLength(line);
  }
  return lines.join('');
};
/** The largest corpus report with every figure-bearing sentence said `times` more times, figures changed, and its paragraphs twice. */
const mutated = (times: number) =>
  largest
    .split('\n')
    .flatMap((line) => {
      const sentences = line.split(/(?<=[。；])/);
      const more = sentences.flatMap((s) => (/\d/.test(s) ? Array.from({ length: times }, (_, k) => s.replace(/\d+/g, (d) => String(Number(d) + k + 1))) : []));
      const grown = /^[一二三四五六七八九十]+、/.test(line) ? line : sentences.concat(more).join('');
      return /^[一二三四五六七八九十]+、/.test(line) ? [grown] : [grown, grown];
    })
    .join('\n');
/** Targets and figures all named alike: `count` of each. */
const alike = (count: number) => {
  const said = Array.from({ length: count }, (_, i) => `地区生产总值增长${(i % 9) + 1}%，城镇新增就业${i}万人。`).join('');
  return `${OPENING}一、2024年工作回顾\n${said}\n二、2025年工作安排\n${said.replaceAll('增长', '预期增长')}\n`;
};

const saved = (name: string, text: string) => {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
};
const outlineOf = (name: string, text: string) => ['outline', saved(name, text)];
const checkOf = (name: string, text: string) => {
  const path = saved(name, text);
  return ['check', path, path, '--force'];
};

console.log('\ngrowth (CLI)                          size MB   exit   wall s   peak MB   s per MB');
const series: Array<[string, (k: number) => string[]]> = [
  ["'一、' lines, 7 MB at 4× (outline)", (k) => outlineOf(`headings-${k}.txt`, headingLines((7 * k) / 4))],
  ['bold lines (outline)', (k) => outlineOf(`bold-${k}.txt`, boldLines(k))],
  ['mutated guangdong-2025 (check itself)', (k) => checkOf(`mutated-${k}.txt`, mutated(k))],
  ['figures named alike (check itself)', (k) => checkOf(`alike-${k}.txt`, alike(500 * k))],
];
for (const [name, args] of series) {
  for (const k of [1, 2, 4]) {
    const a = args(k);
    const mb = statSync(a[1]!).size / (1024 * 1024);
    const { wall, peak, status } = runCli(a);
    console.log(`${padEnd(`${name} ${k}×`, 38)}${mb.toFixed(2).padStart(8)} ${String(status).padStart(6)} ${wall.toFixed(2).padStart(8)} ${peak.padStart(9)} ${(wall / mb).toFixed(2).padStart(10)}`);
  }
}
