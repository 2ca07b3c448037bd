import type { Sentence } from './types.js';
import { toOriginal, type NormalizedText } from '../normalize/index.js';

// A sentence ends at 。！？ (or their ASCII forms) together with any closing quotes or brackets after it.
const SENTENCE_END = /[。！？!?]+[”’」』"）)]*/g;

/** Splits normalized `[start, end)` (one paragraph) into sentences with original spans. */
export function splitSentences(n: NormalizedText, start: number, end: number): Sentence[] {
  const paragraph = n.text.slice(start, end);
  const sentences: Sentence[] = [];
  let from = 0;
  const push = (to: number) => {
    let s = from;
    while (s < to && paragraph[s] === ' ') s++;
    if (to > s) {
      const span = toOriginal(n, start + s, start + to);
      sentences.push({ span, text: n.original.slice(span[0], span[1]), clean: paragraph.slice(s, to), range: [start + s, start + to] });
    }
    from = to;
  };
  for (const m of paragraph.matchAll(SENTENCE_END)) push(m.index + m[0].length);
  push(paragraph.length);
  return sentences;
}
