import type { Target } from './types.js';

// A sentence that returns to a target already set names it only as a target ('今年预期目标设定为6%以上').
const NAMES_ONLY_A_TARGET = /目标/;

/**
 * Marks targets that only repeat an earlier one: the same figure (value, range, unit and bound)
 * said again in a later sentence, either of the same indicator or of an indicator that is just
 * 'the target'.
 */
export function markRepeats(targets: Target[]): void {
  targets.forEach((t, k) => {
    const earlier = targets.slice(0, k).find(
      (e) =>
        e.repeatOf === null &&
        e.value === t.value &&
        e.high === t.high &&
        e.unit === t.unit &&
        e.comparator === t.comparator &&
        e.sentence.span[0] !== t.sentence.span[0] &&
        (e.indicator === t.indicator || NAMES_ONLY_A_TARGET.test(t.indicator)),
    );
    if (earlier) t.repeatOf = earlier.id;
  });
}
