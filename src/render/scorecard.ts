import type { Scorecard, ScorecardResult, ScoreRow } from '../check/types.js';
import type { Contribution } from '../check/model.js';
import type { Report } from '../report/outline/types.js';
import type { Span } from '../report/span.js';
import { formatFigure } from './extraction.js';
import { CSP_META, escapeHtml } from './html.js';
import { escapeMarkdown as md } from './markdown.js';

/** A scorecard with its reports and its renderers attached. */
export function renderable(card: Scorecard, planReport: Report, reviewReport: Report): ScorecardResult {
  return Object.assign(card, {
    planReport,
    reviewReport,
    toMarkdown: () => scorecardMarkdown(card),
    toCSV: () => scorecardCsv(card),
    toHTML: () => scorecardHtml(card, planReport, reviewReport),
    toJSON: () => scorecardJson(card),
  });
}

/** The scorecard as the JSON of `duizhao check --json` (DESIGN.md's shape, with the settings used). */
export function scorecardJson(card: Scorecard): object {
  return {
    plan: card.plan,
    review: card.review,
    settings: card.settings,
    ...(card.warning ? { warning: card.warning } : {}),
    ...(card.assumptions.length ? { assumptions: card.assumptions } : {}),
    summary: card.summary,
    rows: card.rows,
    ...(card.repeats.length ? { repeats: card.repeats } : {}),
  };
}

export const VERDICT_ZH = { met: '完成', missed: '未完成', unreported: '未报告', unclear: '无法判断' } as const;
const VERDICTS = ['met', 'missed', 'unclear', 'unreported'] as const;

/**
 * The outcome cell: the evidence quoted as written, inside 「」, and what duizhao adds to it outside the
 * quote, after a dash: what the figure measures when its words do not say ('「增长8.1%」 — 国内生产总值'),
 * an estimate, a mention in words only.
 */
export function outcomeText(row: ScoreRow): string {
  if (row.outcome) {
    const { text, indicator } = row.outcome;
    const words = text.replace(/\s+/g, '');
    const notes = [indicator && !words.includes(indicator) ? indicator : '', row.preliminary ? '预计 preliminary' : ''].filter(Boolean);
    return `「${words}」${notes.length ? ` — ${notes.join(', ')}` : ''}`;
  }
  return row.mention ? `「${row.mention.text.replace(/\s+/g, '')}」 — 仅文字表述 words only` : '';
}


/** How a row was decided, in a few words: 'assignment: 3 candidates, likeness 0.97, in the aligned passage'. */
// The comparisons --explain names: those that moved the link's weight by at least this much (log2 odds), and
// of those for the link only the strongest few.
const TOLD = 0.5;
const FOR_THE_LINK = 4;

export function traceText(row: ScoreRow): string {
  const { stage, candidates, similarity, inAlignedPassage, probability, comparisons } = row.trace;
  const seen = [
    `${candidates} candidate${candidates === 1 ? '' : 's'}`,
    probability === null ? null : `probability ${probability.toFixed(2)}`,
    similarity === null ? null : `likeness ${similarity.toFixed(2)}`,
    inAlignedPassage === null ? null : inAlignedPassage ? 'in the aligned passage' : 'outside the aligned passage',
  ].filter(Boolean);
  // What spoke for the link most, then everything that spoke against it: 'name exact +2.1, …; flow stock-for-flow −1.3'.
  const strongest = (cs: Contribution[]) => cs.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  const weighed = [
    ...strongest((comparisons ?? []).filter((c) => c.weight >= TOLD)).slice(0, FOR_THE_LINK),
    ...strongest((comparisons ?? []).filter((c) => c.weight <= -TOLD)),
  ].map((c) => `${c.field} ${c.level} ${c.weight > 0 ? '+' : '−'}${Math.abs(c.weight).toFixed(1)}`);
  return `${stage}: ${seen.join(', ')}${weighed.length ? `; ${weighed.join(', ')}` : ''}`;
}

/** A Markdown table a journalist can paste: target, outcome, verdict, margin, where. */
export function scorecardMarkdown(card: Scorecard, options: { explain?: boolean } = {}): string {
  const { plan, review, summary } = card;
  const out = [
    `# ${md(plan.government ?? '')} ${plan.year ?? ''}年政府工作报告目标完成情况`,
    '',
    `Plan: ${md(plan.file ?? plan.title ?? '')} · review: ${md(review.file ?? review.title ?? '')}`,
    '',
    `**${summary.met}** met · **${summary.missed}** missed · **${summary.unclear}** unclear · **${summary.unreported}** unreported (of ${card.rows.length} targets; 左右 read as ±${+(card.settings.aboutTolerance * 100).toFixed(2)}%)`,
    ...(card.warning ? ['', `> Warning: ${md(card.warning)}`] : []),
    ...(card.assumptions.length ? ['', ...card.assumptions.map((a) => `> - Assumed: ${md(a)}`)] : []),
    '',
    `| # | target | figure | outcome | verdict | margin | reason 说明 | where |${options.explain ? ' trace |' : ''}`,
    `|---|---|---|---|---|---|---|---|${options.explain ? '---|' : ''}`,
  ];
  for (const row of card.rows) {
    const t = row.target;
    out.push(
      `| ${md(t.id)} | ${md(t.text.replace(/\s+/g, ''))} | ${md(formatFigure(t))} | ${md(outcomeText(row))} | ${row.verdict} ${VERDICT_ZH[row.verdict]} | ${md(row.margin?.text ?? '')} | ${md(`${row.reasonZh}（${row.reason}）`)} | ${md(t.section)} |${options.explain ? ` ${md(traceText(row))} |` : ''}`,
    );
  }
  if (card.repeats.length) {
    out.push('', `Repeated in the plan (scored once, with the target they repeat):`, '');
    for (const t of card.repeats) out.push(`- ${md(t.id)} 「${md(t.text.replace(/\s+/g, ''))}」 repeats ${md(t.repeatOf ?? '')}`);
  }
  return out.join('\n');
}

