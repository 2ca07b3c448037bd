import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText } from '../src/index.js';
import { CORPUS_DIR } from './corpus.js';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'duizhao-cli-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};

describe('input size is bounded', () => {
  it.skipIf(process.platform === 'win32')('an endless device is refused with one line and exit 1, not read forever', () => {
    for (const device of ['/dev/zero', '/dev/urandom']) {
      const r = run('outline', device);
      expect(r.code).toBe(1);
      expect(r.stderr.trim()).toBe(`duizhao: ${device}: more than 52428800 bytes: not a report (raise the limit with --max-bytes / maxBytes if it is one)`);
    }
  });
  it('--max-bytes lowers the limit, and takes only a whole number', () => {
    const r = run('extract', join(CORPUS_DIR, 'beiguan-2019.txt'), '--max-bytes', '1000');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('beiguan-2019.txt: more than 1000 bytes');
    expect(run('extract', join(CORPUS_DIR, 'beiguan-2019.txt'), '--max-bytes', 'ten').code).toBe(2);
  });
  it('standard input is bounded the same way', () => {
    const r = spawnSync(process.execPath, [CLI, 'outline', '-', '--max-bytes', '4096'], { input: '你好。'.repeat(100_000), encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('<stdin>: more than 4096 bytes');
  });
});

describe('duizhao outline', () => {
  it('prints the parts and roles of a bundled report (beiguan-2019.txt)', () => {
    const r = run('outline', join(CORPUS_DIR, 'beiguan-2019.txt'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/review\s+一、2018年以来工作回顾/);
    expect(r.stdout).toMatch(/plan\s+二、2019年工作安排/);
    expect(r.stdout).toMatch(/government\s+三、全面加强政府建设/);
    expect(r.stdout).toContain('plans for 2019');
  });

  it('--json prints only JSON with the documented shape', () => {
    const r = run('outline', join(CORPUS_DIR, 'henan-2025.txt'), '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.file).toContain('henan-2025.txt');
    expect(json.planYear).toBe(2025);
    expect(json.government).toBe('河南省');
    expect(json.parts.map((p: { role: string }) => p.role)).toEqual(['other', 'review', 'plan', 'plan']);
    // Every part but the front matter says how sure its role is and which cues decided it.
    expect(json.parts[1].confidence).toBeGreaterThan(0.9);
    expect(json.parts[1].evidence).toContainEqual({ cue: 'heading-words', says: 'review', weight: 2.5, seen: '回顾' });
    expect(json.parts[1].evidence).toContainEqual({ cue: 'heading-year', says: 'review', weight: 3, seen: '2024年 (plan year 2025)' });
  });

  it('--json gives each paragraph of a part that mixes an account and a plan its role (national-2021 part 二)', () => {
    const json = JSON.parse(run('outline', join(CORPUS_DIR, 'national-2021.txt'), '--json').stdout);
    const text = readText(join(CORPUS_DIR, 'national-2021.txt'));
    const mixed = json.parts[2];
    expect(mixed.heading).toBe('二、“十三五”时期发展成就和“十四五”时期主要目标任务');
    const [first, second] = mixed.paragraphRoles as Array<{ span: [number, number]; role: string }>;
    // '过去五年，我国经济社会发展取得新的历史性成就。…' reports; '“十四五”时期是开启…的第一个五年。…' plans.
    expect([text.slice(first!.span[0], first!.span[0] + 4), first!.role]).toEqual(['过去五年', 'review']);
    expect([text.slice(second!.span[0], second!.span[0] + 7), second!.role]).toEqual(['“十四五”时期', 'plan']);
    expect(json.parts[1].sections[0]).toMatchObject({ heading: expect.any(String), span: [expect.any(Number), expect.any(Number)] });
  });

  it('--help is there for the program and for the command', () => {
    expect(run('--help')).toMatchObject({ code: 0, stdout: expect.stringContaining('duizhao outline FILE') });
    expect(run('outline', '--help')).toMatchObject({ code: 0, stdout: expect.stringContaining('--json') });
  });
});

describe('duizhao extract', () => {
  it('prints targets and outcomes with their figures and lines (national-2021.txt)', () => {
    const r = run('extract', join(CORPUS_DIR, 'national-2021.txt'));
    expect(r.code).toBe(0);
    // national-2021.txt line 122 ('今年我国发展仍面临不少风险挑战…'): '国内生产总值增长6%以上' starts at
    // column 83 and '城镇新增就业1100万人以上' at column 96 (counted with indexOf on that line); the first is
    // a growth rate, the second a count of what is added in the year.
    expect(r.stdout).toMatch(/国内生产总值\s+≥6%\s+↑\s+growth\s+122:83\s/);
    expect(r.stdout).toMatch(/城镇新增就业\s+≥1100万人\s+↑\s+count·flow\s+122:96\s/);
    expect(r.stdout).toMatch(/\[repeats T\d+\]/);
  });

  it('--json prints { file, targets, outcomes } with the fields DESIGN.md names', () => {
    const file = join(CORPUS_DIR, 'beiguan-2019.txt');
    const r = run('extract', file, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.file).toBe(file);
    const gdp = json.targets.find((t: { indicator: string }) => t.indicator === '地区生产总值');
    // beiguan-2019.txt line 79: '地区生产总值增长 7.5%'.
    expect(gdp).toMatchObject({ value: 7.5, high: null, unit: '%', comparator: 'exact', direction: 'increase', text: '地区生产总值增长 7.5%' });
    for (const key of ['id', 'text', 'span', 'indicator', 'value', 'high', 'unit', 'comparator', 'direction', 'section', 'inclusive']) expect(gdp).toHaveProperty(key);
    for (const key of ['id', 'text', 'span', 'indicator', 'value', 'high', 'unit', 'direction', 'section']) expect(json.outcomes[0]).toHaveProperty(key);
    // Frames are shown: the GDP target is a growth rate of 地区生产总值 for the plan year.
    expect(gdp.frame).toMatchObject({ measure: 'growth', period: 'year', flow: false, subject: { name: '生产总值', head: '总值', modifiers: [] } });
  });

  it('reports bad input the same way as outline', () => {
    const r = run('extract', join(scratch, 'missing.txt'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/missing\.txt: no such file/);
  });
});

describe('duizhao align and diff', () => {
  const a = join(CORPUS_DIR, 'national-2021.txt');
  const b = join(CORPUS_DIR, 'national-2022.txt');

  it('align --to review --json pairs plan sections with review passages', () => {
    const r = run('align', a, b, '--to', 'review', '--json');
    expect(r.code).toBe(0);
    const { pairs } = JSON.parse(r.stdout);
    // national-2021.txt （七）加强污染防治 ↔ national-2022.txt 六是加强生态环境保护 (line 61).
    const green = pairs.find((p: { a: { heading: string } | null }) => p.a?.heading.startsWith('（七）'));
    expect(green.b.heading).toMatch(/^六是加强生态环境保护/);
    expect(green.score).toBeGreaterThan(0);
    expect(pairs.some((p: { a: unknown }) => p.a === null)).toBe(true);
  });

  it('diff --format html --out writes one page', () => {
    const out = join(scratch, 'diff.html');
    const r = run('diff', a, b, '--format', 'html', '--out', out);
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>[\s\S]*<del>[\s\S]*<ins>/);
  });

  it('diff --json has sections with pieces, dropped, added and terms', () => {
    const json = JSON.parse(run('diff', a, b, '--json').stdout);
    expect(Object.keys(json)).toEqual(['a', 'b', 'sections', 'dropped', 'added', 'terms']);
    expect(json.sections[0].pieces[0]).toHaveProperty('op');
  });

  it('rejects a bad --to or --format with exit 2', () => {
    expect(run('align', a, b, '--to', 'past').code).toBe(2);
    expect(run('diff', a, b, '--format', 'pdf').code).toBe(2);
    expect(run('diff', a).code).toBe(2);
  });
});

describe('duizhao check', () => {
  const plan = join(CORPUS_DIR, 'national-2021.txt');
  const review = join(CORPUS_DIR, 'national-2022.txt');

  it('prints the Markdown scorecard by default', () => {
    const r = run('check', plan, review);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# 国务院 2021年政府工作报告目标完成情况/);
    expect(r.stdout).toMatch(/\| T13 \| 城镇新增就业1100万人以上 \| ≥1100万人 \| 「城镇新增就业1269万人」 \| met 完成 \| 高于目标169万人 \|/);
  });

  it('--json has plan, review, rows and summary; --format csv starts with a BOM', () => {
    const json = JSON.parse(run('check', plan, review, '--json').stdout);
    expect(json.plan).toMatchObject({ year: 2021, government: '国务院' });
    expect(json.review).toMatchObject({ year: 2022 });
    expect(Object.keys(json.summary).sort()).toEqual(['met', 'missed', 'unclear', 'unreported']);
    expect(json.rows[0]).toHaveProperty('target.span');
    const out = join(scratch, 'card.csv');
    expect(run('check', plan, review, '--format', 'csv', '--out', out).code).toBe(0);
    expect(readFileSync(out, 'utf8').startsWith('\uFEFFgovernment,level,plan_year,id,')).toBe(true);
  });

  it('--explain adds how each row was decided; --json always carries it as trace', () => {
    const plan = join(CORPUS_DIR, 'national-2021.txt');
    const review = join(CORPUS_DIR, 'national-2022.txt');
    const explained = run('check', plan, review, '--explain');
    expect(explained.code).toBe(0);
    // '国内生产总值增长6%以上' against '国内生产总值增长8.1%': the same name, and the comparisons that weighed most.
    expect(explained.stdout).toMatch(/\| 国内生产总值增长6%以上 .*\| assignment: \d+ candidates?, probability 0\.\d\d, likeness [\d.]+, (?:in|outside) the aligned passage; .*name exact \+[\d.]+/);
    const row = JSON.parse(run('check', plan, review, '--json').stdout).rows.find((r: { target: { text: string } }) => r.target.text.includes('国内生产总值增长6%以上'));
    expect(row.trace).toMatchObject({ stage: 'assignment', candidates: expect.any(Number) });
    expect(row.trace.similarity).toBeGreaterThan(0.9);
    expect(row.trace.probability).toBeGreaterThan(0.5);
    // Every comparison is listed with its level and weight.
    expect(row.trace.comparisons).toContainEqual({ field: 'name', level: 'exact', weight: expect.any(Number) });
    expect(row.trace.comparisons).toContainEqual({ field: 'period', level: 'year', weight: expect.any(Number) });
  });

  it('scores a pair whose years cannot be read, and says on stderr what it assumed', () => {
    const noYears = (name: string) => file(`no-years-${name}`, readText(join(CORPUS_DIR, name)).replace(/(?:19|20)\d\d年/g, '今年'));
    const r = run('check', noYears('hailar-2017.txt'), noYears('hailar-2018.txt'), '--format', 'csv');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('duizhao: warning: neither report names its year: assumed the review is the next year of the plan');
    expect(r.stdout.split('\n').length).toBeGreaterThan(10);
  });

  it('refuses a pair that is not next year of the same government, and scores it with --force', () => {
    const beiguan = join(CORPUS_DIR, 'beiguan-2019.txt');
    const refused = run('check', beiguan, review);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toBe(
      'duizhao: cannot score this pair: the review report is for 2022; the 2019 plan is reviewed by the 2020 report (use --force to score it anyway)',
    );
    const forced = run('check', beiguan, review, '--force', '--json');
    expect(forced.code).toBe(0);
    expect(forced.stderr).toMatch(/warning: .*scored anyway/);
    expect(JSON.parse(forced.stdout).warning).toMatch(/2020 report/);
  });

  it('rejects a bad --format or --tolerance with exit 2', () => {
    expect(run('check', plan, review, '--format', 'xlsx').code).toBe(2);
    expect(run('check', plan, review, '--tolerance', '2').code).toBe(2);
  });
});

describe('bad input: one line on stderr naming the file and the problem, no stack trace', () => {
  const cases: Array<[string, () => string, RegExp, number]> = [
    ['a missing path', () => join(scratch, 'nope.txt'), /nope\.txt: no such file/, 1],
    ['a directory', () => scratch, /: this is a directory, not a file/, 1],
    ['an empty file', () => file('empty.txt', ''), /empty\.txt: the file is empty/, 1],
    ['a binary file', () => file('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])), /image\.png: this is a binary file/, 1],
    ['bytes in no encoding read here', () => file('junk.txt', new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00, 0xfd, 0xfc])), /junk\.txt: /, 1],
    ['text that is not a report', () => file('novel.txt', '第一章\n\n那天下午，他走进了城门，一直走到天黑。'), /novel\.txt: not a government work report: no title, salutation, opening or meeting line of a work report/, 1],
  ];
  it.each(cases)('%s', (_what, path, message, code) => {
    const r = run('outline', path());
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('usage errors exit with 2', () => {
    const plain = file('plain.txt', '各位代表');
    for (const args of [['outline'], ['outline', '--nope', 'x'], ['frobnicate'], ['outline', 'a', 'b'], ['outline', plain, '--encoding', 'klingon'], ['check', '-', '-'], ['outline', plain, '--depth=']]) {
      const r = run(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^duizhao: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
