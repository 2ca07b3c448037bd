import { extract, type Report } from '../src/index.js';

/** What must not change: the parts and their roles, and every target and outcome by indicator, value, unit and bound. */
export function fingerprint(report: Report) {
  const { targets, outcomes } = extract(report);
  const figure = (f: { indicator: string; value: number; unit: string; comparator: string }) => `${f.indicator}|${f.value}|${f.unit}|${f.comparator}`;
  return {
    parts: report.parts.map((p) => `${p.role} ${p.heading.replace(/\s/g, '')}`),
    targets: targets.map(figure),
    outcomes: outcomes.map(figure),
  };
}
