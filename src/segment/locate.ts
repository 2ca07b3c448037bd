import type { Token } from './types.js';

/**
 * Gives each word of a segmenter's output its span in `text`. The words are looked up from a moving
 * cursor, never summed: segmenters may drop or alter whitespace, and offsets must come from the source.
 */
export function locateWords(text: string, words: readonly string[]): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  for (const word of words) {
    if (word.trim() === '') continue;
    const at = text.indexOf(word, cursor);
    if (at < 0) continue;
    tokens.push({ text: word, span: [at, at + word.length] });
    cursor = at + word.length;
  }
  return mergeAsciiRuns(text, tokens);
}

const ASCII_PIECE = /^[0-9A-Za-z.%‰]+$/;

/**
 * Joins adjacent pieces of one number or Latin term: jieba splits '13.8' into '1','3','.','8' and
 * 'PM2.5' into five words, but a diff must see '13.8' → '12.5' as one change. Each piece is tested
 * once and a run is sliced once when it ends, so a run of any length costs its length.
 */
function mergeAsciiRuns(text: string, tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; ) {
    const first = tokens[i]!;
    let end = first.span[1];
    let next = i + 1;
    if (ASCII_PIECE.test(first.text)) {
      while (next < tokens.length && tokens[next]!.span[0] === end && ASCII_PIECE.test(tokens[next]!.text)) end = tokens[next++]!.span[1];
    }
    out.push(next === i + 1 ? first : { text: text.slice(first.span[0], end), span: [first.span[0], end] });
    i = next;
  }
  return out;
}
