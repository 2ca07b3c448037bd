import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The built package as Node before 20.19 loads it (package.json's engines admit every Node 20): there
 * require() cannot load an ES module (require(esm)), and a .js file with ES module syntax in a package
 * that does not say "type": "module" (jieba-wasm/web) is read as CommonJS (no module syntax detection).
 * This Node is told to behave so with its flags, where it has them (an older one behaves so anyway).
 * scripts/oldest-node.sh runs the installed package on the oldest Node itself.
 */
const ROOT = join(import.meta.dirname, '..');
const CJS = join(ROOT, 'dist', 'index.cjs');
const ESM = pathToFileURL(join(ROOT, 'dist', 'index.js')).href;
const FIXTURES = join(ROOT, 'tests', 'fixtures');
const CORPUS = join(ROOT, 'corpus');

const OLD_LOADER = ['--no-experimental-require-module', '--no-experimental-detect-module'].filter((flag) =>
  process.allowedNodeEnvironmentFlags.has(flag),
);

/** Runs a snippet in a fresh Node with the old loader, from a folder outside the package. */
function node(args: string[]): string {
  const r = spawnSync(process.execPath, [...OLD_LOADER, ...args], { cwd: tmpdir(), encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout.trim();
}

const names = (out: string) => JSON.parse(out) as string[];

describe('the built package on Node without require(esm) or module syntax detection', () => {
  it('require(dist/index.cjs) loads and gives the names import(dist/index.js) gives', () => {
    const required = names(node(['-e', `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(CJS)})).sort()))`]));
    const imported = names(node(['--input-type=module', '-e', `console.log(JSON.stringify(Object.keys(await import(${JSON.stringify(ESM)})).sort()))`]));
    expect(required).toContain('checkTargets');
    expect(required).toEqual(imported);
  });

  it('the CommonJS build keeps the PDF reader as a real import(), and it and the Word reader load from it', () => {
    const code = readFileSync(CJS, 'utf8');
    expect(code).toContain('import("unpdf")');
    const script = `
      const { loadText } = require(${JSON.stringify(CJS)});
      Promise.all(['jiangsu-2025.docx', 'jiangsu-2025.pdf'].map((f) => loadText(${JSON.stringify(FIXTURES)} + '/' + f)))
        .then((texts) => console.log(JSON.stringify(texts.map((t) => t.includes('江苏')))));
    `;
    expect(JSON.parse(node(['-e', script]))).toEqual([true, true]);
  });

  it('the CommonJS build checks a pair, loads the WASM segmenter and runs a batch on the worker (dist/batch-worker.js, ESM)', () => {
    const script = `
      const d = require(${JSON.stringify(CJS)});
      (async () => {
        const [plan, review] = ['national-2021.txt', 'national-2022.txt'].map(d.corpusPath);
        const card = d.checkTargets(d.readReport(plan), d.readReport(review));
        const words = (await d.wasmJiebaTokenizerFromFiles()).tokenize('政府工作报告').map((t) => t.text);
        const batch = await d.batch([plan, review], { jobs: 1 });
        console.log(JSON.stringify([card.rows.length, words.join('') === '政府工作报告', batch.pairs.length, batch.rows.length]));
      })().catch((e) => { console.error(e); process.exit(1); });
    `;
    const [rows, ...rest] = JSON.parse(node(['-e', script])) as [number, boolean, number, number];
    expect(rows).toBeGreaterThan(0);
    expect(rest).toEqual([true, 1, rows]);
  });

  it('the CLI (dist/cli.js, ESM) checks a pair', () => {
    const out = node([join(ROOT, 'dist', 'cli.js'), 'check', join(CORPUS, 'hailar-2013.txt'), join(CORPUS, 'hailar-2014.txt'), '--json']);
    const card = JSON.parse(out) as { rows: unknown[] };
    expect(card.rows.length).toBeGreaterThan(0);
  });
});
