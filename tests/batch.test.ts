import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { batch, batchStream, decodeText, InputError, pairReports, track, type BatchResult, type Report } from '../src/index.js';
import { progressReporter } from '../src/batch/progress.js';
import { CORPUS_DIR } from './corpus.js';

/*
 * batch and track on the bundled reports. The expected pairs and series were read from the reports'
 * own texts: each report's title names its government, its plan part the year it plans.
 */
const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'duizhao-batch-'));
const folder = (name: string, files: Record<string, string>) => {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  for (const [to, from] of Object.entries(files)) (from.startsWith('/') ? copyFileSync(from, join(dir, to)) : writeFileSync(join(dir, to), from));
  return dir;
};
const corpus = (name: string) => join(CORPUS_DIR, name);
const pairsOf = (r: BatchResult) => r.pairs.map((p) => `${p.government} ${p.planYear} ${basename(p.plan)}→${basename(p.review)}`);

describe('batch over the whole bundled corpus', async () => {
  const result = await batch([CORPUS_DIR], { jobs: 2 });
  it('forms every consecutive-year pair of one government, and only those', () => {
    expect(pairsOf(result)).toEqual([
      '北京市 2025 beijing-2025.txt→beijing-2026.txt',
      ...[2020, 2021].map((y) => `阜平县 ${y} fuping-${y}.txt→fuping-${y + 1}.txt`),
      '广东省 2025 guangdong-2025.txt→guangdong-2026.txt',
      // 2019's title says 呼伦贝尔市海拉尔区, the others 海拉尔区: one government.
      ...[2012, 2013, 2014, 2015, 2016, 2017, 2018].map((y) => `海拉尔区 ${y} hailar-${y}.txt→hailar-${y + 1}.txt`),
      '河南省 2025 henan-2025.txt→henan-2026.txt',
      '湖北省 2025 hubei-2025.txt→hubei-2026.txt',
      '江苏省 2025 jiangsu-2025.txt→jiangsu-2026.txt',
      ...[2020, 2021].map((y) => `涞水县 ${y} laishui-${y}.txt→laishui-${y + 1}.txt`),
      '涞源县 2021 laiyuan-2021.txt→laiyuan-2022.txt',
      '保定市满城区 2022 mancheng-2022.txt→mancheng-2023.txt',
      // 2017 → 2021 is a gap in the national reports held; each side is in a pair of its own.
      ...[2014, 2015, 2016, 2021].map((y) => `国务院 ${y} national-${y}.txt→national-${y + 1}.txt`),
      '保定市清苑区 2022 qingyuan-2022.txt→qingyuan-2023.txt',
      '保定市清苑区 2023 qingyuan-2023.txt→qingyuan-2024.txt',
      '上海市 2025 shanghai-2025.txt→shanghai-2026.txt',
      // shunping-2023 and 2024, and the xushui reports, are one line each with written-out breaks.
      ...[2020, 2021, 2022, 2023].map((y) => `顺平县 ${y} shunping-${y}.txt→shunping-${y + 1}.txt`),
      '四川省 2025 sichuan-2025.txt→sichuan-2026.txt',
      ...[2010, 2011, 2012].map((y) => `徐水县 ${y} xushui-${y}.txt→xushui-${y + 1}.txt`),
      '浙江省 2025 zhejiang-2025.txt→zhejiang-2026.txt',
    ]);
  });
  it('lists what it could not pair, with the reason', () => {
    expect(result.unpaired.map((u) => [basename(u.file), u.reason])).toEqual([
      // The corpus's notes are read as a file of the folder, and refused: they are not a work report.
      ['PROVENANCE.md', expect.stringMatching(/^not a government work report: only \d+% of its letters are Chinese characters; no title, salutation, opening or meeting line of a work report/)],
      ['beiguan-2019.txt', 'only one year of 安阳市北关区 (2019)'],
      ['mancheng-2020.txt', 'a gap: no 2019 or 2021 report of 保定市满城区 (held: 2020, 2022–2023)'],
    ]);
  });
  it('gives every row its pair, and evidence that is the text at file:line:column', () => {
    expect(result.rows).toHaveLength(result.pairs.reduce((n, p) => n + p.summary.met + p.summary.missed + p.summary.unclear + p.summary.unreported, 0));
    const texts = new Map<string, string[]>();
    const lines = (file: string) => texts.get(file) ?? (texts.set(file, decodeText(readFileSync(file)).split('\n')), texts.get(file)!);
    for (const row of result.rows) {
      for (const [file, place] of [[row.plan, row.where.target], [row.review, row.where.outcome]] as const) {
        if (place) expect(lines(file)[place.line - 1]!.slice(place.column - 1).startsWith(place.quote.split('\n')[0]!)).toBe(true);
      }
    }
  });
  it('jiangsu 2025 GDP: the row a journalist would look for', () => {
    const row = result.rows.find((r) => r.government === '江苏省' && r.target.indicator === '地区生产总值')!;
    expect(row).toMatchObject({ planYear: 2025, level: 'provincial', verdict: 'met' });
    expect(row.where.outcome!.quote).toContain('5.3%');
  });
});

