import type { ReportDiff } from '../diff/types.js';
import { inertControls } from './control.js';

// Long unchanged runs are cut in the middle, so the changes stand out.
const KEEP_EQUAL = 12;

function equalRun(words: string[]): string {
  const text = words.join('');
  return text.length <= 2 * KEEP_EQUAL ? text : `${text.slice(0, KEEP_EQUAL)} … ${text.slice(-KEEP_EQUAL)}`;
}

/** The diff as text: each pair's words with [-deletions-] and {+insertions+}, then new and dropped sections and term shifts. */
export function diffText(diff: ReportDiff, fileA: string, fileB: string): string {
  const out = [`A: ${fileA}`, `B: ${fileB}`, ''];
  for (const s of diff.sections) {
    out.push(`== ${s.a.heading}  ⇄  ${s.b.heading}   (score ${s.score.toFixed(2)}; ${s.kept} kept, ${s.deleted} deleted, ${s.inserted} inserted${s.truncated ? '; too different to diff word by word' : ''})`);
    out.push(
      s.pieces
        .map((p) => (p.op === 'equal' ? equalRun(p.words) : p.op === 'delete' ? `[-${p.words.join('')}-]` : `{+${p.words.join('')}+}`))
        .join(''),
      '',
    );
  }
  if (diff.dropped.length) out.push('Only in A (dropped):', ...diff.dropped.map((r) => `  - ${r.heading}`), '');
  if (diff.added.length) out.push('Only in B (new):', ...diff.added.map((r) => `  + ${r.heading}`), '');
  if (diff.terms.length) {
    out.push('Term shifts (count in A → B):');
    for (const change of ['new', 'gone', 'up', 'down'] as const) {
      const terms = diff.terms.filter((t) => t.change === change);
      if (terms.length) out.push(`  ${change.padEnd(5)} ${terms.map((t) => `${t.term} ${t.a}→${t.b}`).join('，')}`);
    }
  }
  return inertControls(out.join('\n'));
}
