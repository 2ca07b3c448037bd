import type { Target } from './types.js';
import { alternation } from '../lexicon/entry.js';
import { NAMES_ONLY_A_TARGET as TARGET_WORDS } from '../lexicon/figures.js';

// A sentence that returns to a target already set names it only as a target ('今年预期目标设定为6%以上').
const NAMES_ONLY_A_TARGET = new RegExp(alternation(TARGET_WORDS));
const MAX_ORIGINALS = 20;

/**
 * Marks targets that only repeat an earlier one: the same figure (value, range, unit and bound) for
 * the same period said again in a later sentence, either of the same indicator or of an indicator that is just
 * 'the target'. Earlier targets are looked up by their figure, so long reports stay linear.
 */
export function markRepeats(targets: Target[]): void {
  const byFigure = new Map<string, Target[]>();
  for (const t of targets) {
    // The period is part of what a target says: '经济年均增长5%左右' for the five years and, later, '经济增长5%左右'
    // for this year are two targets (henan-2026; laiyuan-2021's incomes; beijing-2026's unemployment).
    const key = `${t.value}|${t.high}|${t.unit}|${t.comparator}|${t.horizon}|${t.frame.period}`;
    const earlier = byFigure.get(key) ?? [];
    const original = earlier.find(
      (e) => e.sentence.span[0] !== t.sentence.span[0] && (e.indicator === t.indicator || NAMES_ONLY_A_TARGET.test(t.indicator)),
    );
    if (original) t.repeatOf = original.id;
    // A repeat points back to a target stated early and prominently; a few originals per figure suffice.
    else if (earlier.length < MAX_ORIGINALS) earlier.push(t);
    byFigure.set(key, earlier);
  }
}
