import type { Span } from '../report/span.js';

/** A word of the text, with where it stands. */
export interface Token {
  text: string;
  /** Offsets into the string that was tokenized. */
  span: Span;
}

/** Splits text into words. Implementations must return tokens in order, each `text === input.slice(...span)`. */
export interface Tokenizer {
  tokenize(text: string): Token[];
}
