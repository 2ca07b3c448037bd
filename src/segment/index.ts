import { toOriginal } from '../report/normalize/index.js';
import type { Report } from '../report/outline/types.js';
import type { Span } from '../report/span.js';
import type { Token, Tokenizer } from './types.js';

export type { Token, Tokenizer } from './types.js';
export { jiebaTokenizer, domainDictionaryPath, type JiebaOptions } from './jieba.js';
export { locateWords } from './locate.js';
export { wasmJiebaTokenizer, wasmJiebaTokenizerSync, type WasmJiebaSource } from './wasm.js';
export { wasmJiebaTokenizerFromFiles } from './wasm-files.js';
export { availableTokenizer, chooseTokenizer, tokenizerName, tokenizerFromEnvironment, TOKENIZER_ENV, TOKENIZER_NAMES, type TokenizerChoice, type TokenizerName } from './choose.js';

/**
 * The words of `span` of a report (the whole report by default), tokenized on the normalized text so
 * that layout breaks and markup do not split words, with spans into the report's original input.
 */
export function tokenizeReport(report: Report, tokenizer: Tokenizer, span: Span = [0, report.input.length]): Token[] {
  const n = report.normalized;
  const from = lowerBound(n.starts, span[0]);
  const to = lowerBound(n.starts, span[1]);
  return tokenizer.tokenize(n.text.slice(from, to)).map((t) => {
    const original = toOriginal(n, from + t.span[0], from + t.span[1]);
    return { text: report.input.slice(original[0], original[1]), span: original, clean: t.text };
  });
}

/** First index whose value is ≥ `offset` in a non-decreasing array. */
function lowerBound(values: Uint32Array, offset: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
export { stopWords, isContentWord } from './stopwords.js';
