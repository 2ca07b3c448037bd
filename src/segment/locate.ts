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
 * 'PM2.5' into five words, but a diff must see '13.8' → '12.5' as one change.
 */
function mergeAsciiRuns(text: string, tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const token of tokens) {
    const last = out[out.length - 1];
    if (last && last.span[1] === token.span[0] && ASCII_PIECE.test(last.text) && ASCII_PIECE.test(token.text)) {
      const span = [last.span[0], token.span[1]] as const;
      out[out.length - 1] = { text: text.slice(span[0], span[1]), span };
    } else {
      out.push(token);
    }
  }
  return out;
}
