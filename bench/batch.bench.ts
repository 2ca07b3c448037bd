/**
 * Benchmark (not a test): `duizhao batch` over every bundled report with 1 worker, with 2, and with
 * the default count (wall time from start to exit, and peak memory of the process: the workers are
 * threads of it), against the cost of each pair scored by a warm `checkTargets` in one process.
 *
 *   npm run bench
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { median } from './timing.js';

const ROOT = join(import.meta.dirname, '..');
const CORPUS = join(ROOT, 'corpus');
const RUNS = 3;

execFileSync('npx', ['tsup', '--silent'], { cwd: ROOT });
const { checkTargets, chooseTokenizer, consecutivePairs, corpusFiles, decodeText, defaultJobs, parseReport } = (await import(join(ROOT, 'dist', 'index.js'))) as typeof import('../src/index.js');

/** Wall milliseconds and peak resident memory (KB, GNU time's %M) of one batch run from start to exit. */
function batchRun(jobs: number | null): { ms: number; peakKb: number } {
  const t0 = performance.now();
  const given = jobs === null ? [] : ['--jobs', String(jobs)];
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, join(ROOT, 'dist', 'cli.js'), 'batch', CORPUS, ...given, '--format', 'json', '--out', '/dev/null', '--quiet'], { encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`batch failed: ${r.stderr}`);
  return { ms, peakKb: Number(r.stderr.trim().split('\n').at(-1)) };
}

const runs = [1, 2, null].map((jobs) => {
  const samples = Array.from({ length: RUNS }, () => batchRun(jobs));
  return { jobs, ms: median(samples.map((s) => s.ms)), peakMb: Math.max(...samples.map((s) => s.peakKb)) / 1024 };
});

// Each pair scored once more in this process with a warm tokenizer: the per-pair cost without start-up.
const reports = corpusFiles().map((file) => ({ file, report: parseReport(decodeText(readFileSync(join(CORPUS, file)), file)) }));
const pairs = consecutivePairs(reports);
const tokenizer = chooseTokenizer('wasm');
checkTargets(pairs[0]![0].report, pairs[0]![1].report, { tokenizer });
const perPair = pairs.map(([plan, review]) => {
  const t0 = performance.now();
  checkTargets(parseReport(plan.report.input), parseReport(review.report.input), { tokenizer });
  return performance.now() - t0;
});
const warmTotal = perPair.reduce((a, b) => a + b, 0);

console.log(`\nbatch of corpus/ (${pairs.length} pairs, ${corpusFiles().length} reports), median of ${RUNS} runs, on ${process.execPath.includes('node') ? `node ${process.version}` : ''}\n`);
console.log('                                                    wall ms   per pair ms   peak MB');
for (const r of runs) {
  const label = r.jobs === null ? `duizhao batch (default: ${defaultJobs()} here)` : `duizhao batch --jobs ${r.jobs}`;
  console.log(`${`${label}, start to exit`.padEnd(50)} ${r.ms.toFixed(0).padStart(7)}   ${(r.ms / pairs.length).toFixed(0).padStart(11)}   ${r.peakMb.toFixed(0).padStart(7)}`);
}
console.log(`warm checkTargets of each pair, one process       ${warmTotal.toFixed(0).padStart(7)}   ${median(perPair).toFixed(0).padStart(11)} (median)`);
