import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { domainDictionaryPath } from './jieba.js';
import type { Tokenizer } from './types.js';
import { wasmJiebaTokenizerSync } from './wasm.js';

/**
 * The WASM tokenizer in Node, its code and dictionary read from the installed packages (as the
 * browser build has them inlined), loaded at once: no promise (`await` on it still works).
 */
export function wasmJiebaTokenizerFromFiles(): Tokenizer {
  const wasm = readFileSync(join(dirname(createRequire(import.meta.url).resolve('jieba-wasm/web')), 'jieba_rs_wasm_bg.wasm'));
  return wasmJiebaTokenizerSync(wasm, readFileSync(domainDictionaryPath(), 'utf8'));
}