// A text cell a spreadsheet would run as a formula (OWASP CSV injection): '=HYPERLINK(…)', '+…', '-…', '@…'.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

// Government, level and plan year first, so that the files of many pairs stack into one table.
export const CSV_COLUMNS = [
  'government', 'level', 'plan_year', 'id', 'indicator', 'target', 'value', 'high', 'unit', 'comparator', 'direction', 'outcome', 'outcome_value', 'outcome_unit',
  'preliminary', 'verdict', 'verdict_zh', 'margin', 'margin_text', 'confidence', 'reason', 'reason_zh', 'section', 'target_start', 'target_end', 'outcome_start', 'outcome_end',
];

/** One row per target, UTF-8 with a BOM so spreadsheet programs open the Chinese correctly. */
export function scorecardCsv(card: Scorecard): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of card.rows) lines.push(csvCells(row, card.plan).map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}`;
}

/** A row's cells under CSV_COLUMNS, for the pair of reports whose plan is `plan`. */
export function csvCells(row: ScoreRow, plan: { government: string | null; level: string | null; year: number | null }): Array<string | number | null | undefined> {
  const t = row.target;
  const o = row.outcome;
  return [
    plan.government, plan.level, plan.year,
    t.id, t.indicator, t.text.replace(/\s+/g, ''), t.value, t.high, t.unit, t.comparator, t.direction,
    o ? o.text.replace(/\s+/g, '') : (row.mention?.text.replace(/\s+/g, '') ?? ''), o?.value, o?.unit, row.preliminary ? 'yes' : 'no',
    row.verdict, VERDICT_ZH[row.verdict], row.margin?.value, row.margin?.text, row.confidence.toFixed(2), row.reason, row.reasonZh, t.section, t.span[0], t.span[1], o?.span[0], o?.span[1],
  ];
}

const STYLE = `
* { box-sizing: border-box; }
body { font: 15px/1.6 "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 0; color: #222; }
header, main { max-width: 1200px; margin: 0 auto; padding: 0 16px; }
h1 { font-size: 1.3rem; margin: 1rem 0 .3rem; } h2 { font-size: 1.1rem; margin-top: 1.5rem; }
.summary span { display: inline-block; margin-right: 1rem; font-weight: bold; }
td.met, td.missed, td.unclear, td.unreported { white-space: nowrap; }
.met { color: #17692c; } .missed { color: #a11; } .unclear { color: #8a6100; } .unreported { color: #666; }
table { border-collapse: collapse; width: 100%; } td, th { border-bottom: 1px solid #ddd; padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #f4f4f4; position: sticky; top: 0; }
.doc { white-space: pre-wrap; word-break: break-all; border: 1px solid #ddd; padding: 8px; max-height: 70vh; overflow: auto; }
mark { background: #ffe58a; } mark:target { background: #ffb347; outline: 2px solid #d9822b; }
.cols { display: flex; gap: 16px; } .cols > div { flex: 1 1 0; min-width: 0; }
@media (max-width: 760px) { .cols { flex-direction: column; } table, thead, tbody, tr, td { display: block; } thead { display: none; } td { border: 0; padding: 1px 4px; } tr { border-bottom: 1px solid #ccc; padding: 6px 0; }
  td[data-label]::before { content: attr(data-label) "："; color: #666; font-size: .85em; } }
.filter { margin: .5rem 0; } .filter label { margin-right: .8rem; cursor: pointer; }
${VERDICTS.map((v) => `#show-${v}:checked ~ table tr.row:not(.${v})`).join(', ')} { display: none; }
`;

// A filter by verdict that needs no script (the page runs none): radio buttons before the table.
const FILTER = `<span class="filter">Show: </span><input type="radio" name="show" id="show-all" checked><label for="show-all">all 全部</label>${VERDICTS.map(
  (v) => `<input type="radio" name="show" id="show-${v}"><label for="show-${v}" class="${v}">${v} ${VERDICT_ZH[v]}</label>`,
).join('')}`;

interface Mark {
  id: string;
  span: Span;
}

/**
 * Highlights that can be drawn in one text: marks in order, each skipped when it overlaps one already
 * drawn. `anchor(span)` is the drawn mark a row should link to: the one that overlaps its span.
 */
function layout(marks: readonly Mark[]): { drawn: Mark[]; anchor: (span: Span) => string | undefined } {
  const drawn: Mark[] = [];
  for (const m of [...marks].sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1])) {
    const last = drawn[drawn.length - 1];
    if (!last || m.span[0] >= last.span[1]) drawn.push(m);
  }
  return { drawn, anchor: (span) => drawn.find((m) => m.span[0] < span[1] && span[0] < m.span[1])?.id };
}

/** A report's text with the drawn marks highlighted, each an anchor. */
function markedText(input: string, drawn: readonly Mark[]): string {
  let out = '';
  let at = 0;
  for (const m of drawn) {
    out += escapeHtml(input.slice(at, m.span[0]));
    out += `<mark id="${escapeHtml(m.id)}">${escapeHtml(input.slice(m.span[0], m.span[1]))}</mark>`;
    at = m.span[1];
  }
  return out + escapeHtml(input.slice(at));
}

/**
 * One self-contained page (no script, no network): summary counts, the table, and both reports'
 * texts with every row's evidence highlighted and linked from the table.
 */
export function scorecardHtml(card: Scorecard & { planReport?: Report; reviewReport?: Report }, plan = card.planReport, review = card.reviewReport): string {
  // A card from checkTargets or compare carries its reports; a bare one (parsed from JSON) needs them given.
  if (!plan || !review) throw new TypeError('scorecardHtml needs the two reports: pass a card from checkTargets() or compare(), or give (card, planReport, reviewReport)');
  const { summary } = card;
  const planMarks = layout(card.rows.map((r) => ({ id: `plan-${r.target.id}`, span: r.target.span })));
  const evidence = (r: ScoreRow) => r.outcome?.span ?? r.mention?.span ?? null;
  const reviewMarks = layout(card.rows.flatMap((r) => (evidence(r) ? [{ id: `review-${r.target.id}`, span: evidence(r)! }] : [])));
  const rows = card.rows
    .map((r) => {
      const t = r.target;
      const span = evidence(r);
      const reviewId = span ? reviewMarks.anchor(span) : undefined;
      return `<tr class="row ${r.verdict}"><td data-label="#">${escapeHtml(t.id)}</td><td data-label="target"><a href="#${escapeHtml(planMarks.anchor(t.span) ?? '')}">${escapeHtml(t.text.replace(/\s+/g, ''))}</a></td><td data-label="figure">${escapeHtml(formatFigure(t))}</td>
<td data-label="outcome">${reviewId ? `<a href="#${escapeHtml(reviewId)}">${escapeHtml(outcomeText(r))}</a>` : escapeHtml(outcomeText(r))}</td>
<td data-label="verdict" class="${r.verdict}">${r.verdict} ${VERDICT_ZH[r.verdict]}</td><td data-label="margin">${escapeHtml(r.margin?.text ?? '')}</td><td data-label="reason 说明">${escapeHtml(r.reasonZh)}<br><small>${escapeHtml(r.reason)}</small></td><td data-label="confidence">${r.confidence.toFixed(2)}</td></tr>`;
    })
    .join('\n');
  const title = `${escapeHtml(card.plan.government ?? '')} ${card.plan.year ?? ''}年政府工作报告 · 目标完成情况`;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">${CSP_META}<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><style>${STYLE}</style></head>
<body><header><h1>${title}</h1>
<p>Plan: ${escapeHtml(card.plan.file ?? card.plan.title ?? '')} · review: ${escapeHtml(card.review.file ?? card.review.title ?? '')}</p>
<p class="summary"><span class="met">${summary.met} met</span><span class="missed">${summary.missed} missed</span><span class="unclear">${summary.unclear} unclear</span><span class="unreported">${summary.unreported} unreported</span></p>
${card.warning ? `<p class="missed">Warning: ${escapeHtml(card.warning)}</p>` : ''}${card.assumptions.map((a) => `<p class="assumed">Assumed: ${escapeHtml(a)}</p>`).join('')}
<p>左右 is read as ±${+(card.settings.aboutTolerance * 100).toFixed(2)}% of the target. Click a target or an outcome to see it in its report.</p></header>
<main>${FILTER}<table><thead><tr><th>#</th><th>target</th><th>figure</th><th>outcome</th><th>verdict</th><th>margin</th><th>reason 说明</th><th>confidence</th></tr></thead>
<tbody>${rows}</tbody></table>
<div class="cols"><div><h2>Plan report</h2><div class="doc" id="plan">${markedText(plan.input, planMarks.drawn)}</div></div>
<div><h2>Review report</h2><div class="doc" id="review">${markedText(review.input, reviewMarks.drawn)}</div></div></div>
</main></body></html>
`;
}
