import type { Token, Tokenizer } from '../segment/index.js';

// jieba cuts a text block by block, splitting it at these marks first (cppjieba's separators, which jieba-rs
// splits at too: ，。 newline, space, tab): a block's words are the same in any text that holds it as when it is cut alone.
const isBlockBreak = (c: number) => c === 0xff0c || c === 0x3002 || c === 0x0a || c === 0x20 || c === 0x09;

/** A block of a text already cut: its tokens are `tokens[from..to)`, their spans from `start` on. */
interface Block {
  tokens: readonly Token[];
  from: number;
  to: number;
  start: number;
}

/** Notes each block of `text` that its tokens cover exactly; a block a token crosses may cut otherwise alone. */
function noteBlocks(text: string, tokens: readonly Token[], into: Map<string, Block>): void {
  let k = 0;
  let start = 0;
  const note = (end: number) => {
    while (k < tokens.length && tokens[k]!.span[1] <= start) k++;
    const from = k;
    let crossed = k < tokens.length && tokens[k]!.span[0] < start;
    for (; k < tokens.length && tokens[k]!.span[0] < end; k++) crossed ||= tokens[k]!.span[1] > end;
    const block = text.slice(start, end);
    if (end > start && !crossed && !into.has(block)) into.set(block, { tokens, from, to: k, start });
    start = end + 1;
  };
  for (let i = 0; i <= text.length; i++) if (i === text.length || isBlockBreak(text.charCodeAt(i))) note(i);
}

function tokensOf({ tokens, from, to, start }: Block): Token[] {
  return tokens.slice(from, to).map((t) => ({ text: t.text, span: [t.span[0] - start, t.span[1] - start] }));
}

/**
 * A tokenizer that cuts each text once, and a text that is a whole block of one already cut not at all:
 * the looks for mentions read review clauses (and targets' clauses) that the alignment has cut already.
 */
export function cuttingOnce(tokenizer: Tokenizer): Tokenizer {
  const cut = new Map<string, Token[]>();
  const blocks = new Map<string, Block>();
  return {
    tokenize(text) {
      let tokens = cut.get(text);
      if (tokens) return tokens;
      const block = blocks.get(text);
      if (block) tokens = tokensOf(block);
      else noteBlocks(text, (tokens = tokenizer.tokenize(text)), blocks);
      cut.set(text, tokens);
      return tokens;
    },
  };
}
