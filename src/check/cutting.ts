import type { Token, Tokenizer } from '../segment/index.js';

/**
 * A tokenizer that cuts each text once per check: the looks for mentions read the same review clauses
 * (and targets' clauses) for many targets.
 */
export function cuttingOnce(tokenizer: Tokenizer): Tokenizer {
  const cut = new Map<string, Token[]>();
  return {
    tokenize(text) {
      let tokens = cut.get(text);
      if (!tokens) cut.set(text, (tokens = tokenizer.tokenize(text)));
      return tokens;
    },
  };
}
