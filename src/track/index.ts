import { batch, type BatchOptions, type BatchRow } from '../batch/index.js';
import { sameGovernment } from '../check/index.js';
import { bareName } from '../lexicon/indicators.js';
import { InputError } from '../report/index.js';
import { splitUnit } from '../quantity/units.js';
import type { TrackPoint, TrackResult, TrackSeries } from './types.js';

export type * from './types.js';

export interface TrackOptions extends BatchOptions {
  /** Only this indicator (synonyms folded: 'GDP', '地区生产总值' and '经济增长' are one). */
  indicator?: string;
  /**
   * The government to follow when the paths hold reports of several: its name as the reports' own text gives
   * it (`report.meta.government`), with or without its parents ('满城区' finds '保定市满城区').
   */
  government?: string;
}


/** The key an indicator is followed by over the years: its name as compared, and what it measures. */
const keyOf = (row: BatchRow) => `${bareName(row.target.indicator)}|${row.target.frame.measure}`;

/** A value in `unit` when `from` can be converted to it ('亿元' to '万亿元'), else null. */
function convert(value: number, from: string, unit: string): number | null {
  if (from === unit) return value;
  const [f, base] = splitUnit(from);
  const [t, target] = splitUnit(unit);
  return base === target ? (value * f) / t : null;
}

function point(row: BatchRow, unit: string): TrackPoint | null {
  const { target: t, outcome: o, where } = row;
  const value = convert(t.value, t.unit, unit);
  if (value === null) return null;
  const high = t.high === null ? null : convert(t.high, t.unit, unit);
  const outcomeValue = o ? convert(o.value, o.unit, unit) : null;
  return {
    planYear: row.planYear,
    target: { file: row.plan, span: t.span, line: where.target.line, column: where.target.column, text: t.text, value, high, unit, comparator: t.comparator, direction: t.direction },
    outcome:
      o && where.outcome && outcomeValue !== null
        ? { file: row.review, span: o.span, line: where.outcome.line, column: where.outcome.column, text: o.text, value: outcomeValue, unit }
        : null,
    verdict: row.verdict,
    reason: row.reason,
    reasonZh: row.reasonZh,
  };
}

/** The series of one government's rows: per indicator, the first target of each plan year (text order). */
export function seriesOf(government: string, rows: readonly BatchRow[]): TrackSeries[] {
  const byKey = new Map<string, BatchRow[]>();
  for (const row of rows) {
    if (!bareName(row.target.indicator)) continue;
    const key = keyOf(row);
    const held = byKey.get(key) ?? [];
    if (!held.some((r) => r.planYear === row.planYear)) held.push(row);
    byKey.set(key, held);
  }
  const series: TrackSeries[] = [];
  for (const held of byKey.values()) {
    const latest = held.reduce((a, b) => (b.planYear > a.planYear ? b : a));
    const points = held
      .map((r) => point(r, latest.target.unit))
      .filter((p): p is TrackPoint => p !== null)
      .sort((a, b) => a.planYear - b.planYear);
    series.push({ government, indicator: bareName(latest.target.indicator), label: latest.target.indicator, measure: latest.target.frame.measure, unit: latest.target.unit, points });
  }
  // Stable: the indicators held longest first, then in the order they first appear.
  return series.map((s, k) => ({ s, k })).sort((a, b) => b.s.points.length - a.s.points.length || a.k - b.k).map(({ s }) => s);
}

/**
 * The government named by `wanted` among those the reports are of (each as the reports' own text names it,
 * `report.meta.government`, never a title or file name): the one it names, with or without its parents
 * ('满城区' and '保定市满城区' are one). A bare name that fits two ('朝阳区' for 北京市朝阳区 and 长春市朝阳区) is
 * refused rather than followed at random, unless one of them is written exactly so.
 */
function chosen(governments: readonly string[], wanted: string, where: string): string {
  const named = governments.filter((g) => sameGovernment(g, wanted));
  if (named.length === 0) throw new InputError(where, `no pair of ${wanted} among the reports (they hold ${governments.join(', ')})`);
  if (named.length > 1 && !named.includes(wanted)) {
    throw new InputError(where, `${wanted} names ${named.length} governments among the reports (${named.join(', ')}): name one in full`);
  }
  return named.length === 1 ? named[0]! : wanted;
}

/**
 * One government's track record: its reports under `paths` scored pair by pair (as batch), then for
 * each indicator the target of every plan year and the outcome the next year's report gave for it.
 */
export async function track(paths: readonly string[], options: TrackOptions = {}): Promise<TrackResult> {
  const result = await batch(paths, options);
  const governments = [...new Set(result.pairs.map((p) => p.government))];
  const where = paths.join(' ');
  if (governments.length === 0) throw new InputError(where, 'no consecutive-year pair of one government found among the reports');
  const government = options.government === undefined ? governments[0]! : chosen(governments, options.government, where);
  if (options.government === undefined && governments.length > 1) {
    throw new InputError(where, `the reports are of ${governments.length} governments (${governments.join(', ')}): name one with government, or give the reports of one`);
  }
  const rows = result.rows.filter((r) => r.government === government);
  let series = seriesOf(government, rows);
  if (options.indicator !== undefined) {
    const wanted = bareName(options.indicator);
    series = series.filter((s) => s.indicator === wanted);
    if (series.length === 0) throw new InputError(where, `no target of ${options.indicator} in the plans of ${government}`);
  }
  if (series.length === 0) throw new InputError(where, `no quantified target in the plans of ${government}`);
  return { government, years: [...new Set(rows.map((r) => r.planYear))].sort((a, b) => a - b), series, unpaired: result.unpaired };
}
export { trackCsv, trackText } from './table.js';
export { trackSvg, type TrackSvgOptions } from './svg.js';
