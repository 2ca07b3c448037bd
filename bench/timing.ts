import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export const RUNS = 30;
const CORPUS = join(import.meta.dirname, '..', 'corpus');

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Milliseconds of `runs` runs of `fn`, after one warm-up run. */
export function time(fn: () => unknown, runs = RUNS): number[] {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}

/** The largest report of the corpus by file size. */
export function largestCorpusReport(): { name: string; text: string } {
  const name = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ f, size: statSync(join(CORPUS, f)).size }))
    .sort((a, b) => b.size - a.size)[0]!.f;
  return { name, text: readFileSync(join(CORPUS, name), 'utf8') };
}

const CLI = join(import.meta.dirname, '..', 'dist', 'cli.js');
const GNU_TIME = '/usr/bin/time';

/** The built CLI run once with `args`: its wall time in seconds, exit code, and peak memory in MB (from GNU time when installed, else '—'). */
export function runCli(args: string[]): { wall: number; peak: string; status: number | null } {
  const timed = existsSync(GNU_TIME);
  const t0 = performance.now();
  const r = timed
    ? spawnSync(GNU_TIME, ['-f', '%M', process.execPath, CLI, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
    : spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wall = (performance.now() - t0) / 1000;
  return { wall, peak: timed ? (Number(r.stderr.trim().split('\n').at(-1)) / 1024).toFixed(0) : '—', status: r.status };
}
