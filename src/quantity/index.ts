import { alternation } from '../lexicon/entry.js';
import { LIST_JOINERS } from '../lexicon/quantity.js';
import { normalize, toOriginal, type NormalizedText } from '../report/normalize/index.js';
import { exclusionReason } from './exclusions.js';
import { directionBefore, itemDirection, modalityBefore, PRELIMINARY, withoutPredicate } from './qualifiers.js';
import { scanQuantities } from './scan.js';
import type { Quantity } from './types.js';

export type * from './types.js';
export { scanQuantities, type RawQuantity } from './scan.js';
export { exclusionReason } from './exclusions.js';
export { readArabic, readChinese } from './numerals.js';
export { readUnit, splitUnit } from './units.js';

/** What joins a figure to the one before so that it shares its words ('分别达96.7%和97%'). */
const LIST_JOINER = new RegExp(`^(?:${alternation(LIST_JOINERS)})$`);

// The marks that end a clause.
const CLAUSE_MARKS = '，,；;：:。！？!?';
/** A clause boundary: a direction word in an earlier clause does not reach a later figure. */
export const CLAUSE_BREAK = new RegExp(`[${CLAUSE_MARKS}]`);
const CLAUSE_MARK_CODES = new Set([...CLAUSE_MARKS].map((ch) => ch.charCodeAt(0)));
/** Whether the character at `i` of `text` ends a clause (CLAUSE_BREAK, without a regex run a character). */
export function breaksClause(text: string, i: number): boolean {
  return CLAUSE_MARK_CODES.has(text.charCodeAt(i));
}

/** A quantity placed in normalized text, with where its clause begins. */
export interface PlacedQuantity extends Quantity {
  /** The expression as normalized ('50米内' for a copy's '50米內'). */
  clean: string;
  /** Offsets in the normalized text. */
  at: readonly [number, number];
  /** Where the figure's clause starts in the normalized text (bounded by MAX_CLAUSE). */
  clauseAt: number;
  numberAt: readonly [number, number];
  chinese: boolean;
}

/** Words that qualify a figure stand close to it: a clause is read back no further than this. */
export const MAX_CLAUSE = 200;

/**
 * Where the clause holding offset `at` of `text` starts: just after its last break before `at`, read
 * back no further than MAX_CLAUSE. Only the figures' clauses are sought, so a sentence is not read whole.
 */
export function clauseStart(text: string, at: number): number {
  for (let i = at - 1, stop = Math.max(0, at - MAX_CLAUSE); i >= stop; i--) if (breaksClause(text, i)) return i + 1;
  return Math.max(0, at - MAX_CLAUSE);
}

/**
 * The quantities of one sentence (normalized `[from, to)` of `n`), with spans into the original.
 * Figures that are not quantities (years, ordinals, names) are left out.
 */
export function sentenceQuantities(n: NormalizedText, from: number, to: number): PlacedQuantity[] {
  const text = n.text.slice(from, to);
  const preliminary = PRELIMINARY.test(text);
  const out: PlacedQuantity[] = [];
  let previousEnd = 0;
  let firstInClause = 0;
  for (const raw of scanQuantities(text)) {
    if (exclusionReason(text, raw)) continue;
    const clause = clauseStart(text, raw.start);
    const lead = text.slice(Math.max(clause, 0), raw.numberStart);
    const previous = out.at(-1);
    // '分别增长26.8%、12%和25.9%': a figure joined to the one before by 、/和 shares its words.
    const listed = previous && LIST_JOINER.test(text.slice(previousEnd, raw.start));
    // A later item of the clause ('…、占全国44%') takes the direction its own words give, if any.
    const laterItem = previous && previousEnd > clause && text[previousEnd] === '、';
    if (!laterItem) firstInClause = raw.numberStart;
    // Its own words, or the verb opening the list ('新增A 5家、B 3家'): not the first item's own predicate right before
    // its figure ('全市生产总值增长5%左右、…、城镇调查失业率5%以内', shanghai-2025 written with 、), and not a verb of a count
    // for a rate ('城镇新增就业1100万人以上、城镇调查失业率5.5%左右', national-2021 written with 、).
    const opening = () => (previous!.kind === raw.kind ? directionBefore(withoutPredicate(text.slice(clause, firstInClause))) : 'level');
    const ownItem = laterItem ? (itemDirection(text.slice(previousEnd + 1, raw.numberStart)) ?? opening()) : null;
    const span = toOriginal(n, from + raw.start, from + raw.end);
    out.push({
      span,
      text: n.original.slice(span[0], span[1]),
      value: raw.value,
      high: raw.high,
      unit: raw.unit,
      kind: raw.kind,
      comparator: raw.comparator,
      inclusive: raw.inclusive,
      direction: listed ? previous.direction : raw.unit === 'fraction' && text.startsWith('减半', raw.start) ? 'decrease' : (ownItem ?? directionBefore(lead)),
      modality: listed ? previous.modality : modalityBefore(text.slice(clause, raw.start)),
      preliminary,
      ...(raw.ratio ? { ratio: raw.ratio } : {}),
      clean: text.slice(raw.start, raw.end),
      at: [from + raw.start, from + raw.end],
      clauseAt: from + clause,
      numberAt: [from + raw.numberStart, from + raw.numberEnd],
      chinese: raw.chinese,
    });
    previousEnd = raw.end;
  }
  return out;
}

/** The quantities of any text (one sentence or many), normalized first; spans point into `text`. */
export function findQuantities(text: string): Quantity[] {
  const n = normalize(text);
  return sentenceQuantities(n, 0, n.text.length).map(({ at: _at, numberAt: _numberAt, chinese: _chinese, clean: _clean, clauseAt: _clauseAt, ...q }) => q);
}
