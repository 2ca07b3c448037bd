import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from './corpus.js';

/*
 * Pipes as input files: a named pipe nothing writes to is waited on with a line on stderr saying so
 * (it used to wait in silence, forever), and read when a writer comes; a pipe handed over as
 * /dev/fd/N (a shell's <(…)) is read when its data comes. Not on Windows, which has no mkfifo.
 */
const CLI = join(import.meta.dirname, '..', 'dist', 'cli.js');
const REPORT = readFileSync(join(CORPUS_DIR, 'national-2021.txt'));
const scratch = mkdtempSync(join(tmpdir(), 'duizhao-pipe-'));

function collect(child: ChildProcess): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d));
  child.stderr!.on('data', (d: Buffer) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

const until = (test: () => boolean) =>
  new Promise<void>((resolve) => {
    const poll = setInterval(() => test() && (clearInterval(poll), resolve()), 20);
  });

describe.skipIf(process.platform === 'win32')('pipes as input files', () => {
  it('a named pipe with no writer: says it is waiting, then reads what a writer sends', async () => {
    const pipe = join(scratch, 'report.fifo');
    expect(spawnSync('mkfifo', [pipe]).status).toBe(0);
    const child = spawn(process.execPath, [CLI, 'outline', pipe]);
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    const done = collect(child);
    await until(() => stderr.includes('waiting'));
    expect(stderr.trim()).toBe(`duizhao: waiting for input on ${pipe}: a named pipe that nothing writes to yet (Ctrl-C to stop)`);
    createWriteStream(pipe).end(REPORT);
    const { code, stdout } = await done;
    expect(code).toBe(0);
    expect(stdout).toContain('国务院 (national) · plans for 2021');
  });

  it("a shell's <(…), a pipe whose writer is slow, is read without a word about waiting", async () => {
    const report = join(CORPUS_DIR, 'national-2021.txt');
    const child = spawn('bash', ['-c', `"$0" "$1" outline <(sleep 1.5; cat "$2")`, process.execPath, CLI, report]);
    const { code, stdout, stderr } = await collect(child);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\/dev\/fd\/\d+: 政府工作报告/);
  });
});
