import type { Span } from '../report/span.js';

/** A word of the text, with where it stands. */
export interface Token {
  text: string;
  /** Offsets into the string that was tokenized. */
  span: Span;
  /** For a report's tokens: the word as normalized ('3.2' for a copy's '３.２', without a line break inside). */
  clean?: string;
}

/** Splits text into words. Implementations must return tokens in order, each `text === input.slice(...span)`. */
export interface Tokenizer {
  tokenize(text: string): Token[];
}
