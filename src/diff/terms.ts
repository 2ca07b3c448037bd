import type { Token } from '../segment/types.js';
import { isContentWord } from '../segment/index.js';
import type { TermShift } from './types.js';

// A term must be used this often in one report to count, and change at least twofold to be a shift.
const MIN_COUNT = 3;
const MIN_RATIO = 2;
const TOP = 15;

function counts(tokens: readonly Token[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of tokens) {
    const word = t.clean ?? t.text;
    if (isContentWord(word)) out.set(word, (out.get(word) ?? 0) + 1);
  }
  return out;
}

/**
 * Key terms that appear, disappear, rise or fall between two reports. Counts are compared after
 * scaling for report length; shifts are ranked by how far and how often (|log ratio| × √(a + b)).
 */
export function termShifts(a: readonly Token[], b: readonly Token[]): TermShift[] {
  const ca = counts(a);
  const cb = counts(b);
  const scale = a.length / Math.max(1, b.length); // B's counts in A's units
  const shifts: Array<TermShift & { weight: number }> = [];
  for (const term of new Set([...ca.keys(), ...cb.keys()])) {
    const x = ca.get(term) ?? 0;
    const y = cb.get(term) ?? 0;
    if (Math.max(x, y) < MIN_COUNT) continue;
    const ratio = (y * scale + 1) / (x + 1);
    const weight = Math.abs(Math.log(ratio)) * Math.sqrt(x + y);
    if (x === 0) shifts.push({ term, a: x, b: y, change: 'new', weight });
    else if (y === 0) shifts.push({ term, a: x, b: y, change: 'gone', weight });
    else if (ratio >= MIN_RATIO) shifts.push({ term, a: x, b: y, change: 'up', weight });
    else if (ratio <= 1 / MIN_RATIO) shifts.push({ term, a: x, b: y, change: 'down', weight });
  }
  const byChange = (change: TermShift['change']) =>
    shifts
      .filter((s) => s.change === change)
      .sort((p, q) => q.weight - p.weight || p.term.localeCompare(q.term))
      .slice(0, TOP)
      .map(({ weight: _weight, ...s }) => s);
  return [...byChange('new'), ...byChange('gone'), ...byChange('up'), ...byChange('down')];
}
