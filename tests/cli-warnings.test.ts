import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineAndColumn, readReport } from '../src/index.js';
import { CORPUS_DIR } from './corpus.js';

/*
 * What the CLI says on stderr about its input: a report read with damaged bytes is named with the
 * places (check, outline; batch puts it in the pair's assumptions), and file names in any stderr
 * line cannot drive the terminal.
 */
const CLI = join(import.meta.dirname, '..', 'dist', 'cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'duizhao-warnings-'));
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

// hailar-2012 is GB18030; one 0xFF inserted at the start of its 40th line.
const clean = readFileSync(join(CORPUS_DIR, 'hailar-2012.txt'));
let at = 0;
for (let line = 1; line < 40; line++) at = clean.indexOf(0x0a, at) + 1;
const damaged = join(scratch, 'hailar-2012.txt');
writeFileSync(damaged, Buffer.concat([clean.subarray(0, at), Uint8Array.of(0xff), clean.subarray(at)]));
const review = join(CORPUS_DIR, 'hailar-2013.txt');

describe('the CLI on damaged input', () => {
  it('says where the damage is, in one warning line, and scores the report as the clean one', () => {
    const report = readReport(damaged);
    const [[replaced]] = report.source!.replaced as [[number, number]];
    expect(lineAndColumn(report.input, replaced)).toEqual({ line: 40, column: 1 });
    const warning = `duizhao: warning: ${damaged}: 1 place holds bytes that are not valid gb18030, read as \uFFFD: line 40 column 1`;
    const r = run('check', damaged, review, '--json');
    expect(r.status).toBe(0);
    expect(r.stderr.trim()).toBe(warning);
    const cleanRun = run('check', join(CORPUS_DIR, 'hailar-2012.txt'), review, '--json');
    const verdicts = (out: string) => (JSON.parse(out) as { rows: Array<{ target: { text: string }; verdict: string }> }).rows.map((row) => [row.target.text, row.verdict]);
    expect(verdicts(r.stdout)).toEqual(verdicts(cleanRun.stdout));
    expect(run('outline', damaged).stderr.trim()).toBe(warning);
  });

  it('batch gives the damage with the pair, in its assumptions', () => {
    const dir = join(scratch, 'batch');
    mkdirSync(dir);
    writeFileSync(join(dir, 'hailar-2012.txt'), readFileSync(damaged));
    writeFileSync(join(dir, 'hailar-2013.txt'), readFileSync(review));
    const r = run('batch', dir, '--format', 'json', '--quiet');
    expect(r.status).toBe(0);
    const [pair] = (JSON.parse(r.stdout) as { pairs: Array<{ assumptions: string[] }> }).pairs;
    expect(pair!.assumptions).toEqual([`${join(dir, 'hailar-2012.txt')}: 1 place holds bytes that are not valid gb18030, read as \uFFFD: line 40 column 1`]);
  });

  it('a file name with an escape sequence is shown, not obeyed, in an error line', () => {
    const r = run('outline', join(scratch, '\u001b[31mnope.txt'));
    expect(r.status).toBe(1);
    expect(r.stderr).not.toContain('\u001b');
    expect(r.stderr.trim()).toBe(`duizhao: ${join(scratch, '\u241b[31mnope.txt')}: no such file`);
  });
});
