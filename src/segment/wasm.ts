import init, { add_word, cut, initSync } from 'jieba-wasm/web';
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
// The words with characters outside Chinese that nodejieba's own dictionary (cppjieba's jieba.dict.utf8,
// all seven of them) keeps whole.
const NODEJIEBA_WHOLE = new Set(['AT&T', 'B超', 'c#', 'C#', 'c++', 'C++', 'T恤']);

function asNodejieba(words: readonly string[]): string[] {
  return words.flatMap((w) => (CHINESE.test(w) || NODEJIEBA_WHOLE.has(w) ? [w] : (w.match(PIECES) ?? [])));
}

/**
 * A user dictionary's line as cppjieba reads it: `word`, `word tag` (the default weight) or
 * `word freq tag`, fields split by spaces.
 */
function addLine(line: string): void {
  const fields = line.trim().split(/ +/).filter(Boolean);
  if (fields.length === 1 || fields.length === 2) add_word(fields[0]!, undefined, fields[1]);
  else if (fields.length === 3) add_word(fields[0]!, Number.parseInt(fields[1]!, 10) || undefined, fields[2]);
}

// The WASM instance holds one dictionary for the page or process: it is loaded once (a second
// source given later is not loaded: the first one's words stay).
let ready: Promise<void> | null = null;
let loaded = false;

/** The WASM's place as a URL: a string is read against the page's address (there is none in Node). */
function wasmUrl(wasm: string): URL {
  const page = (globalThis as { location?: { href: string } }).location?.href;
  try {
    return new URL(wasm, page);
  } catch {
    throw new Error(`duizhao: cannot tell where the WASM is from '${wasm}': pass its bytes, or a full URL`);
  }
}

function addDictionary(dictionary: string): void {
  for (const line of dictionary.split('\n')) addLine(line);
  loaded = true;
}

function load(source: WasmJiebaSource): Promise<void> {
  if (loaded) return Promise.resolve();
  ready ??= (async () => {
    const { wasm } = source;
    await init({ module_or_path: typeof wasm === 'string' ? wasmUrl(wasm) : wasm });
    addDictionary(source.dictionary);
  })().catch((error: unknown) => {
    // A load that failed (a wrong URL, bad bytes) may be tried again with the right ones.
    ready = null;
    throw new Error(`duizhao: cannot load the word segmenter's WASM (${(error as Error).message})`);
  });
  return ready;
}

/** jieba-rs's words for a text, cut as nodejieba cuts (no HMM, characters outside Chinese apart). */
const WASM_TOKENIZER: Tokenizer = { tokenize: (text) => locateWords(text, asNodejieba(cut(text, false))) };

/**
 * The tokenizer of the browser build: jieba-rs compiled to WebAssembly, with the same domain
 * dictionary as the nodejieba tokenizer and without HMM (as nodejieba cuts), loaded on first call.
 * On the bundled reports it gives nodejieba's words (one differs in 36 reports: 张力).
 */
export async function wasmJiebaTokenizer(source: WasmJiebaSource): Promise<Tokenizer> {
  await load(source);
  return WASM_TOKENIZER;
}

/**
 * The same tokenizer loaded at once from the WASM's bytes (in Node, where they are read from the
 * installed package): no promise to wait for, so a synchronous call can choose it.
 */
export function wasmJiebaTokenizerSync(wasm: Uint8Array, dictionary: string): Tokenizer {
  if (!loaded) {
    try {
      initSync({ module: wasm });
    } catch (error) {
      throw new Error(`duizhao: cannot load the word segmenter's WASM (${(error as Error).message})`);
    }
    addDictionary(dictionary);
  }
  return WASM_TOKENIZER;
}
