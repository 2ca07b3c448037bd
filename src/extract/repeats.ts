import type { Target } from './types.js';

// A sentence that returns to a target already set names it only as a target ('今年预期目标设定为6%以上').
const NAMES_ONLY_A_TARGET = /目标/;
const MAX_ORIGINALS = 20;

/**
 * Marks targets that only repeat an earlier one: the same figure (value, range, unit and bound)
 * said again in a later sentence, either of the same indicator or of an indicator that is just
 * 'the target'. Earlier targets are looked up by their figure, so long reports stay linear.
 */
export function markRepeats(targets: Target[]): void {
  const byFigure = new Map<string, Target[]>();
  for (const t of targets) {
    const key = `${t.value}|${t.high}|${t.unit}|${t.comparator}`;
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
