import type { SectionRef } from '../align/index.js';
import type { DiffPiece, ReportDiff, SectionDiff } from '../diff/types.js';
import type { Report } from '../report/outline/types.js';
import type { Span } from '../report/span.js';
import { CSP_META, escapeHtml } from './html.js';

const STYLE = `
:root { --ins: #d7f5dd; --del: #fbe0e0; --line: #d8d8d8; --muted: #666; }
* { box-sizing: border-box; }
body { font: 16px/1.7 "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 0; color: #222; }
header, main, nav { max-width: 1200px; margin: 0 auto; padding: 0 16px; }
h1 { font-size: 1.3rem; margin: 1rem 0 .2rem; }
.meta { color: var(--muted); font-size: .9rem; }
nav ol { padding-left: 1.2rem; }
nav a { text-decoration: none; }
section.pair { border-top: 1px solid var(--line); padding: .8rem 0; }
.cols { display: flex; gap: 16px; }
.cols > div { flex: 1 1 0; min-width: 0; }
.cols h3 { font-size: 1rem; margin: .2rem 0; }
.side { white-space: pre-wrap; word-break: break-all; }
ins { background: var(--ins); text-decoration: none; }
/* No line through deleted characters: a struck 二 reads as 三. */
del { background: var(--del); text-decoration: none; border-bottom: 2px solid #c44; }
ins { text-decoration: none; border-bottom: 2px solid #2a7; }
.flag { display: inline-block; font-size: .8rem; padding: 0 .4rem; border-radius: 3px; margin-left: .4rem; }
.flag.new { background: var(--ins); }
.flag.dropped { background: var(--del); }
.score { color: var(--muted); font-size: .85rem; }
table { border-collapse: collapse; font-size: .9rem; }
td, th { border: 1px solid var(--line); padding: 2px 8px; text-align: left; }
@media (max-width: 700px) { .cols { flex-direction: column; } body { font-size: 15px; } }
`;

/** One side of a pair: the original text of its section, with its deleted or inserted words marked. */
function markedSide(input: string, span: Span, pieces: DiffPiece[], side: 'a' | 'b'): string {
  const tag = side === 'a' ? 'del' : 'ins';
  const changed = side === 'a' ? 'delete' : 'insert';
  let out = '';
  let at = span[0];
  for (const piece of pieces) {
    const where = piece[side];
    if (!where) continue;
    out += escapeHtml(input.slice(at, where[0]));
    const text = escapeHtml(input.slice(where[0], where[1]));
    out += piece.op === changed ? `<${tag}>${text}</${tag}>` : text;
    at = where[1];
  }
  return out + escapeHtml(input.slice(at, span[1]));
}

function pairSection(a: Report, b: Report, s: SectionDiff, k: number): string {
  return `<section class="pair" id="pair-${k}" data-a="${s.a.span.join('-')}" data-b="${s.b.span.join('-')}">
<div class="score">pair ${k + 1} · score ${s.score.toFixed(2)} · ${s.kept} words kept, ${s.deleted} deleted, ${s.inserted} inserted${s.truncated ? ' · too different to diff word by word' : ''}</div>
<div class="cols"><div><h3>${escapeHtml(s.a.heading)}</h3><div class="side">${markedSide(a.input, s.a.span, s.pieces, 'a')}</div></div>
<div><h3>${escapeHtml(s.b.heading)}</h3><div class="side">${markedSide(b.input, s.b.span, s.pieces, 'b')}</div></div></div>
</section>`;
}

function lonely(report: Report, r: SectionRef, kind: 'new' | 'dropped', k: number): string {
  const label = kind === 'new' ? 'only in B: new' : 'only in A: dropped';
  return `<section class="pair ${kind}" id="${kind}-${k}"><h3>${escapeHtml(r.heading)}<span class="flag ${kind}">${label}</span></h3>
<div class="side">${escapeHtml(report.input.slice(r.span[0], r.span[1]))}</div></section>`;
}

function title(report: Report, file: string): string {
  const m = report.meta;
  return `${escapeHtml(file)} — ${escapeHtml([m.government, m.title, m.planYear ? `${m.planYear}` : null].filter(Boolean).join(' · '))}`;
}

/** The diff as one self-contained HTML page (no script, no network): pairs side by side, changes marked. */
export function diffHtml(diff: ReportDiff, a: Report, b: Report, fileA: string, fileB: string): string {
  const nav = [
    ...diff.sections.map((s, k) => `<li><a href="#pair-${k}">${escapeHtml(s.a.heading)} ⇄ ${escapeHtml(s.b.heading)}</a></li>`),
    ...diff.dropped.map((r, k) => `<li><a href="#dropped-${k}">${escapeHtml(r.heading)}</a><span class="flag dropped">dropped</span></li>`),
    ...diff.added.map((r, k) => `<li><a href="#new-${k}">${escapeHtml(r.heading)}</a><span class="flag new">new</span></li>`),
  ].join('\n');
  const terms = diff.terms
    .map((t) => `<tr><td>${escapeHtml(t.term)}</td><td>${t.change}</td><td>${t.a}</td><td>${t.b}</td></tr>`)
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">${CSP_META}<meta name="viewport" content="width=device-width, initial-scale=1">
<title>duizhao diff</title><style>${STYLE}</style></head>
<body>
<header><h1>对照 · duizhao diff</h1><div class="meta">A: ${title(a, fileA)}<br>B: ${title(b, fileB)}</div>
<p class="meta">${diff.sections.length} sections paired, ${diff.dropped.length} only in A, ${diff.added.length} only in B. <del>Deleted</del> words are marked in A, <ins>inserted</ins> words in B.</p></header>
<nav><ol>${nav}</ol></nav>
<main>
${diff.sections.map((s, k) => pairSection(a, b, s, k)).join('\n')}
${diff.dropped.map((r, k) => lonely(a, r, 'dropped', k)).join('\n')}
${diff.added.map((r, k) => lonely(b, r, 'new', k)).join('\n')}
<section class="pair" id="terms"><h3>Term shifts</h3>
<table><thead><tr><th>term</th><th>change</th><th>A</th><th>B</th></tr></thead><tbody>
${terms}
</tbody></table></section>
</main></body></html>
`;
}