describe('batch: what it cannot pair, and what it cannot read', () => {
  it('a gap on both sides, a duplicate, an unreadable file: each listed, the rest still scored', async () => {
    const dir = folder('mixed', {
      'national-2014.txt': corpus('national-2014.txt'),
      'national-2016.txt': corpus('national-2016.txt'),
      'hailar-2012.txt': corpus('hailar-2012.txt'),
      'hailar-2012-copy.txt': corpus('hailar-2012.txt'),
      'hailar-2013.txt': corpus('hailar-2013.txt'),
      'broken.docx': 'PK\u0003\u0004 not a zip',
    });
    const r = await batch([dir], { jobs: 1 });
    expect(pairsOf(r)).toEqual(['海拉尔区 2012 hailar-2012-copy.txt→hailar-2013.txt']);
    const reasons = Object.fromEntries(r.unpaired.map((u) => [basename(u.file), u.reason]));
    expect(reasons['broken.docx']).toMatch(/^not a complete Word document/);
    expect(reasons['hailar-2012.txt']).toBe(`a duplicate: ${join(dir, 'hailar-2012-copy.txt')} is already the 2012 report of 海拉尔区`);
    expect(reasons['national-2014.txt']).toBe('a gap: no 2013 or 2015 report of 国务院 (held: 2014, 2016)');
    expect(reasons['national-2016.txt']).toBe('a gap: no 2015 or 2017 report of 国务院 (held: 2014, 2016)');
  });
  it('a government named bare joins neither of two fuller names it could be (朝阳区 with 北京市朝阳区 and 长春市朝阳区)', () => {
    const read = (file: string, government: string, planYear: number) => ({ file, text: '', report: { meta: { government, planYear } } as unknown as Report, planYear, yearFromName: false });
    const { pairs } = pairReports([read('a.txt', '朝阳区', 2019), read('b.txt', '北京市朝阳区', 2020), read('c.txt', '长春市朝阳区', 2021)]);
    expect(pairs.map((p) => `${p.plan.file}→${p.review.file}`)).toEqual(['a.txt→b.txt']);
    const reversed = pairReports([read('c.txt', '长春市朝阳区', 2021), read('b.txt', '北京市朝阳区', 2020), read('a.txt', '朝阳区', 2019)]);
    expect(reversed.pairs.map((p) => `${p.plan.file}→${p.review.file}`)).toEqual([]);
  });
  it('a file named twice (another path to it) is read once; a link to a report in a folder is followed', async () => {
    const dir = folder('twice', { 'hailar-2014.txt': corpus('hailar-2014.txt'), 'hailar-2015.txt': corpus('hailar-2015.txt') });
    symlinkSync(corpus('hailar-2016.txt'), join(dir, 'hailar-2016.txt'));
    const r = await batch([dir, join(dir, '.', 'hailar-2014.txt')], { jobs: 1 });
    expect(r.unpaired).toEqual([]);
    expect(r.pairs.map((p) => p.planYear)).toEqual([2014, 2015]);
  });
  it('jobs that is not a whole number ≥ 1 is refused, not a pool of no workers that never ends', async () => {
    await expect(batch([CORPUS_DIR], { jobs: Number('two') })).rejects.toThrow(RangeError);
  });
  it('track of reports with no quantified target is an InputError, not an empty table', async () => {
    const plan = '2025年某区政府工作报告\n\n各位代表：\n\n一、2024年工作回顾\n\n过去一年，工作扎实推进。\n\n二、2025年工作安排\n\n今年要做好各项工作。';
    const review = plan.replaceAll('2025', '2026').replaceAll('2024', '2025');
    const dir = folder('wordsonly', { 'a-2025.txt': plan, 'a-2026.txt': review });
    await expect(track([dir], { jobs: 1 })).rejects.toThrow(/no quantified target in the plans of 某区/);
  });
  it('a path that does not exist is an InputError naming it', async () => {
    await expect(batch([join(scratch, 'nowhere')])).rejects.toThrow(InputError);
  });
  it('one worker and two give the same rows in the same order', async () => {
    const dir = folder('three', Object.fromEntries(['hailar-2014.txt', 'hailar-2015.txt', 'hailar-2016.txt', 'hailar-2017.txt'].map((f) => [f, corpus(f)])));
    const one = await batch([dir], { jobs: 1 });
    const two = await batch([dir], { jobs: 2 });
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    expect(one.pairs.map((p) => p.planYear)).toEqual([2014, 2015, 2016]);
  });
  it('batchStream yields pairs as they finish, and a stop ends it after what finished', async () => {
    const dir = join(scratch, 'three');
    const stop = new AbortController();
    const seen: number[] = [];
    for await (const event of batchStream([dir], { jobs: 1, signal: stop.signal })) {
      if (event.type !== 'pair') continue;
      seen.push(event.pair.planYear);
      expect(event.rows.every((r) => r.planYear === event.pair.planYear)).toBe(true);
      stop.abort();
    }
    // The pair the stop came after, and any that finished before it reached the workers; never all three.
    expect(seen[0]).toBe(2014);
    expect(seen.length).toBeLessThan(3);
    expect([...seen].sort()).toEqual(seen);
  });
});

