import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from './corpus.js';

/*
 * Same input, same output: every command runs twice, all runs at once so the machine is loaded
 * (two cores, a dozen processes), and the bytes must match. Work is bounded by size, never by time.
 */
const CLI = join(import.meta.dirname, '..', 'dist', 'cli.js');
const run = promisify(execFile);
const a = join(CORPUS_DIR, 'national-2021.txt');
const b = join(CORPUS_DIR, 'national-2022.txt');
const hailar = join(CORPUS_DIR, 'hailar-2016.txt');
const hailarNext = join(CORPUS_DIR, 'hailar-2017.txt');

const COMMANDS: string[][] = [
  ['outline', hailar, '--json'],
  ['extract', a, '--json'],
  ['align', a, b, '--json'],
  ['diff', a, b, '--format', 'json'],
  ['diff', hailar, hailarNext, '--format', 'html'],
  ['check', a, b, '--format', 'json'],
  ['check', hailar, hailarNext, '--format', 'csv'],
  ['check', a, b, '--format', 'markdown'],
  ['check', a, b, '--format', 'html'],
];

describe('every command gives the same bytes when run twice on a loaded machine', () => {
  it('outline, extract, align, diff and check in every format', { timeout: 300_000 }, async () => {
    const runs = await Promise.all(
      [...COMMANDS, ...COMMANDS].map((args) => run(process.execPath, [CLI, ...args], { maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' })),
    );
    COMMANDS.forEach((args, k) => {
      const first = runs[k]!.stdout;
      expect(first.length, args.join(' ')).toBeGreaterThan(0);
      expect(runs[k + COMMANDS.length]!.stdout, args.join(' ')).toBe(first);
    });
  });
});
