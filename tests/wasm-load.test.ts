import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wasmJiebaTokenizer } from '../src/index.js';

/* Loading the WASM tokenizer: a failed load can be retried, and user dictionary lines read as nodejieba reads them. (Its own file: the WASM loads once per process.) */
const WASM = readFileSync(join(dirname(createRequire(import.meta.url).resolve('jieba-wasm/web')), 'jieba_rs_wasm_bg.wasm'));

describe('loading the WASM tokenizer', () => {
  it('a failed load says so in one line and does not stop a later load with the right bytes', async () => {
    await expect(wasmJiebaTokenizer({ wasm: new Uint8Array([0, 97, 115, 109, 9, 9]), dictionary: '' })).rejects.toThrow(/^duizhao: cannot load the word segmenter's WASM/);
    await expect(wasmJiebaTokenizer({ wasm: 'jieba.wasm', dictionary: '' })).rejects.toThrow("duizhao: cannot tell where the WASM is from 'jieba.wasm': pass its bytes, or a full URL");
    // 'word tag' (no frequency) is a word with the default weight, as cppjieba reads a user dictionary.
    const tokenizer = await wasmJiebaTokenizer({ wasm: WASM, dictionary: '张力十足 n\r\n\n  \n高质量发展 300 n' });
    expect(tokenizer.tokenize('这场演出张力十足，推动高质量发展').map((t) => t.text)).toEqual(['这场', '演出', '张力十足', '，', '推动', '高质量发展']);
  });
});
