import type { Witness } from './types.js';
import { PLACE_END } from '../../lexicon/report.js';

/**
 * Whether two names are of one government: equal, or one the other with its parents written before it
 * ('呼伦贝尔市海拉尔区' one year, '海拉尔区' the next; '保定市清苑区' and '清苑区').
 */
export function sameGovernment(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // The shorter name must still be a whole name of a place ('海拉尔区', not '区').
  return short === long || (short.length >= 2 && long.endsWith(short) && PLACE_END.test(long.slice(0, long.length - short.length)));
}

/** What the witnesses of one fact decide: the value of the heaviest group that agrees, and who disagrees. */
export interface Decision<T> {
  value: T | null;
  /** The witnesses of another value, each overruled. */
  overruled: Array<Witness<T>>;
  /** The witnesses of the value chosen. */
  agreed: Array<Witness<T>>;
}

/**
 * Weighs witnesses of one fact (a plan year, a government): those that agree (`same`) add their weights,
 * the heaviest group wins, and on a tie the group of the witness listed first (the most direct). The
 * value is the first listed of the winning group's, so '保定市满城区' from the congress line stands over
 * '满城区' from a title.
 */
export function weigh<T>(witnesses: ReadonlyArray<Witness<T>>, same: (a: T, b: T) => boolean): Decision<T> {
  let best: Array<Witness<T>> = [];
  let bestWeight = 0;
  for (const w of witnesses) {
    const group = witnesses.filter((other) => same(w.value, other.value));
    const weight = group.reduce((n, g) => n + g.weight, 0);
    if (weight > bestWeight) [best, bestWeight] = [group, weight];
  }
  return { value: best[0]?.value ?? null, agreed: best, overruled: witnesses.filter((w) => !best.includes(w)) };
}

/** One line a reader can check: what the overruled witnesses said, what decided, and how. */
export function conflictLine<T>(fact: string, decision: Decision<T>): string | null {
  if (decision.overruled.length === 0 || decision.value === null) return null;
  const said = (ws: Array<Witness<T>>) => ws.map((w) => `${w.source} (${w.seen})`).join(' and ');
  return `${fact}: ${said(decision.overruled)} ${decision.overruled.length > 1 ? 'say' : 'says'} otherwise than ${said(decision.agreed)}; read as ${String(decision.value)}`;
}
