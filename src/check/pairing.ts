import type { Report } from '../report/outline/types.js';
import { sameGovernment } from '../report/index.js';

export { sameGovernment };

/** The review cannot score the plan (not the next year of the same government); says why. */
export class PairingError extends Error {
  constructor(readonly problem: string) {
    super(`cannot score this pair: ${problem} (use force to score it anyway)`);
    this.name = 'PairingError';
  }
}

/**
 * Why a review cannot score a plan, or null when it can: the review must be the next year's report of
 * the same government (the one that reviews the plan's year). Only evidence refuses a pair: a year or
 * a government that cannot be read is no reason.
 */
export function pairingProblem(plan: Report, review: Report): string | null {
  const p = plan.meta;
  const r = review.meta;
  if (!plan.parts.some((part) => part.role === 'plan')) return 'the plan report has no part that plans a year (such as 二、2025年工作安排)';
  if (p.planYear !== null && r.planYear !== null && r.planYear !== p.planYear + 1) {
    return `the review report is for ${r.planYear}; the ${p.planYear} plan is reviewed by the ${p.planYear + 1} report`;
  }
  if (p.government && r.government && !sameGovernment(p.government, r.government)) {
    return `the reports are of different governments (${p.government}, ${r.government})`;
  }
  return null;
}

/**
 * The consecutive-year pairs of one government among reports, from what each report says of itself
 * (its government and plan year, never its file name), in the order given.
 */
export function consecutivePairs<T extends { report: Report }>(items: readonly T[]): Array<[plan: T, review: T]> {
  return items.flatMap((plan) => {
    const p = plan.report.meta;
    if (p.planYear === null || p.government === null) return [];
    return items
      .filter(({ report: { meta: q } }) => q.planYear === p.planYear! + 1 && q.government !== null && sameGovernment(p.government!, q.government))
      .map((review): [T, T] => [plan, review]);
  });
}
