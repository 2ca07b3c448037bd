/**
 * Where things stand in a report, as linking and the looks for mentions read it: the sentences of its parts,
 * and the review passages aligned with a span of the plan.
 */
import type { SectionPair } from '../align/index.js';
import type { Report } from '../report/outline/types.js';
import type { Span } from '../report/span.js';

export type Sentence = Report['parts'][number]['paragraphs'][number]['sentences'][number];

type Node = { paragraphs: Report['parts'][number]['paragraphs']; sections: Node[] };

function* sentencesIn(node: Node): Generator<Sentence> {
  for (const p of node.paragraphs) yield* p.sentences;
  for (const s of node.sections) yield* sentencesIn(s);
}

/** Every sentence of a report's parts, in order; with a role, of its parts of that role only. */
export function* sentencesOf(report: Report, role?: Report['parts'][number]['role']): Generator<Sentence> {
  for (const part of report.parts) if (role === undefined || part.role === role) yield* sentencesIn(part);
}

/** Whether a span lies within another. */
export const inside = (s: Span, outer: Span): boolean => s[0] >= outer[0] && s[1] <= outer[1];

/** The review passages aligned with the section of the plan that holds a span. */
export function alignedPassages(span: Span, pairs: readonly SectionPair[]): Span[] {
  return pairs.filter((p) => p.a && p.b && inside(span, p.a.span)).map((p) => p.b!.span);
}
