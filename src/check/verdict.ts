import type { Outcome, Target } from '../extract/types.js';
import { inTargetUnit } from '../quantity/units.js';
import { isCeiling } from './indicators.js';
import type { Margin } from './types.js';
import { REASONS, type Reason } from './reasons.js';


export interface Judgement {
  verdict: 'met' | 'missed' | 'unclear';
  margin: Margin | null;
  reason: Reason;
}

const round = (x: number) => Number.parseFloat(x.toFixed(2));

function marginOf(diff: number, t: Target): Margin {
  const unit = t.kind === 'percent' || t.kind === 'points' ? '个百分点' : t.unit === 'fraction' ? '' : t.unit;
  const size = round(Math.abs(diff));
  const text = size === 0 ? '与目标持平' : `${diff > 0 ? '高于' : '低于'}目标${size}${unit}`;
  return { value: round(diff), unit, text };
}

/**
 * Whether an outcome meets its target, as the target's bound and direction mean it. `tolerance` is
 * how far 左右 reaches, as a share of the target value.
 */
export function judge(t: Target, o: Outcome, tolerance: number): Judgement {
  let y = inTargetUnit(t, o);
  if (y === null) return { verdict: 'unclear', margin: null, reason: REASONS.notComparable(`${t.value}${t.unit}`, `${o.value}${o.unit}`) };
  // A rise reported against a promised fall (or the reverse) counts below zero.
  const reversed = t.direction !== 'level' && o.direction !== 'level' && t.direction !== o.direction;
  if (reversed) y = -y;
  // The outcome's own bound counts: '超6.1万家' is more than 6.1万, so it meets '超6.1万家' (jiangsu-2026,
  // '超过6000亿元' in hubei-2026).
  const beyond = !reversed && o.comparator === 'at_least' && !o.inclusive;
  const x = t.value;
  const ceiling = t.comparator === 'at_most' || (t.direction !== 'decrease' && isCeiling(t.indicator));
  let met: boolean;
  let reference = x;
  if (ceiling) {
    const bound = t.comparator === 'about' ? x * (1 + tolerance) : t.comparator === 'range' ? t.high ?? x : x;
    reference = t.comparator === 'range' ? (t.high ?? x) : x;
    met = t.inclusive ? y <= bound : y < bound;
  } else {
    const bound = t.comparator === 'about' ? x * (1 - tolerance) : x;
    met = t.comparator === 'at_least' && !t.inclusive ? y > bound || (y === bound && beyond) : y >= bound;
  }
  const margin = marginOf(y - reference, t);
  // A report that gives exactly the figure its target was to exceed ('城镇化率超过60%' against '城镇化率60%',
  // henan; '超1万家' against '1万家', guangdong) gives a rounded figure: neither met nor missed can be printed.
  if (!met && !t.inclusive && y === reference && !beyond) return { verdict: 'unclear', margin, reason: REASONS.atExclusiveBound(margin) };
  return { verdict: met ? 'met' : 'missed', margin, reason: REASONS.judged(ceiling ? 'ceiling' : t.direction === 'decrease' ? 'cut' : 'floor', margin) };
}
