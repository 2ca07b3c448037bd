import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

let cached: ReadonlySet<string> | null = null;

const wordsOf = (text: string): ReadonlySet<string> => new Set(text.split(/\r?\n/).map((w) => w.trim()).filter(Boolean));

/** Sets the stop words from the list's text, where no file can be read (the browser build embeds the same list). */
export function useStopWords(text: string): void {
  cached = wordsOf(text);
}

/** jieba's Chinese stop-word list (的, 和, 我们, 进一步, …), read once from the nodejieba package. */
export function stopWords(): ReadonlySet<string> {
  if (!cached) {
    const path = (createRequire(import.meta.url)('nodejieba') as { DEFAULT_STOP_WORD_DICT: string }).DEFAULT_STOP_WORD_DICT;
    cached = wordsOf(readFileSync(path, 'utf8'));
  }
  return cached;
}

const CJK = /[\u4e00-\u9fff]/;

/** A word worth counting for similarity and key terms: Chinese, two characters or more, not a stop word. */
export function isContentWord(word: string): boolean {
  return word.length >= 2 && CJK.test(word) && !stopWords().has(word);
}
