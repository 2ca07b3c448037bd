import init, { add_word, cut } from 'jieba-wasm/web';
import { locateWords } from './locate.js';
import type { Tokenizer } from './types.js';

/** Where the WASM tokenizer's code and words come from. */
export interface WasmJiebaSource {
  /** jieba-wasm's `jieba_rs_wasm_bg.wasm`: its bytes, or a URL to fetch it from (relative to the page). */
  wasm: Uint8Array | ArrayBuffer | URL | string;
  /** The domain dictionary's text (`word [freq] [tag]` per line), as `dict/duizhao.dict.utf8` holds it. */
  dictionary: string;
}

// cppjieba (nodejieba) cuts every character outside Chinese apart ('2019' → 2 0 1 9, '4S店' → 4 S 店)
// where jieba-rs keeps such runs whole: cut the same way, so both tokenizers give one answer.
const PIECES = /[\u4e00-\u9fff]+|[^\u4e00-\u9fff]/gu;
const CHINESE = /^[\u4e00-\u9fff]+$/;

function asNodejieba(words: readonly string[]): string[] {
  return words.flatMap((w) => (CHINESE.test(w) ? [w] : (w.match(PIECES) ?? [])));
}

// The WASM instance holds one dictionary for the page or process: it is loaded once.
let ready: Promise<void> | null = null;

function load(source: WasmJiebaSource): Promise<void> {
  ready ??= (async () => {
    const { wasm } = source;
    const page = (globalThis as { location?: { href: string } }).location?.href;
    await init({ module_or_path: typeof wasm === 'string' ? new URL(wasm, page) : wasm });
    for (const line of source.dictionary.split(/\r?\n/)) {
      const [word, freq, tag] = line.trim().split(/\s+/);
      if (word) add_word(word, freq ? Number(freq) : undefined, tag);
    }
  })();
  return ready;
}

/**
 * The tokenizer of the browser build: jieba-rs compiled to WebAssembly, with the same domain
 * dictionary as the nodejieba tokenizer and without HMM (as nodejieba cuts), loaded on first call.
 * On the bundled reports it gives nodejieba's words (one differs in 36 reports: 张力).
 */
export async function wasmJiebaTokenizer(source: WasmJiebaSource): Promise<Tokenizer> {
  await load(source);
  return { tokenize: (text) => locateWords(text, asNodejieba(cut(text, false))) };
}
