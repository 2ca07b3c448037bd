import { basename } from 'node:path';
import { csvField, VERDICT_ZH } from '../render/scorecard.js';
import { formatFigure, padEnd, truncate } from '../render/index.js';
import { inertControls } from '../render/control.js';
import type { TrackPoint, TrackResult } from './types.js';

const MEASURE_ZH = { growth: '增速', share: '比重', count: '数量', amount: '总量', duration: '时长', level: '水平' } as const;

const placeOf = (p: { file: string; line: number; column: number }) => `${basename(p.file)}:${p.line}:${p.column}`;
const figure = (p: TrackPoint) => formatFigure(p.target);

/** The track record as a terminal table: per indicator, one line per plan year. */
export function trackText(result: TrackResult): string {
  const n = result.years.length;
  const out = [`${result.government}: ${n} plan year${n === 1 ? '' : 's'} scored (${result.years[0]}${n > 1 ? `–${result.years.at(-1)}` : ''})`];
  for (const s of result.series) {
    out.push('', `${s.label} · ${MEASURE_ZH[s.measure]} ${s.measure} (${s.unit})`);
    out.push(`  ${padEnd('year', 6)}${padEnd('target 目标', 14)}${padEnd('outcome 实际', 14)}${padEnd('verdict', 20)}evidence`);
    for (const p of s.points) {
      const outcome = p.outcome ? `${p.outcome.value}${p.outcome.unit}` : '—';
      const where = `${placeOf(p.target)}${p.outcome ? ` → ${placeOf(p.outcome)}` : ''}`;
      out.push(`  ${padEnd(String(p.planYear), 6)}${padEnd(truncate(figure(p), 13), 14)}${padEnd(truncate(outcome, 13), 14)}${padEnd(`${p.verdict} ${VERDICT_ZH[p.verdict]}`, 20)}${where}`);
    }
  }
  return inertControls(out.join('\n'));
}

const COLUMNS = ['government', 'indicator', 'measure', 'unit', 'plan_year', 'target', 'target_value', 'target_high', 'comparator', 'outcome', 'outcome_value', 'verdict', 'reason', 'reason_zh', 'plan_file', 'target_line', 'target_column', 'review_file', 'outcome_line', 'outcome_column'];

/** The track record as CSV (UTF-8 with a BOM): one row per indicator and plan year. */
export function trackCsv(result: TrackResult): string {
  const lines = [COLUMNS.join(',')];
  for (const s of result.series) {
    for (const p of s.points) {
      const o = p.outcome;
      lines.push(
        [s.government, s.label, s.measure, s.unit, p.planYear, p.target.text.replace(/\s+/g, ''), p.target.value, p.target.high, p.target.comparator, o?.text.replace(/\s+/g, ''), o?.value, p.verdict, p.reason, p.reasonZh, p.target.file, p.target.line, p.target.column, o?.file, o?.line, o?.column]
          .map(csvField)
          .join(','),
      );
    }
  }
  return `\uFEFF${lines.join('\r\n')}`;
}
