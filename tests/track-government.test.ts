import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, track } from '../src/index.js';
import { CORPUS_DIR } from './corpus.js';

/*
 * track follows the government each report's own text names (report.meta.government: its congress, its
 * office, its opening), compared as sameGovernment compares names ('满城区' is '保定市满城区'), never the
 * words of a title or a file name.
 */
const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'duizhao-track-'));
const corpus = (name: string) => join(CORPUS_DIR, name);
const text = (name: string) => decodeText(readFileSync(corpus(name)), name);
const folder = (name: string, files: Record<string, string>) => {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  for (const [to, content] of Object.entries(files)) writeFileSync(join(dir, to), content);
  return dir;
};
/** Every file a track result drew a figure from. */
const filesOf = (r: Awaited<ReturnType<typeof track>>) =>
  new Set(r.series.flatMap((s) => s.points.flatMap((p) => [p.target.file, p.outcome?.file].filter((f): f is string => f !== undefined).map((f) => basename(f)))));

describe('track --government selects by the government the reports name', () => {
  const shunping = ['shunping-2020.txt', 'shunping-2021.txt', 'shunping-2022.txt'].map(corpus);
  const laishui = ['laishui-2020.txt', 'laishui-2021.txt', 'laishui-2022.txt'].map(corpus);

  it('顺平县 among the reports of two counties: only its reports, and its fuller name finds it too', async () => {
    const r = await track([...laishui, ...shunping], { jobs: 2, government: '顺平县' });
    expect(r.government).toBe('顺平县');
    expect(r.years).toEqual([2020, 2021]);
    expect([...filesOf(r)].every((f) => f.startsWith('shunping-'))).toBe(true);
    expect((await track([...laishui, ...shunping], { jobs: 2, government: '保定市顺平县', indicator: 'GDP' })).government).toBe('顺平县');
  });

  it('a title that names no place (海拉尔区, titled 政 府 工 作 报 告) is found by the congress its text names', async () => {
    const hailar = ['hailar-2014.txt', 'hailar-2015.txt'].map(corpus);
    const r = await track([...hailar, ...shunping], { jobs: 2, government: '呼伦贝尔市海拉尔区', indicator: 'GDP' });
    expect(r.government).toBe('海拉尔区');
    expect([...filesOf(r)].every((f) => f.startsWith('hailar-'))).toBe(true);
  });

  it('a title that says another county does not move the report: its congress, office and opening say 顺平县', async () => {
    // The title line of each report rewritten to name 涞水县; everything else in the text names 顺平县.
    const retitled = Object.fromEntries(
      ['shunping-2020.txt', 'shunping-2021.txt'].map((f) => [f, text(f).replace(/^(\d{4}年)顺平县政府工作报告$/m, '$1涞水县政府工作报告')]),
    );
    expect(Object.values(retitled).every((t) => /^\d{4}年涞水县政府工作报告$/m.test(t))).toBe(true);
    const dir = folder('retitled', retitled);
    const r = await track([dir], { jobs: 1, government: '顺平县', indicator: 'GDP' });
    expect(r.government).toBe('顺平县');
    await expect(track([dir], { jobs: 1, government: '涞水县' })).rejects.toThrow(/no pair of 涞水县 among the reports \(they hold 顺平县\)/);
  });

  it('a bare name that fits two governments is refused, not followed at random; the full name picks one', async () => {
    // hailar-2014/2015 made the reports of two districts named 朝阳区, of 北京市 and of 长春市.
    const as = (place: string) => Object.fromEntries(['hailar-2014.txt', 'hailar-2015.txt'].map((f) => [`${place}-${f}`, text(f).replaceAll('海拉尔区', place)]));
    const dir = folder('chaoyang', { ...as('北京市朝阳区'), ...as('长春市朝阳区') });
    await expect(track([dir], { jobs: 2, government: '朝阳区' })).rejects.toThrow(
      /朝阳区 names 2 governments among the reports \((?:北京市朝阳区, 长春市朝阳区|长春市朝阳区, 北京市朝阳区)\): name one in full/,
    );
    const r = await track([dir], { jobs: 2, government: '长春市朝阳区', indicator: 'GDP' });
    expect(r.government).toBe('长春市朝阳区');
    expect([...filesOf(r)].every((f) => f.startsWith('长春市朝阳区-'))).toBe(true);
  });

  it('the command line: duizhao track … --government 顺平县', () => {
    const r = spawnSync(process.execPath, [CLI, 'track', ...laishui, ...shunping, '--government', '顺平县', '--quiet', '--format', 'json'], { encoding: 'utf8', cwd: ROOT });
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.government).toBe('顺平县');
    const files = json.series.flatMap((s: { points: Array<{ target: { file: string } }> }) => s.points.map((p) => basename(p.target.file)));
    expect(files.length).toBeGreaterThan(0);
    expect(files.every((f: string) => f.startsWith('shunping-'))).toBe(true);
  });
});
