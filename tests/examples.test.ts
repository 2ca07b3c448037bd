import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { batch } from '../src/index.js';
import { CORPUS_DIR } from './corpus.js';

/* The example notebook in examples/ is run as a journalist would run it, against the built package. */
const ROOT = join(import.meta.dirname, '..');

describe('examples/journalist.mjs', () => {
  it('batches a folder, prints the misses, writes the CSV and the 海拉尔区 GDP chart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-example-'));
    const reports = join(dir, 'reports');
    mkdirSync(reports);
    for (const y of [2012, 2013, 2014]) copyFileSync(join(CORPUS_DIR, `hailar-${y}.txt`), join(reports, `hailar-${y}.txt`));
    const r = spawnSync(process.execPath, [join(ROOT, 'examples', 'journalist.mjs'), reports, dir], { encoding: 'utf8', cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // Each pair's counts as the library gives them (not pinned: they move as the linker improves).
    const { pairs } = await batch([reports], { jobs: 1 });
    expect(pairs.map((p) => p.planYear)).toEqual([2012, 2013]);
    for (const p of pairs) expect(r.stdout).toContain(`${p.government} ${p.planYear}: ${p.summary.met} met, ${p.summary.missed} missed, ${p.summary.unreported} unreported`);
    // Read in the reports: 海拉尔区's 2012 growth target 同比增长21% against the 同比增长18.5% its 2013 review gives.
    expect(r.stdout).toContain('2012: target 同比增长21% → 同比增长18.5% (missed)');
    expect(r.stdout).toContain('2015: target 地区生产总值增长8% → 同比增长8.9% (met)');
    const csv = readFileSync(join(dir, 'misses.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFgovernment,year,target,outcome,margin,source');
    expect(csv).toContain('"地区生产总值增长20%","同比增长10.1%","低于目标9.9个百分点"');
    expect(readFileSync(join(dir, 'hailar-gdp.svg'), 'utf8')).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });
});
