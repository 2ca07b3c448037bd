import type { Extraction, Outcome, Target } from '../extract/types.js';
import type { Report } from '../report/outline/types.js';
import { inertControls } from './control.js';
import { padEnd, truncate } from './width.js';
import { lineAndColumn } from '../report/span.js';

/** The figure as a reader writes it: '≥1100万人', '~7.5%', '6–6.5%', '>1.4万家'. */
export function formatFigure(f: Pick<Target, 'value' | 'high' | 'unit' | 'comparator'> & { inclusive?: boolean }): string {
  const unit = f.unit === 'fraction' ? '' : f.unit;
  const value = f.unit === 'fraction' ? `${+(f.value * 100).toFixed(1)}%` : `${f.value}`;
  switch (f.comparator) {
    case 'range':
      return `${value}–${f.high}${unit}`;
    case 'about':
      return `~${value}${unit}`;
    case 'at_least':
      return `${f.inclusive === false ? '>' : '≥'}${value}${unit}`;
    case 'at_most':
      return `${f.inclusive === false ? '<' : '≤'}${value}${unit}`;
    default:
      return `${value}${unit}`;
  }
}

const ARROW = { increase: '↑', decrease: '↓', level: '=' } as const;

/** '12:34': the 1-based line and column of an offset in the input, for pointing readers at the source. */
export function lineColumn(input: string, offset: number): string {
  const { line, column } = lineAndColumn(input, offset);
  return `${line}:${column}`;
}

/** The frame in a few words: 'count·flow', 'growth', 'amount·5yr'. */
function frameTag(f: Target | Outcome): string {
  const { measure, flow, period } = f.frame;
  return [measure, flow ? 'flow' : '', period === 'year' ? '' : period === 'end-of-period' ? 'end' : period === 'cumulative' ? 'total' : 'years'].filter(Boolean).join('·');
}

function table(input: string, rows: Array<Target | Outcome>, extra: (f: Target | Outcome) => string): string[] {
  const out = [`  ${padEnd('id', 6)}${padEnd('indicator', 34)}${padEnd('figure', 16)}${padEnd('dir', 4)}${padEnd('frame', 18)}${padEnd('line:col', 10)}evidence`];
  for (const f of rows) {
    out.push(
      `  ${padEnd(f.id, 6)}${padEnd(truncate(f.indicator || '—', 32), 34)}${padEnd(formatFigure(f), 16)}${padEnd(ARROW[f.direction], 4)}${padEnd(frameTag(f), 18)}` +
        `${padEnd(lineColumn(input, f.span[0]), 10)}${truncate(f.text.replace(/\s+/g, ' '), 40)}${extra(f)}`,
    );
  }
  return out;
}

/** Targets and outcomes as readable tables with the line of each one's evidence. */
export function extractionText(report: Report, extraction: Extraction, file: string | null = null): string {
  const { targets, outcomes } = extraction;
  const repeats = targets.filter((t) => t.repeatOf).length;
  const head = `${file ? `${file}: ` : ''}${report.meta.title ?? '(no title)'}${report.meta.planYear ? ` · plans for ${report.meta.planYear}` : ''}`;
  const out = [head, `  ${targets.length - repeats} targets${repeats ? ` (+${repeats} repeats)` : ''}, ${outcomes.length} outcomes`, ''];
  out.push('Targets (plan parts)');
  out.push(
    ...table(report.input, targets, (f) => {
      const t = f as Target;
      return [t.modality ? ` (${t.modality === 'strive' ? '力争' : '确保'})` : '', t.repeatOf ? ` [repeats ${t.repeatOf}]` : ''].join('');
    }),
  );
  out.push('', 'Outcomes (review parts)');
  out.push(...table(report.input, outcomes, (f) => ((f as Outcome).preliminary ? ' (preliminary)' : '')));
  return inertControls(out.join('\n'));
}
