import type { Report } from '../report/outline/types.js';

// Below this confidence a part's role is a guess worth telling the reader about.
const UNSURE = 0.7;

/**
 * What scoring a pair had to assume because the structure of a report is uncertain: a plan year or a
 * government that cannot be read, a part whose role its cues barely decide. Each is one line a reader
 * can check; none of them stops the scoring.
 */
export function structureAssumptions(plan: Report, review: Report): string[] {
  const out: string[] = [];
  const p = plan.meta;
  const r = review.meta;
  if (p.planYear === null && r.planYear === null) out.push('neither report names its year: assumed the review is the next year of the plan');
  else if (p.planYear === null) out.push(`the plan report names no year: assumed it plans for ${r.planYear! - 1}, the year before the review`);
  else if (r.planYear === null) out.push(`the review report names no year: assumed it reviews ${p.planYear}`);
  if (!p.government || !r.government) out.push('the government of one report cannot be read: assumed both are of the same government');
  for (const [which, report] of [['plan', plan], ['review', review]] as const) for (const c of report.meta.conflicts) out.push(`in the ${which} report, ${c}`);
  if (!review.parts.some((part) => part.role === 'review')) out.push('the review report has no part that reviews a year: no outcome can be found');
  for (const [which, report] of [['plan', plan], ['review', review]] as const) {
    for (const part of report.parts) {
      // A part whose heading names both a review and a plan is read paragraph by paragraph: its own role decides little.
      if (part.evidence.length === 0 || part.confidence >= UNSURE || part.mixed) continue;
      const name = part.heading ? `'${part.heading}'` : 'the passage with no heading';
      out.push(`in the ${which} report, ${name} was read as ${part.role} (confidence ${part.confidence.toFixed(2)}: ${part.evidence.map((e) => e.seen).join('; ')})`);
    }
  }
  return out;
}
