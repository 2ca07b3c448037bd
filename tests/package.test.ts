import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

/** Runs a snippet in a fresh Node process from the package root, as a user's script would. */
function node(args: string[]): string {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout.trim();
}

const SNIPPET = `parseReport('各位代表：\\n一、2024年工作回顾\\n过去一年。\\n二、2025年工作安排\\n要做好工作。').parts.map(p => p.role).join(',')`;

describe('the built package', () => {
  it('works with import (ESM)', () => {
    const out = node(['--input-type=module', '-e', `import { parseReport } from 'duizhao'; console.log(${SNIPPET})`]);
    expect(out).toBe('other,review,plan');
  });

  it('works with require (CommonJS)', () => {
    const out = node(['-e', `const { parseReport } = require('duizhao'); console.log(${SNIPPET})`]);
    expect(out).toBe('other,review,plan');
  });

  it('finds its bundled reports from any working directory, and one card renders itself whichever call made it', () => {
    const script = `
      import { compare, corpusPath, checkTargets, readReport, scorecardHtml } from ${JSON.stringify(join(ROOT, 'dist', 'index.js'))};
      const card = await compare(corpusPath('national-2021.txt'), corpusPath('national-2022.txt'));
      const again = checkTargets(readReport(corpusPath('national-2021.txt')), readReport(corpusPath('national-2022.txt')));
      console.log(JSON.stringify([card.rows.length, again.rows.length, card.toCSV() === again.toCSV(), scorecardHtml(again) === again.toHTML(), typeof again.toMarkdown()]));
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: tmpdir(), encoding: 'utf8' });
    expect(r.stderr).toBe('');
    // national-2021 has 36 targets (the gold file national-2021-2022 lists 36).
    expect(JSON.parse(r.stdout)).toEqual([36, 36, true, true, 'string']);
  });

  it('names the bundled reports when asked for one it does not have', () => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', `import { corpusPath } from ${JSON.stringify(join(ROOT, 'dist', 'index.js'))}; corpusPath('nowhere-2020.txt');`], { cwd: tmpdir(), encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/nowhere-2020\.txt: not a bundled report \(they are: beiguan-2019\.txt, beijing-2025\.txt/);
  });

  it('batches on worker threads from both builds, even from a string of code (node --input-type=module -e)', () => {
    const files = JSON.stringify(['hailar-2012.txt', 'hailar-2013.txt']);
    const esm = `import { batch, corpusPath } from 'duizhao'; const r = await batch(${files}.map(corpusPath), { jobs: 1 }); console.log(r.pairs.length, r.rows.length, r.unpaired.length)`;
    const cjs = `const { batch, corpusPath } = require('duizhao'); batch(${files}.map(corpusPath), { jobs: 1 }).then((r) => console.log(r.pairs.length, r.rows.length, r.unpaired.length))`;
    // hailar-2012's plan has 57 targets (as check gives them; '大唐700万吨露天矿' names a mine by its capacity).
    expect(node(['--input-type=module', '-e', esm])).toBe('1 57 0');
    expect(node(['-e', cjs])).toBe('1 57 0');
  });

  it('ships type declarations for both', () => {
    const pkg = JSON.parse(node(['-p', `JSON.stringify(require('./package.json').exports['.'])`]));
    expect(pkg.import.types).toBe('./dist/index.d.ts');
    expect(pkg.require.types).toBe('./dist/index.d.cts');
    node(['-e', `require('fs').accessSync('dist/index.d.ts'); require('fs').accessSync('dist/index.d.cts')`]);
  });
});
