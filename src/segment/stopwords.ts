import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageFile } from '../package-file.js';

let cached: ReadonlySet<string> | null = null;

const STOP_WORDS_FILE = 'stop_words.utf8';

const wordsOf = (text: string): ReadonlySet<string> => new Set(text.split(/\r?\n/).map((w) => w.trim()).filter(Boolean));

/** Sets the stop words from the list's text, where no file can be read (the browser build embeds the same list). */
export function useStopWords(text: string): void {
  cached = wordsOf(text);
}

/**
 * jieba's Chinese stop-word list (的, 和, 我们, 进一步, …), read once from the package's `dict/`
 * (cppjieba's `stop_words.utf8`, shipped with duizhao so that it does not depend on nodejieba being installed).
 */
export function stopWords(): ReadonlySet<string> {
  if (!cached) {
    const path = packageFile(join('dict', STOP_WORDS_FILE));
    if (path === null) throw new Error(`duizhao: the stop-word list ${STOP_WORDS_FILE} was not found next to the package; reinstall duizhao`);
    cached = wordsOf(readFileSync(path, 'utf8'));
  }
  return cached;
}

const CJK = /[\u4e00-\u9fff]/;

/** A word worth counting for similarity and key terms: Chinese, two characters or more, not a stop word. */
export function isContentWord(word: string): boolean {
  return word.length >= 2 && CJK.test(word) && !stopWords().has(word);
}
