/**
 * Blocking, as record linkage does it: an index of the review's figures by the pairs of characters their words
 * hold, so that a target is compared only with the figures that share at least one pair with its name. A pair
 * sharing none has no likeness and none of the name's rare pairs (comparisons.ts would rule it out), so nothing
 * is lost; the work grows with what names share, not with targets times figures.
 */
import type { Outcome, Target } from '../extract/types.js';
import { bareName, canonical, kindName } from '../lexicon/indicators.js';
import { namedBy } from './comparisons.js';
import { subjectOf } from './indicators.js';

// The figures a target is compared with at most: five times what real reports need (no target of the bundled
// pairs shares a pair with more than 47 figures, of 233 at most). Without it a text of thousands of figures all
// named alike would compare every target with every figure.
const MAX_CANDIDATES = 250;

/** A pair of characters (two UTF-16 code units) as one number: sets and maps of them make no strings. */
const pairCode = (text: string, i: number): number => (text.charCodeAt(i) << 16) | text.charCodeAt(i + 1);

/**
 * Every form a name is compared in: as folded (synonyms), bare (filler dropped), kind (scope dropped), subject (verb
 * dropped); a form the same as the one before it is left out (most names have no filler, scope or verb to drop).
 */
function forms(text: string): string[] {
  const out = [canonical(text)];
  for (const form of [bareName(text), kindName(text), subjectOf(text)]) if (form !== out[out.length - 1]) out.push(form);
  return out;
}

/** The character pairs (by pairCode) of every form of some texts. */
function pairsIn(texts: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (const text of texts) for (const form of forms(text)) for (let i = 0; i + 1 < form.length; i++) out.add(pairCode(form, i));
  return out;
}

/** The review's figures by the character pairs of their words; `for(target)` gives the indices worth comparing, in order. */
export function blockingIndex(outcomes: readonly Outcome[]): { for(target: Target): number[] } {
  const index = new Map<number, number[]>();
  outcomes.forEach((o, j) => {
    const { before, clauseBefore, clause } = o.frame.words;
    for (const pair of pairsIn([o.indicator, before, clauseBefore, clause, o.frame.subject.name, namedBy(o)])) {
      const list = index.get(pair);
      if (list) list.push(j);
      else index.set(pair, [j]);
    }
  });
  return {
    for(target) {
      const found = new Set<number>();
      for (const pair of pairsIn([namedBy(target), target.frame.subject.name, target.indicator])) {
        for (const j of index.get(pair) ?? []) {
          // Each pair's figures are distinct, so reading stops within MAX_CANDIDATES of each pair's list.
          if (found.size === MAX_CANDIDATES) return [...found].sort((x, y) => x - y);
          found.add(j);
        }
      }
      return [...found].sort((x, y) => x - y);
    },
  };
}