describe('track: one government over the years', () => {
  const hailar = [2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019].map((y) => corpus(`hailar-${y}.txt`));
  it('海拉尔区 GDP growth 2012–2018: each target and the growth the next report gave (read in the texts)', async () => {
    const r = await track(hailar, { indicator: 'GDP', jobs: 2 });
    expect(r.government).toBe('海拉尔区');
    const growth = r.series.find((s) => s.measure === 'growth')!;
    expect(growth).toMatchObject({ indicator: '生产总值', unit: '%' });
    expect(growth.points.map((p) => [p.planYear, p.target.value, p.target.comparator, p.outcome?.value ?? null, p.verdict])).toEqual([
      [2012, 21, 'exact', 18.5, 'missed'], // 2012: 地区生产总值达到240亿元，同比增长21%; 2013: 同比增长18.5%
      [2013, 20, 'exact', 10.1, 'missed'], // 2014: 同比增长10.1%
      [2014, 11, 'exact', 9.1, 'missed'], // 2015: 同比增长9.1%
      [2015, 8, 'exact', 8.9, 'met'], // 2016: 地区生产总值达到 287.9亿元,同比增长8.9%
      [2016, 7.5, 'exact', 7.2, 'missed'], // 2017: 同比增长7.2%
      [2017, 7.5, 'exact', null, 'unclear'], // 2018 says only 地区生产总值…稳中有升
      [2018, 6, 'about', 6, 'met'], // 2019: 按可比价计算，同比增长6.0%
    ]);
    const first = growth.points[0]!;
    expect(basename(first.outcome!.file)).toBe('hailar-2013.txt');
    expect(first.outcome!.text).toBe('同比增长18.5%');
  });
  it('the national GDP growth target across the years held (2014–2016, 2021)', async () => {
    const national = [2014, 2015, 2016, 2017, 2021, 2022].map((y) => corpus(`national-${y}.txt`));
    const r = await track(national, { indicator: '国内生产总值', jobs: 2 });
    const growth = r.series.find((s) => s.measure === 'growth')!;
    expect(growth.points.map((p) => [p.planYear, p.target.value, p.target.high, p.outcome?.value ?? null, p.verdict])).toEqual([
      [2014, 7.5, null, 7.4, 'met'], // 7.5%左右 against 比上年增长7.4%
      [2015, 7, null, 6.9, 'met'], // 7%左右 against 增长6.9%
      [2016, 6.5, 7, 6.7, 'met'], // 6.5%－7% against 增长6.7%
      [2021, 6, null, 8.1, 'met'], // 6%以上 against 增长8.1%
    ]);
  });
  it('reports of several governments need one named; an unknown indicator is an InputError', async () => {
    const two = [corpus('jiangsu-2025.txt'), corpus('jiangsu-2026.txt'), corpus('sichuan-2025.txt'), corpus('sichuan-2026.txt')];
    await expect(track(two, { jobs: 1 })).rejects.toThrow(/2 governments \(江苏省, 四川省\)/);
    expect((await track(two, { jobs: 1, government: '四川省', indicator: 'GDP' })).government).toBe('四川省');
    await expect(track(two, { jobs: 1, government: '江苏省', indicator: '火星探测' })).rejects.toThrow(/no target of 火星探测/);
  });
});

