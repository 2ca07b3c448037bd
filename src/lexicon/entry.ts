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
export function escaped(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The source of a regular expression matching any of the entries' words, in the order listed: where one
 * word starts another, list the longer first, for the first alternative that matches wins.
 */
export function alternation(entries: readonly Words[]): string {
  return [...new Set(entries.flatMap((e) => e.words))].map(escaped).join('|');
}

/**
 * The same, where a word does not match when it starts one of the exceptions' words ('共' but not '共建'):
 * '(?!共建|共享)共'.
 */
export function alternationExcept(entries: readonly Words[], exceptions: readonly Words[]): string {
  const unless = exceptions.flatMap((e) => e.words);
  return [...new Set(entries.flatMap((e) => e.words))]
    .map((word) => {
      const not = unless.filter((x) => x !== word && x.startsWith(word));
      return not.length > 0 ? `(?!${not.map(escaped).join('|')})${escaped(word)}` : escaped(word);
    })
    .join('|');
}

/** Words that count unless one of `unless` follows them ('增长6.7%', but '增长极' is a name). */
export interface Guarded extends Words {
  unless?: readonly string[];
}

/**
 * The same, each entry's words not followed by its `unless` words. Plain alternations and short
 * lookaheads: linear.
 */
export function guardedAlternation(entries: readonly Guarded[]): string {
  return entries
    .map((e) => {
      const words = alternation([e]);
      if (!e.unless?.length) return words;
      return `${e.words.length > 1 ? `(?:${words})` : words}(?!${e.unless.map(escaped).join('|')})`;
    })
    .join('|');
}
