import { basename } from 'node:path';
import { sameGovernment } from '../check/index.js';
import type { Report } from '../report/outline/types.js';
import type { Unpaired } from './types.js';

/** A report read for a batch: the file as given, its text and what it says of itself. */
export interface ReadReport {
  file: string;
  text: string;
  report: Report;
  /** The plan year: the report's own, else (a hint only) the one year its file name holds. */
  planYear: number | null;
  /** Set when the plan year came from the file name. */
  yearFromName: boolean;
  /** Where bytes not valid in the file's encoding were read as U+FFFD, in one line (damageWarning); absent or null for a clean file. */
  damage?: string | null;
}

export interface ReportPair {
  government: string;
  plan: ReadReport;
  review: ReadReport;
}

/** The plan year a report states, else the single year in its file name ('海拉尔区2016.txt'); null when neither. */
export function planYearOf(file: string, report: Report): { planYear: number | null; yearFromName: boolean } {
  if (report.meta.planYear !== null) return { planYear: report.meta.planYear, yearFromName: false };
  const years = basename(file).match(/(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])/g) ?? [];
  return years.length === 1 ? { planYear: Number(years[0]), yearFromName: true } : { planYear: null, yearFromName: false };
}

/** The name most of a government's reports use (the longer on a tie): '海拉尔区' over '呼伦贝尔市海拉尔区' seven to one. */
function nameOf(members: readonly ReadReport[]): string {
  const counts = new Map<string, number>();
  for (const m of members) counts.set(m.report.meta.government!, (counts.get(m.report.meta.government!) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || b.length - a.length)[0]![0];
}

const span = (years: number[]) => {
  const runs: string[] = [];
  for (let i = 0; i < years.length; ) {
    let j = i;
    while (years[j + 1] === years[j]! + 1) j++;
    runs.push(i === j ? `${years[i]}` : `${years[i]}–${years[j]}`);
    i = j + 1;
  }
  return runs.join(', ');
};

/**
 * Every consecutive-year pair of one government among the reports (from what each says of itself), and
 * each report in no pair with the reason: no year or government in its text, only one year held, a gap
 * on both sides, or a second report of a government and year already held.
 */
export function pairReports(reports: readonly ReadReport[]): { pairs: ReportPair[]; unpaired: Unpaired[] } {
  const unpaired: Unpaired[] = [];
  const groups: ReadReport[][] = [];
  for (const r of reports) {
    const government = r.report.meta.government;
    if (r.planYear === null) {
      unpaired.push({ file: r.file, reason: 'no plan year found in the text or the file name (such as 二、2025年工作安排)' });
      continue;
    }
    if (government === null) {
      unpaired.push({ file: r.file, reason: 'no government named in the text (such as 北京市人民政府 or 海拉尔区人民政府 in the title)' });
      continue;
    }
    // Every report of a group names the same government: a bare '朝阳区' joins neither 北京市朝阳区 nor 长春市朝阳区 when both are held.
    const group = groups.find((g) => g.every((m) => sameGovernment(m.report.meta.government!, government)));
    if (group) group.push(r);
    else groups.push([r]);
  }
  const pairs: ReportPair[] = [];
  for (const members of groups) {
    const government = nameOf(members);
    const byYear = new Map<number, ReadReport>();
    for (const m of members) {
      const held = byYear.get(m.planYear!);
      if (held) unpaired.push({ file: m.file, reason: `a duplicate: ${held.file} is already the ${m.planYear} report of ${government}` });
      else byYear.set(m.planYear!, m);
    }
    const years = [...byYear.keys()].sort((a, b) => a - b);
    for (const year of years) {
      const review = byYear.get(year + 1);
      if (review) pairs.push({ government, plan: byYear.get(year)!, review });
      else if (!byYear.has(year - 1)) {
        const reason = years.length === 1 ? `only one year of ${government} (${year})` : `a gap: no ${year - 1} or ${year + 1} report of ${government} (held: ${span(years)})`;
        unpaired.push({ file: byYear.get(year)!.file, reason });
      }
    }
  }
  return { pairs, unpaired };
}
