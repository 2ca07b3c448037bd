import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from './corpus.js';

/*
 * A command loads what it needs and nothing else: the packages each command run pulls in, seen by a
 * module hook in the CLI's process (ES imports) and by Node's CommonJS loader (createRequire).
 */
const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'duizhao-lazy-'));
const HOOKS = join(scratch, 'hooks.mjs');
const REGISTER = join(scratch, 'register.mjs');
writeFileSync(HOOKS, `export async function resolve(spec, ctx, next) { const r = await next(spec, ctx); process.stderr.write('LOADED ' + r.url + '\\n'); return r; }\n`);
writeFileSync(
  REGISTER,
  `import Module, { register } from 'node:module';
register(${JSON.stringify(new URL(`file://${HOOKS}`).href)});
const load = Module._load;
Module._load = function (request, ...rest) { process.stderr.write('LOADED ' + request + '\\n'); return load.call(this, request, ...rest); };
`,
);

/** The packages a command run loaded. */
function loaded(...args: string[]): Set<string> {
  const r = spawnSync(process.execPath, ['--import', REGISTER, CLI, ...args], { encoding: 'utf8', cwd: ROOT, env: { ...process.env, DUIZHAO_TOKENIZER: '' } });
  expect(r.status, r.stderr).toBe(0);
  const names = new Set<string>();
  for (const line of r.stderr.split('\n')) {
    const what = /^LOADED (.*)$/.exec(line)?.[1];
    if (!what) continue;
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(what)?.[1] ?? (/^[a-z@][^:]*$/.test(what) ? what.split('/')[0] : undefined);
    if (pkg) names.add(pkg);
  }
  return names;
}

const PLAN = join(CORPUS_DIR, 'national-2021.txt');
const REVIEW = join(CORPUS_DIR, 'national-2022.txt');
const READERS = ['unpdf', 'mammoth'];
const ONLY_FOR_SOME_INPUT = ['opencc-js', 'jschardet', 'htmlparser2'];

describe('each command loads only what it uses', () => {
  it('check of two UTF-8 text reports loads neither the PDF and Word readers, nor opencc, the encoding detector, the HTML parser or jsdiff', () => {
    const names = loaded('check', PLAN, REVIEW, '--json');
    for (const name of [...READERS, ...ONLY_FOR_SOME_INPUT, 'diff']) expect(names, name).not.toContain(name);
    // What it does load (the aligner's), so that the names above are the ones this hook sees.
    for (const name of ['munkres', 'fast-levenshtein']) expect(names, name).toContain(name);
  });
  it('outline loads nothing of comparing: no aligner, no jsdiff', () => {
    const names = loaded('outline', PLAN);
    for (const name of ['munkres', 'fast-levenshtein', 'diff']) expect(names, name).not.toContain(name);
  });
  it('diff loads jsdiff', () => {
    expect(loaded('diff', PLAN, REVIEW)).toContain('diff');
  });
  it('a GB18030 report loads the encoding detector, a saved page the HTML parser', () => {
    expect(loaded('outline', join(CORPUS_DIR, 'hailar-2013.txt'))).toContain('jschardet');
    const page = join(scratch, 'report.html');
    writeFileSync(page, `<html><body><p>${readFileSync(PLAN, 'utf8').split('\n').join('</p><p>')}</p></body></html>`);
    const names = loaded('outline', page);
    expect(names).toContain('htmlparser2');
    expect(names).not.toContain('jschardet');
  });
});
