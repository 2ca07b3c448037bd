import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { availableTokenizer, chooseTokenizer, jiebaTokenizer, TOKENIZER_ENV, type Tokenizer } from '../src/index.js';
import { CORPUS_DIR } from './corpus.js';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const PLAN = join(CORPUS_DIR, 'national-2021.txt');
const REVIEW = join(CORPUS_DIR, 'national-2022.txt');

// A machine where nodejieba could not be built: requiring it fails as a missing package does.
const scratch = mkdtempSync(join(tmpdir(), 'duizhao-tokenizer-'));
const NO_NODEJIEBA = join(scratch, 'no-nodejieba.cjs');
writeFileSync(
  NO_NODEJIEBA,
  `const Module = require('module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'nodejieba') throw Object.assign(new Error("Cannot find module 'nodejieba'"), { code: 'MODULE_NOT_FOUND' });
  return resolve.call(this, request, ...rest);
};
`,
);

function cli(args: string[], env: Record<string, string> = {}, preload: string[] = []) {
  const r = spawnSync(process.execPath, [...preload, CLI, ...args], { encoding: 'utf8', cwd: ROOT, env: { ...process.env, [TOKENIZER_ENV]: '', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const TEXT = '国内生产总值增长6%以上，城镇新增就业1100万人以上。';

describe('choosing the word segmenter in the library', () => {
  afterEach(() => {
    delete process.env[TOKENIZER_ENV];
  });
  it('takes a tokenizer of one\'s own as it is', () => {
    const own: Tokenizer = { tokenize: () => [] };
    expect(chooseTokenizer(own)).toBe(own);
  });
  it.skipIf(availableTokenizer('nodejieba') !== 'nodejieba')('gives the same words by either name', () => {
    expect(chooseTokenizer('wasm').tokenize(TEXT)).toEqual(jiebaTokenizer().tokenize(TEXT));
    expect(chooseTokenizer('nodejieba').tokenize(TEXT)).toEqual(jiebaTokenizer().tokenize(TEXT));
  });
  it('reads DUIZHAO_TOKENIZER when no option names one', () => {
    process.env[TOKENIZER_ENV] = 'wasm';
    expect(chooseTokenizer()).toBe(chooseTokenizer('wasm'));
  });
  it('refuses a name it does not know, saying where it was given', () => {
    expect(() => chooseTokenizer('hanlp' as 'wasm')).toThrow("duizhao: tokenizer must be nodejieba or wasm, got 'hanlp'");
    process.env[TOKENIZER_ENV] = 'jieba';
    expect(() => chooseTokenizer()).toThrow("duizhao: DUIZHAO_TOKENIZER must be nodejieba or wasm, got 'jieba'");
  });
});

describe('--tokenizer and DUIZHAO_TOKENIZER on the command line', () => {
  const wasm = cli(['check', PLAN, REVIEW, '--json']);
  it('gives the same scorecard with either segmenter, by flag or by environment', () => {
    expect(wasm.code).toBe(0);
    expect(wasm.stdout).toContain('"rows"');
    expect(cli(['check', PLAN, REVIEW, '--json', '--tokenizer', 'nodejieba']).stdout).toBe(wasm.stdout);
    expect(cli(['check', PLAN, REVIEW, '--json'], { [TOKENIZER_ENV]: 'nodejieba' }).stdout).toBe(wasm.stdout);
  });
  it('refuses an unknown segmenter with a usage error (exit 2), from the flag or the environment', () => {
    const flag = cli(['diff', PLAN, REVIEW, '--tokenizer', 'hanlp']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("--tokenizer must be nodejieba or wasm, got 'hanlp'");
    const env = cli(['outline', PLAN], { [TOKENIZER_ENV]: 'hanlp' });
    expect(env.code).toBe(2);
    expect(env.stderr).toContain("DUIZHAO_TOKENIZER must be nodejieba or wasm, got 'hanlp'");
  });
  it('where nodejieba cannot load, says so once and answers the same with jieba-wasm', () => {
    const r = cli(['check', PLAN, REVIEW, '--json', '--tokenizer', 'nodejieba'], {}, ['--require', NO_NODEJIEBA]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(wasm.stdout);
    const said = r.stderr.split('\n').filter((line) => line.includes('nodejieba cannot be loaded here'));
    expect(said).toEqual(["duizhao: nodejieba cannot be loaded here (Cannot find module 'nodejieba'); segmenting with jieba-wasm instead, which gives the same words"]);
  });
  it('where nodejieba cannot load, the library falls back once too, on every call', () => {
    const script = `const d = await import(${JSON.stringify(join(ROOT, 'dist', 'index.js'))});
const a = d.chooseTokenizer().tokenize('国内生产总值增长6%'); const b = d.chooseTokenizer('nodejieba').tokenize('国内生产总值增长6%');
console.log(JSON.stringify(a.map((t) => t.text)), a.length === b.length);`;
    const r = spawnSync(process.execPath, ['--require', NO_NODEJIEBA, '--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, [TOKENIZER_ENV]: '' } });
    expect(r.stdout.trim()).toBe('["国内生产总值","增长","6%"] true');
    expect(r.stderr.match(/nodejieba cannot be loaded here/g)).toHaveLength(1);
  });
});
