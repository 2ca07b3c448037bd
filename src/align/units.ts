import type { Part, PartRole, Report, Section } from '../report/outline/types.js';
import type { Span } from '../report/span.js';

/** A passage that can be paired across reports: a top-level section of a part, or a part without sections. */
export interface Unit {
  heading: string;
  span: Span;
  /** The heading of the part it belongs to. */
  part: string;
  /** The normalized text of the passage, heading included. */
  clean: string;
}

// Numbered lists carry a report's substance; '——' items and lead sentences beside them are overviews
// ('——经济保持恢复发展。' before 一是…九是; '综合实力稳步提升。' on the five years before （一）…（五）).
const ENUMERATED: readonly Section['marker'][] = ['numeral', 'paren-numeral', 'ordinal', 'arabic'];

/** The sections of the most senior numbered kind when a part mixes kinds, else all of them. */
function enumerated(sections: Section[]): Section[] {
  const kind = ENUMERATED.find((k) => sections.some((s) => s.marker === k));
  return kind ? sections.filter((s) => s.marker === kind) : sections;
}

function cleanOf(node: Part | Section): string {
  const own = node.paragraphs.map((p) => p.clean);
  return [...own, ...node.sections.map(cleanOf)].join('\n');
}

/**
 * The passages of a report's parts of one role, in order: each top-level section of those parts,
 * or the part itself when it has no sections. Parts about the year come before five-year ones: when
 * a report has both, only the year's are used, so a year's plan pairs with a year's plan.
 */
export function unitsOf(report: Report, role: PartRole): Unit[] {
  const ofRole = report.parts.filter((p) => p.role === role);
  const ofYear = ofRole.filter((p) => p.horizon === 'year');
  const units: Unit[] = [];
  for (const part of ofYear.length ? ofYear : ofRole) {
    if (part.sections.length === 0) {
      units.push({ heading: part.heading, span: part.span, part: part.heading, clean: cleanOf(part) });
      continue;
    }
    for (const section of enumerated(part.sections)) {
      units.push({ heading: section.heading, span: section.span, part: part.heading, clean: cleanOf(section) });
    }
  }
  return units;
}
