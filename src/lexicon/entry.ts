/**
 * One piece of the reports' language as data: words (or a pattern) with the sentence and report they
 * were seen in, so that a reader can check why each is there. The regular expressions the stages use
 * are built from entries, never written with words inside a function.
 */
export interface Words {
  /** The words, each as written in reports ('新增', '新建'). */
  words: readonly string[];
  /** A sentence of a report where they stand, quoted. */
  example: string;
  /** The corpus file the example is from ('national-2016.txt'), or 'written' for a sentence made to pin a rule. */
  source: string;
}

/** Characters that mean something in a regular expression, escaped. */
function escaped(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The source of a regular expression matching any of the entries' words, in the order listed: where one
 * word starts another, list the longer first, for the first alternative that matches wins.
 */
export function alternation(entries: readonly Words[]): string {
  return [...new Set(entries.flatMap((e) => e.words))].map(escaped).join('|');
}