describe('progress on standard error', () => {
  const stream = (isTTY: boolean) => {
    const written: string[] = [];
    return { written, stream: { isTTY, columns: 120, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream };
  };
  it('on a terminal: one bar redrawn in place, with the pairs done of total, the pair and the time left', () => {
    const { written, stream: tty } = stream(true);
    const { onProgress, finish } = progressReporter(tty);
    onProgress({ phase: 'read', done: 37, total: 37, current: 'corpus/zhejiang-2026.txt' });
    onProgress({ phase: 'score', done: 1, total: 4, current: 'a.txt → b.txt' });
    onProgress({ phase: 'score', done: 2, total: 4, current: 'b.txt → c.txt' });
    expect(written.every((w) => w.startsWith('\r\x1b[2K'))).toBe(true);
    expect(written[2]).toMatch(/^\r\x1b\[2K\[█{12}░{12}\] 2\/4 pairs scored · ETA \d+s · b.txt → c.txt$/);
    finish();
    expect(written.at(-1)).toBe('\r\x1b[2K');
  });
  it('elsewhere: a line when reading is done, then one per pair', () => {
    const { written, stream: pipe } = stream(false);
    const { onProgress } = progressReporter(pipe);
    onProgress({ phase: 'read', done: 1, total: 2, current: 'a.txt' });
    onProgress({ phase: 'read', done: 2, total: 2, current: 'b.txt' });
    onProgress({ phase: 'score', done: 1, total: 1, current: 'a.txt → b.txt' });
    expect(written).toEqual(['duizhao: read 2 files\n', 'duizhao: scored 1/1: a.txt → b.txt\n']);
  });
});

describe('duizhao batch and track on the command line', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT });
  it('batch --format json writes DESIGN.md\'s shape', () => {
    const out = join(scratch, 'b.json');
    const r = run('batch', join(scratch, 'three'), '--format', 'json', '--out', out, '--quiet');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(Object.keys(json).sort()).toEqual(['pairs', 'rows', 'unpaired']);
    expect(json.pairs[0]).toMatchObject({ government: '海拉尔区', planYear: 2014, plan: join(scratch, 'three', 'hailar-2014.txt') });
    expect(json.rows[0]).toMatchObject({ government: '海拉尔区', planYear: 2014, verdict: expect.any(String), target: { text: expect.any(String) } });
  });
  it('says what it left out, and fails when nothing pairs', () => {
    const dir = folder('lonely', { 'beiguan-2019.txt': corpus('beiguan-2019.txt') });
    const r = run('batch', dir, '--format', 'csv');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('beiguan-2019.txt: only one year of 安阳市北关区 (2019)');
    expect(r.stderr).toContain('no consecutive-year pair of one government found');
    expect(run('batch', join(scratch, 'nowhere')).status).toBe(1);
    const empty = folder('empty', {});
    const none = run('batch', empty);
    expect(none.status).toBe(1);
    expect(none.stderr.trim()).toBe(`duizhao: ${empty}: no report files (.txt .md .html .docx .pdf) found`);
    expect(run('batch', dir, '--jobs', '0').status).toBe(2);
    expect(run('batch').status).toBe(2);
  });
  it.skipIf(process.platform === 'win32')('Ctrl-C keeps the pairs that finished, closes the JSON and exits 130', async () => {
    const out = join(scratch, 'stopped.json');
    const child = spawn(process.execPath, [CLI, 'batch', CORPUS_DIR, '--jobs', '1', '--format', 'json', '--out', out, '--quiet'], { cwd: ROOT });
    // Wait until the first pair is written, then interrupt.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (existsSync(out) && readFileSync(out, 'utf8').includes('"government"')) {
          clearInterval(poll);
          resolve();
        }
      }, 50);
    });
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(130);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.pairs.length).toBeGreaterThan(0);
    expect(json.pairs.length).toBeLessThan(34);
    expect(json.rows.every((r: { planYear: number }) => json.pairs.some((p: { planYear: number }) => p.planYear === r.planYear))).toBe(true);
  });
  it('never reads its own output as a report, in this run or the next', () => {
    const dir = folder('selfout', { 'hailar-2014.txt': corpus('hailar-2014.txt'), 'hailar-2015.txt': corpus('hailar-2015.txt') });
    for (let i = 0; i < 2; i++) {
      const r = run('batch', dir, '--out', join(dir, 'result.md'));
      expect(r.status).toBe(0);
      expect(r.stderr).not.toContain('left out');
    }
  });
  it('track prints the table and writes the chart', () => {
    const chart = join(scratch, 'gdp.svg');
    const r = run('track', ...[2012, 2013, 2014].map((y) => corpus(`hailar-${y}.txt`)), '--indicator', '地区生产总值', '--chart', chart, '--quiet');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('海拉尔区: 2 plan years scored (2012–2013)');
    expect(r.stdout).toMatch(/2012\s+21%\s+18.5%\s+missed 未完成\s+hailar-2012.txt:\d+:\d+ → hailar-2013.txt:\d+:\d+/);
    expect(readFileSync(chart, 'utf8')).toMatch(/^<svg/);
  });
});
