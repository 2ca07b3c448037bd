import type { SectionPair, SectionRef } from '../align/index.js';
import { inertControls } from './control.js';
import { padEnd, truncate } from './width.js';

export interface AlignJson {
  pairs: Array<{ a: { heading: string; span: SectionRef['span'] } | null; b: { heading: string; span: SectionRef['span'] } | null; score: number }>;
}

const side = (r: SectionRef | null) => (r ? { heading: r.heading, span: r.span } : null);

/** The pairs as the JSON of `duizhao align --json`. Scores are rounded to three decimals. */
export function alignJson(pairs: readonly SectionPair[]): AlignJson {
  return { pairs: pairs.map((p) => ({ a: side(p.a), b: side(p.b), score: Math.round(p.score * 1000) / 1000 })) };
}

/** The pairs as a readable table: score, A's heading, B's heading; new and dropped sections marked. */
export function alignText(pairs: readonly SectionPair[], fileA: string, fileB: string): string {
  const out = [`A: ${fileA}`, `B: ${fileB}`, '', `  score  ${padEnd('A', 46)}B`];
  for (const p of pairs) {
    const score = p.a && p.b ? p.score.toFixed(2) : p.a ? 'gone' : 'new ';
    out.push(`  ${padEnd(score, 7)}${padEnd(truncate(p.a?.heading ?? '—', 44), 46)}${truncate(p.b?.heading ?? '—', 44)}`);
  }
  const dropped = pairs.filter((p) => p.a && !p.b).length;
  const added = pairs.filter((p) => p.b && !p.a).length;
  out.push('', `  ${pairs.filter((p) => p.a && p.b).length} paired, ${dropped} only in A (dropped), ${added} only in B (new)`);
  return inertControls(out.join('\n'));
}
