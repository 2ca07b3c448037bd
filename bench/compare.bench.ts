/**
 * Benchmark (not a test): align + diff of the two largest corpus reports, and the worst case of
 * two unrelated long passages diffed word by word.
 *
 *   npm run bench
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { alignSections, diffReports, diffTokens, jiebaTokenizer, parseReport } from '../src/index.js';
import { median, time as timeRuns } from './timing.js';

const CORPUS = join(import.meta.dirname, '..', 'corpus');
const RUNS = 5;
const [first, second] = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ f, size: statSync(join(CORPUS, f)).size }))
  .sort((a, b) => b.size - a.size)
  .slice(0, 2)
  .map(({ f }) => ({ f, report: parseReport(readFileSync(join(CORPUS, f), 'utf8')) }));

const tokenizer = jiebaTokenizer();
tokenizer.tokenize('预热'); // the one-time dictionary load is not part of what is timed

const time = (fn: () => unknown) => median(timeRuns(fn, RUNS));

const align = time(() => alignSections(first!.report, second!.report, { tokenizer }));
const diff = time(() => diffReports(first!.report, second!.report, { tokenizer }));

// Two unrelated long passages: the plan of one report against the review of another, 10,000 words each.
const words = (text: string) => tokenizer.tokenize(text).slice(0, 10_000);
const a = words(first!.report.input);
const b = words([...second!.report.input].reverse().join(''));
let truncated = false;
const worst = time(() => (truncated = diffTokens(a, b).truncated));

console.log(`\n${first!.f} ⇄ ${second!.f}, median of ${RUNS} runs (dictionary already loaded)\n`);
console.log('step                                              median ms');
console.log(`alignSections (plan ↔ plan)                       ${align.toFixed(1).padStart(9)}`);
console.log(`diffReports (align + word diffs + term shifts)    ${diff.toFixed(1).padStart(9)}`);
console.log(`worst case: ${a.length} vs ${b.length} unrelated words          ${worst.toFixed(1).padStart(9)}   (gave up at the limit: ${truncated})`);
