/**
 * duizhao in a browser (package export `duizhao/browser`, or the global `duizhao` of the page's
 * script): everything but reading files from disk. Input is text, a File or bytes (readInput);
 * words come from jieba compiled to WebAssembly (loadTokenizer), with the Node build's dictionary.
 */
import STOP_WORDS from '../dict/stop_words.utf8';
import DICTIONARY from '../dict/duizhao.dict.utf8';
import { Converter } from 'opencc-js/t2cn';
import { Parser } from 'htmlparser2';
import jschardet from 'jschardet';
import type { CheckOptions, ScorecardResult } from './check/index.js';
import { checkTargets } from './compare.js';
import { diffReports, type ReportDiff } from './diff/index.js';
import { parseReport, requireReport } from './report/index.js';
import { opencc, type OpenccConverter } from './report/normalize/traditional.js';
import { encodingDetector } from './report/read/decode.js';
import { htmlParser } from './report/read/html.js';
import { useStopWords } from './segment/stopwords.js';
import { wasmJiebaTokenizer } from './segment/wasm.js';
import type { Tokenizer } from './segment/types.js';
import { inputName, readInput, type BrowserInput } from './browser/read.js';

// Nothing can be required in a browser: the dependencies Node loads on first use are handed over.
useStopWords(STOP_WORDS);
encodingDetector.use(jschardet);
htmlParser.use({ Parser });
opencc.use({ Converter: Converter as OpenccConverter });

export { readInput, type BrowserInput } from './browser/read.js';
export { parseReport, requireReport, InputError, type Report } from './report/index.js';
export { extract } from './extract/index.js';
export { alignSections } from './align/index.js';
export { diffReports, type ReportDiff } from './diff/index.js';
export { PairingError, type Scorecard, type ScorecardResult, type ScoreRow } from './check/index.js';
export { checkTargets } from './compare.js';
export { scorecardCsv, scorecardHtml, scorecardJson, scorecardMarkdown, diffHtml, diffText, extractionText, outlineJson } from './render/index.js';
export { wasmJiebaTokenizer, type Tokenizer, type WasmJiebaSource } from './segment/index.js';

/**
 * The WASM tokenizer with the domain dictionary, loaded once: from `wasm` (bytes or a URL), by
 * default the `jieba_rs_wasm_bg.wasm` shipped beside this module.
 */
export async function loadTokenizer(wasm?: Uint8Array | ArrayBuffer | URL | string): Promise<Tokenizer> {
  // A script that is not a module (the page's) cannot tell where it was loaded from.
  if (wasm === undefined && !import.meta.url) throw new Error('duizhao: pass the WASM (jieba_rs_wasm_bg.wasm) to loadTokenizer(): its bytes or its URL');
  return wasmJiebaTokenizer({ wasm: wasm ?? new URL('./jieba_rs_wasm_bg.wasm', import.meta.url), dictionary: DICTIONARY });
}

export interface BrowserCompareOptions extends Omit<CheckOptions, 'tokenizer'> {
  /** The tokenizer to use; by default loadTokenizer()'s. */
  tokenizer?: Tokenizer;
}

/**
 * Two reports in, the scorecard and the side-by-side diff out: `plan` is year N's report, `review`
 * the next year's. Throws an InputError for input that is not a report and a PairingError when the
 * review is not the next year's of the same government (pass `{ force: true }` to score anyway).
 */
export async function compareInBrowser(plan: BrowserInput, review: BrowserInput, options: BrowserCompareOptions = {}): Promise<{ card: ScorecardResult; diff: ReportDiff }> {
  const planFile = options.planFile ?? inputName(plan, 'plan');
  const reviewFile = options.reviewFile ?? inputName(review, 'review');
  const a = requireReport(parseReport(await readInput(plan, planFile)), planFile);
  const b = requireReport(parseReport(await readInput(review, reviewFile)), reviewFile);
  const tokenizer = options.tokenizer ?? (await loadTokenizer());
  const card = checkTargets(a, b, { ...options, planFile, reviewFile, tokenizer });
  return { card, diff: diffReports(a, b, { tokenizer }) };
}
