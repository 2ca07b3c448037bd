import { describe, expect, it } from 'vitest';
import { availableTokenizer, checkTargets, consecutivePairs, jiebaTokenizer, parseReport, wasmJiebaTokenizerFromFiles } from '../src/index.js';
import { corpus } from './corpus.js';

/*
 * The browser build's tokenizer (jieba-rs as WebAssembly) against nodejieba: the same words on the
 * bundled reports, and the same targets, outcomes and verdicts on every bundled pair.
 */
const node = jiebaTokenizer();
const wasm = wasmJiebaTokenizerFromFiles();
const reports = corpus.map(([file, text]) => ({ file, report: parseReport(text) }));

// Measured against nodejieba, where it is installed (it is optional).
describe.skipIf(availableTokenizer('nodejieba') !== 'nodejieba')('the WASM tokenizer', () => {
  it('cuts the bundled reports into nodejieba\'s words, but for three words where the dictionaries differ', () => {
    const differing = corpus.filter(([, text]) => JSON.stringify(node.tokenize(text)) !== JSON.stringify(wasm.tokenize(text))).map(([f]) => f);
    // nodejieba cuts 吉|林 and 速度|快 where jieba-wasm keeps 吉林, 速度快 (fuping-2020, shunping-2021); jieba-wasm lacks 张力 (guangdong-2025).
    expect(differing).toEqual(['fuping-2020.txt', 'guangdong-2025.txt', 'shunping-2021.txt']);
  });
  it('keeps whole the words outside Chinese that nodejieba\'s dictionary holds (T恤, C++)', () => {
    for (const text of ['这件T恤很好', '学习C++语言']) expect(wasm.tokenize(text)).toEqual(node.tokenize(text));
  });
  it('keeps every span on its word, astral characters and line breaks included', () => {
    const text = '𠀀国内生产总值增长6.5%左右，\r\n4S店、A股。';
    for (const t of wasm.tokenize(text)) expect(text.slice(...t.span)).toBe(t.text);
    expect(wasm.tokenize(text)).toEqual(node.tokenize(text));
  });
  it.each(consecutivePairs(reports).map(([p, r]) => [p.file, r.file, p.report, r.report] as const))('%s → %s: the same rows with either tokenizer', (_, __, plan, review) => {
    const brief = (tokenizer: typeof node) =>
      checkTargets(plan, review, { tokenizer }).rows.map((r) => [r.target.id, r.verdict, r.outcome?.span ?? r.mention?.span ?? null, r.margin?.text ?? null, r.reason]);
    expect(brief(wasm)).toEqual(brief(node));
  });
});
