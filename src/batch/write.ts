import { escapeMarkdown as cell } from '../render/markdown.js';
import { csvCells, csvField, CSV_COLUMNS, outcomeText, VERDICT_ZH } from '../render/scorecard.js';
import { formatFigure } from '../render/extraction.js';
import type { Verdict } from '../check/types.js';
import type { BatchPair, BatchRow, Place, Unpaired } from './types.js';

export type BatchFormat = 'csv' | 'json' | 'md';

/**
 * Writes a batch's table piece by piece as pairs arrive, so that a run stopped half-way keeps what
 * finished: `start` once, `pair` for each scored pair, `unpaired` for each report left out, `end` once.
 * Each returns the text to append.
 */
export interface BatchWriter {
  start(): string;
  pair(pair: BatchPair, rows: readonly BatchRow[]): string;
  unpaired(u: Unpaired): string;
  end(): string;
}

const where = (p: Place | null) => (p ? `${p.file}:${p.line}:${p.column}` : '');

// The scorecard's columns, then where each figure stands in which file.
const BATCH_CSV_COLUMNS = [...CSV_COLUMNS, 'plan_file', 'target_line', 'target_column', 'review_file', 'outcome_line', 'outcome_column'];

function csvWriter(): BatchWriter {
  return {
    // UTF-8 with a BOM, as `check --format csv`: spreadsheet programs then open the Chinese correctly.
    start: () => `\uFEFF${BATCH_CSV_COLUMNS.join(',')}\r\n`,
    pair: (_, rows) =>
      rows
        .map((r) =>
          [...csvCells(r, { government: r.government, level: r.level, year: r.planYear }), r.plan, r.where.target.line, r.where.target.column, r.review, r.where.outcome?.line, r.where.outcome?.column]
            .map(csvField)
            .join(','),
        )
        .map((line) => `${line}\r\n`)
        .join(''),
    unpaired: () => '',
    end: () => '',
  };
}

/** DESIGN.md's `{ pairs, unpaired, rows }`, the rows first so that they can be written as they come. */
function jsonWriter(): BatchWriter {
  const pairs: BatchPair[] = [];
  const unpaired: Unpaired[] = [];
  let first = true;
  return {
    start: () => '{\n"rows": [',
    pair: (pair, rows) => {
      pairs.push(pair);
      let text = '';
      for (const r of rows) {
        text += `${first ? '' : ','}\n${JSON.stringify(r)}`;
        first = false;
      }
      return text;
    },
    unpaired: (u) => (unpaired.push(u), ''),
    end: () => `\n],\n"pairs": ${JSON.stringify(pairs, null, 1)},\n"unpaired": ${JSON.stringify(unpaired, null, 1)}\n}\n`,
  };
}

function markdownWriter(): BatchWriter {
  const pairs: BatchPair[] = [];
  const unpaired: Unpaired[] = [];
  return {
    start: () =>
      ['# 政府工作报告目标完成情况 · targets and outcomes', '', '| government | year | target | figure | outcome | verdict | margin | reason 说明 | where |', '|---|---|---|---|---|---|---|---|---|', ''].join('\n'),
    pair: (pair, rows) => {
      pairs.push(pair);
      return rows
        .map(
          (r) =>
            `| ${cell(r.government)} | ${r.planYear} | ${cell(r.target.text.replace(/\s+/g, ''))} | ${cell(formatFigure(r.target))} | ${cell(outcomeText(r))} | ${r.verdict} ${VERDICT_ZH[r.verdict]} | ${cell(r.margin?.text ?? '')} | ${cell(`${r.reasonZh}（${r.reason}）`)} | ${cell(where(r.where.target))}${r.where.outcome ? ` → ${cell(where(r.where.outcome))}` : ''} |\n`,
        )
        .join('');
    },
    unpaired: (u) => (unpaired.push(u), ''),
    end: () => {
      const count = (v: Verdict) => pairs.reduce((n, p) => n + p.summary[v], 0);
      const out = ['', `## Pairs (${pairs.length})`, ''];
      for (const p of pairs) out.push(`- ${cell(p.government)} ${p.planYear} → ${p.planYear + 1}: ${p.summary.met} met · ${p.summary.missed} missed · ${p.summary.unclear} unclear · ${p.summary.unreported} unreported (${cell(p.plan)} → ${cell(p.review)})`);
      out.push('', `All pairs: **${count('met')}** met · **${count('missed')}** missed · **${count('unclear')}** unclear · **${count('unreported')}** unreported`);
      if (unpaired.length) {
        out.push('', `## Left out (${unpaired.length})`, '');
        for (const u of unpaired) out.push(`- ${cell(u.file)}: ${cell(u.reason)}`);
      }
      return `${out.join('\n')}\n`;
    },
  };
}

/** A writer for a batch's output format. */
export function batchWriter(format: BatchFormat): BatchWriter {
  return format === 'csv' ? csvWriter() : format === 'json' ? jsonWriter() : markdownWriter();
}
