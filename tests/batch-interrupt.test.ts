import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { availableTokenizer } from '../src/index.js';
import { CORPUS_DIR } from './corpus.js';

/*
 * Ctrl-C at random moments of `duizhao batch`, with one and with two workers: every run must exit 130
 * with its JSON closed and every pair in it whole. Half the runs get a second Ctrl-C soon after the
 * first (before, that one ended the process with '{"rows": [' written). The workers segment with
 * nodejieba where it is installed: ending a thread inside its native call aborted the process.
 *
 * A moment is counted from when the batch opens its output file (--out), its first act after the
 * CLI has loaded. Before Node has started the CLI a Ctrl-C ends it with no output, as it does any
 * program; the CLI catches it from its first module on (cli.ts).
 */
const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const RUNS = 20;
// Eight reports, five pairs: long enough to be stopped while reading, scoring or writing.
const REPORTS = ['hailar-2012', 'hailar-2013', 'hailar-2014', 'national-2021', 'national-2022', 'fuping-2020', 'fuping-2021', 'fuping-2022'];
const dir = mkdtempSync(join(tmpdir(), 'duizhao-interrupt-'));
for (const name of REPORTS) copyFileSync(join(CORPUS_DIR, `${name}.txt`), join(dir, `${name}.txt`));
const tokenizer = availableTokenizer('nodejieba');
// A seeded generator: a failing moment can be run again.
let seed = 20261207;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
  stderr: string;
  /** Whether Ctrl-C was pressed before the batch ended by itself. */
  pressed: boolean;
  /** From opening the output to the end, in ms. */
  took: number;
  /** From opening the output to the first pair scored, in ms. */
  firstScored: number;
}

let runs = 0;
/**
 * Runs the batch and interrupts it `after` ms from when it opens its output, or from when it has
 * scored its first pair if `fromFirstPair`, and again `again` ms later if given.
 */
async function batchRun(jobs: number, moment: { after: number; fromFirstPair: boolean; again: number | null } | null): Promise<Run> {
  const out = join(dir, `out-${runs++}.json`);
  const child = spawn(process.execPath, [CLI, 'batch', dir, '--jobs', String(jobs), '--tokenizer', tokenizer, '--format', 'json', '--out', out]);
  let stderr = '';
  let pressed = false;
  let opened = 0;
  let firstScored = 0;
  const press = () => {
    if (moment === null) return;
    setTimeout(() => {
      if (child.exitCode !== null) return;
      pressed = true;
      child.kill('SIGINT');
      if (moment.again !== null) setTimeout(() => child.kill('SIGINT'), moment.again);
    }, moment.after);
  };
  child.stderr.on('data', (d: Buffer) => {
    stderr += d;
    if (firstScored > 0 || !stderr.includes('duizhao: scored')) return;
    firstScored = Date.now() - opened;
    if (moment?.fromFirstPair) press();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const watch = setInterval(() => {
    if (child.exitCode !== null || !existsSync(out)) return;
    clearInterval(watch);
    opened = Date.now();
    if (moment && !moment.fromFirstPair) press();
  }, 2);
  const { code, signal } = await exited;
  clearInterval(watch);
  return { code, signal, stderr, pressed, took: Date.now() - opened, firstScored, output: existsSync(out) ? readFileSync(out, 'utf8') : '' };
}

describe.skipIf(process.platform === 'win32')('Ctrl-C at random moments of a batch', () => {
  for (const jobs of [1, 2]) {
    it(`${RUNS} runs with ${jobs} worker${jobs === 1 ? '' : 's'}: exit 130 and whole JSON every time`, async () => {
      // A run not interrupted scores the five pairs; its length is the span the moments are drawn from.
      const whole = await batchRun(jobs, null);
      expect(whole.code).toBe(0);
      expect(JSON.parse(whole.output).pairs).toHaveLength(5);
      const kept: number[] = [];
      for (let k = 0; k < RUNS; k++) {
        // Every other moment falls while pairs are scored and written (loading a segmenter takes most of a run).
        const fromFirstPair = k % 2 === 1;
        const after = Math.round(random() * (whole.took - (fromFirstPair ? whole.firstScored : 0)));
        const again = k % 4 >= 2 ? Math.round(random() * 300) : null;
        const run = await batchRun(jobs, { after, fromFirstPair, again });
        const where = `run ${k}, Ctrl-C ${after} ms after ${fromFirstPair ? 'the first pair' : 'the output opened'}${again === null ? '' : ` and ${again} ms later`}`;
        const json = JSON.parse(run.output) as { rows: Array<{ plan: string }>; pairs: Array<{ plan: string; summary: Record<string, number> }> };
        // Every pair written is whole: its rows are all there.
        for (const pair of json.pairs) expect(json.rows.filter((r) => r.plan === pair.plan).length, where).toBe(Object.values(pair.summary).reduce((a, b) => a + b, 0));
        // A batch that ended before the moment came, or was ending when it came, is a whole one.
        if (!run.pressed || run.code === 0) {
          expect(json.pairs, where).toHaveLength(5);
          continue;
        }
        // A Ctrl-C that lands while Node ends the process, its output written and closed (the JSON above
        // parsed), ends it by the signal: a shell reports that as 130 too. Anywhere else it must be caught.
        if (run.signal === 'SIGINT') continue;
        expect(run.code, `${where}: ${run.code} ${run.signal} ${run.stderr}`).toBe(130);
        expect(run.stderr, where).toContain('duizhao: interrupted');
        kept.push(json.pairs.length);
      }
      // Most runs were interrupted, at different stages: some kept no pair, some kept pairs.
      expect(kept.length).toBeGreaterThan(RUNS / 2);
      expect(new Set(kept).size, kept.join(' ')).toBeGreaterThan(1);
    }, 600_000);
  }
});
