import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
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
 * A moment is counted from when the CLI catches Ctrl-C (its SIGINT bit in /proc/PID/status): before
 * that Node itself is still starting, and a Ctrl-C ends it with no output, as it does any program.
 */
const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const RUNS = 20;
// Eight reports, four pairs: long enough to be stopped while reading, scoring or writing.
const REPORTS = ['hailar-2012', 'hailar-2013', 'hailar-2014', 'national-2021', 'national-2022', 'fuping-2020', 'fuping-2021', 'fuping-2022'];
const dir = mkdtempSync(join(tmpdir(), 'duizhao-interrupt-'));
for (const name of REPORTS) copyFileSync(join(CORPUS_DIR, `${name}.txt`), join(dir, `${name}.txt`));
const tokenizer = availableTokenizer('nodejieba');
// A seeded generator: a failing moment can be run again.
let seed = 20261207;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

const SIGINT_BIT = 1n << 1n;
function catchesSigint(pid: number): boolean {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^SigCgt:\s*([0-9a-f]+)$/m);
    return line !== null && (BigInt(`0x${line[1]}`) & SIGINT_BIT) !== 0n;
  } catch {
    return false;
  }
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the batch and, `after` ms from when it catches Ctrl-C, interrupts it (again `again` ms later, if given). */
async function interrupted(jobs: number, after: number, again: number | null): Promise<Run> {
  const child = spawn(process.execPath, [CLI, 'batch', dir, '--jobs', String(jobs), '--tokenizer', tokenizer, '--format', 'json', '--quiet']);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d));
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  const exited = new Promise<Run>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })));
  const ready = setInterval(() => {
    if (child.exitCode !== null || !catchesSigint(child.pid!)) return;
    clearInterval(ready);
    setTimeout(() => {
      child.kill('SIGINT');
      if (again !== null) setTimeout(() => child.kill('SIGINT'), again);
    }, after);
  }, 2);
  const run = await exited;
  clearInterval(ready);
  return { ...run, stdout, stderr };
}

describe.skipIf(process.platform !== 'linux')('Ctrl-C at random moments of a batch', async () => {
  // How long a whole run takes: the moments are spread over it.
  const t0 = Date.now();
  const whole = await interrupted(1, 60_000, null);
  const span = Date.now() - t0;

  it('a run not interrupted scores the four pairs', () => {
    expect(whole.code).toBe(0);
    expect(JSON.parse(whole.stdout).pairs).toHaveLength(4);
  });

  for (const jobs of [1, 2]) {
    it(`${RUNS} runs with ${jobs} worker${jobs === 1 ? '' : 's'}: exit 130 and whole JSON every time`, async () => {
      const seen: string[] = [];
      for (let k = 0; k < RUNS; k++) {
        const after = Math.round(random() * span);
        const again = k % 2 ? Math.round(random() * 300) : null;
        const run = await interrupted(jobs, after, again);
        const where = `run ${k}, Ctrl-C at ${after} ms${again === null ? '' : ` and ${again} ms later`}`;
        expect(run.signal, where).toBeNull();
        expect(run.code, `${where}: ${run.stderr}`).toBe(130);
        const json = JSON.parse(run.stdout) as { rows: Array<{ planYear: number; plan: string }>; pairs: Array<{ planYear: number; plan: string; summary: Record<string, number> }> };
        // Every pair written is whole: its rows are all there.
        for (const pair of json.pairs) expect(json.rows.filter((r) => r.plan === pair.plan).length, where).toBe(Object.values(pair.summary).reduce((a, b) => a + b, 0));
        expect(run.stderr, where).toContain('duizhao: interrupted');
        seen.push(`${json.pairs.length}`);
      }
      // The moments reached different stages: some runs kept no pair, some kept pairs.
      expect(new Set(seen).size, seen.join(' ')).toBeGreaterThan(1);
    });
  }
});
