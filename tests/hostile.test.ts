import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTargets, extract, InputError, chooseTokenizer, parseReport, requireReport } from '../src/index.js';
import { corpusText } from './corpus.js';
import { HOSTILE } from './hostile.fixtures.js';

/*
 * Pathological text gets an answer or a one-line error, never a hang or a stack trace. How long each
 * takes, and its peak memory, is in `npm run bench` (bench/hostile.bench.ts), not asserted here.
 */
const CLI = join(import.meta.dirname, '..', 'dist', 'cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'duizhao-hostile-'));
const file = (name: string, text: string) => {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
};
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
// Chinese, but no title, salutation, opening or meeting line of a work report, and no part that reviews or plans a year.
const NO_STRUCTURE = /: not a government work report: no title, salutation, opening or meeting line of a work report \(.*\); no part reviews a year or plans one/;

describe('pathological text', () => {
  it('80,000 lines of 你好， say it is not a work report (no mark of one, no structure), in one line with exit 1', () => {
    const r = run('outline', file('comma-lines.txt', HOSTILE.commaLines()));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(NO_STRUCTURE);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('150,000 paragraphs before any heading: the same, from the CLI and from the API', () => {
    const text = HOSTILE.paragraphs();
    const r = run('outline', file('paragraphs.txt', text));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(NO_STRUCTURE);
    expect(() => requireReport(parseReport(text), 'paragraphs.txt')).toThrow(InputError);
  });

  it('a 200,000-digit line inside national-2021 leaves its scorecard as it was', () => {
    const tokenizer = chooseTokenizer();
    const review = parseReport(corpusText('national-2022.txt'));
    const clean = checkTargets(parseReport(corpusText('national-2021.txt')), review, { tokenizer });
    const noisy = checkTargets(parseReport(HOSTILE.digitLine()), review, { tokenizer });
    expect(noisy.rows.map((row) => [row.target.text, row.verdict])).toEqual(clean.rows.map((row) => [row.target.text, row.verdict]));
  });

  it('a report pasted twice scores as once: the copy of its review is not read as targets', () => {
    const tokenizer = chooseTokenizer();
    const review = parseReport(corpusText('national-2022.txt'));
    const once = checkTargets(parseReport(corpusText('national-2021.txt')), review, { tokenizer });
    const twice = checkTargets(parseReport(HOSTILE.doubled()), review, { tokenizer });
    expect(twice.rows.map((row) => [row.target.text, row.verdict])).toEqual(once.rows.map((row) => [row.target.text, row.verdict]));
  });

  it('U+2028 line separators read like line breaks: national-2021 gives the same targets', () => {
    const separated = parseReport(HOSTILE.lineSeparators());
    const plain = parseReport(corpusText('national-2021.txt'));
    const brief = (r: typeof plain) => extract(r).targets.map((t) => [t.indicator, t.value, t.unit]);
    expect(brief(separated)).toEqual(brief(plain));
    for (const t of extract(separated).targets) expect(separated.input.slice(...t.span)).toBe(t.text);
  });

  it('a page break joins whatever the spaces around it: national-2017 keeps 全社会研发经费支出与国内生产总值之比', () => {
    // Line 90 ends '…全社会研发经费支出与国内生产总值', a zero-width line follows, line 92 opens '之比达到2.08%'.
    const lines = corpusText('national-2017.txt').split('\n');
    const variants = [lines, lines.map((l, i) => (i === 89 ? `${l}   ` : l)), lines.map((l, i) => (i === 91 ? `　　${l}` : l))];
    for (const variant of variants) {
      const outcome = extract(parseReport(variant.join('\n'))).outcomes.find((o) => o.clean.figure === '2.08%');
      expect(outcome?.indicator).toBe('全社会研发经费支出与国内生产总值之比');
    }
  });

  it('1000 competing targets and outcomes are scored (every target gets a row)', () => {
    const { plan, review } = HOSTILE.manyFigures(1000);
    const r = run('check', file('plan.txt', plan), file('review.txt', review), '--force', '--format', 'json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).rows).toHaveLength(1000);
  });
});
