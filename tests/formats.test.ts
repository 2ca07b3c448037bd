import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, htmlToText, loadReport, readReport, type Report } from '../src/index.js';
import { CORPUS_DIR } from './corpus.js';
import { flateBomb, manyPages, zipOf } from './hostile.fixtures.js';

// Made by scripts/make-fixtures.ts from corpus/jiangsu-2025.txt.
const FIXTURES = join(import.meta.dirname, 'fixtures');
const figures = (r: Report) => {
  const { targets, outcomes } = extract(r);
  const key = (f: { indicator: string; value: number; unit: string; comparator: string }) => `${f.indicator}|${f.value}|${f.unit}|${f.comparator}`;
  return { roles: r.parts.map((p) => p.role), targets: targets.map(key), outcomes: outcomes.map(key) };
};
const fromText = figures(readReport(join(CORPUS_DIR, 'jiangsu-2025.txt')));

describe('the same report in other formats gives the same outline, targets and outcomes', () => {
  it.each(['html', 'docx', 'pdf'])('.%s', async (ext) => {
    const report = await loadReport(join(FIXTURES, `jiangsu-2025.${ext}`));
    expect(figures(report)).toEqual(fromText);
    expect(fromText.targets.length).toBeGreaterThan(20);
    // Spans point into the text as read from the file.
    const { targets } = extract(report);
    for (const t of targets) expect(report.input.slice(...t.span)).toBe(t.text);
  });
});

describe('web pages', () => {
  it('keep the report body and drop scripts, navigation, headers and footers', () => {
    const text = htmlToText(readFileSync(join(FIXTURES, 'jiangsu-2025.html'), 'utf8'));
    expect(text.startsWith('2025年江苏省政府工作报告')).toBe(true);
    for (const furniture of ['var menu', '政务公开', '机构设置', '版权所有', 'line-height']) expect(text).not.toContain(furniture);
  });
});

const CLI = join(import.meta.dirname, '..', 'dist', 'cli.js');
const run = (args: string[], input?: Buffer) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input });

describe('the command line reads every format', () => {
  it('refuses a scanned PDF, saying OCR is needed, with exit code 1', () => {
    const r = run(['outline', join(FIXTURES, 'scanned.pdf')]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toMatch(/scanned\.pdf: the PDF has no text layer \(a scanned document\?\): run OCR on it first/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("reads standard input for '-'", () => {
    const r = run(['extract', '-', '--json'], readFileSync(join(CORPUS_DIR, 'jiangsu-2025.txt')));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).targets.length).toBe(fromText.targets.length);
  });

  it('reads a PDF and prints where each target stands', () => {
    const r = run(['extract', join(FIXTURES, 'jiangsu-2025.pdf')]);
    expect(r.status).toBe(0);
    // corpus/jiangsu-2025.txt: '地区生产总值增长5%以上'.
    expect(r.stdout).toMatch(/地区生产总值\s+≥5%/);
  });
});

describe('a Word document that would inflate beyond any report is refused before it is parsed', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'duizhao-zip-'));
  it('by the size a member declares (200 MB)', async () => {
    const path = join(scratch, 'declared.docx');
    writeFileSync(path, zipOf('word/document.xml', Buffer.from('<w:document/>'), 200 * 1024 * 1024));
    await expect(loadReport(path)).rejects.toThrow(`${path}: word/document.xml inflates beyond 67108864 bytes: not a report (a zip bomb?)`);
  });
  it('by the bytes it really inflates to, when the declared size lies (80 MB of zeros declared as 1 KB)', async () => {
    const path = join(scratch, 'liar.docx');
    writeFileSync(path, zipOf('word/document.xml', Buffer.alloc(80 * 1024 * 1024), 1024));
    await expect(loadReport(path)).rejects.toThrow(/liar\.docx: word\/document\.xml inflates beyond 67108864 bytes/);
  });
  it('and the CLI says so in one line with exit 1', () => {
    const path = join(scratch, 'cli.docx');
    writeFileSync(path, zipOf('word/document.xml', Buffer.from('<w:document/>'), 200 * 1024 * 1024));
    const r = spawnSync(process.execPath, [join(import.meta.dirname, '..', 'dist', 'cli.js'), 'outline', path], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('a PDF beyond any report is refused before pdf.js reads it', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'duizhao-pdf-'));
  it('2001 pages (one page object listed 2001 times)', async () => {
    const path = join(scratch, 'many.pdf');
    writeFileSync(path, manyPages(2001));
    await expect(loadReport(path)).rejects.toThrow(`${path}: 2001 pages: more than 2000, not a report`);
  });
  it('a flate stream of 100 MB of zeros (about 100 KB on disk)', async () => {
    const path = join(scratch, 'bomb.pdf');
    writeFileSync(path, flateBomb(100));
    await expect(loadReport(path)).rejects.toThrow(`${path}: a stream of the PDF inflates beyond 67108864 bytes: not a report (a flate bomb?)`);
  });
});
