import type { Report } from '../report/outline/types.js';

/**
 * Why a review cannot score a plan, or null when it can: the review must be the next year's report of
 * the same government (the one that reviews the plan's year).
 */
export function pairingProblem(plan: Report, review: Report): string | null {
  const p = plan.meta;
  const r = review.meta;
  if (!plan.parts.some((part) => part.role === 'plan')) return 'the plan report has no part that plans a year (such as 二、2025年工作安排)';
  if (p.planYear === null) return 'the plan report does not say which year it plans for';
  if (r.planYear === null) return 'the review report does not say which year it was delivered for';
  if (r.planYear !== p.planYear + 1) {
    return `the review report is for ${r.planYear}; the ${p.planYear} plan is reviewed by the ${p.planYear + 1} report`;
  }
  if (p.government && r.government && p.government !== r.government) {
    return `the reports are of different governments (${p.government}, ${r.government})`;
  }
  return null;
}
