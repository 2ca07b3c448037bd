import type { Verdict } from '../check/types.js';
import { DEFAULT_SETTINGS } from '../check/index.js';
// The scorecard's words, so the chart and the table say the same thing.
import { VERDICT_ZH } from '../render/scorecard.js';
import type { TrackEvidence, TrackPoint, TrackSeries } from './types.js';
import { escapeHtml } from '../render/html.js';
import { displayWidth, truncate } from '../render/width.js';

/**
 * One indicator's targets and outcomes over the years as one self-contained SVG document: no
 * script, stylesheet, font or image to load, so it works inline in a page, opened as a file and in
 * a notebook. Every marker links to its evidence (`file#char=start,end`, RFC 5147) and carries a
 * <title> quoting it, so hovering shows the words the figure came from.
 */

const FONT = 'Noto Sans CJK SC, PingFang SC, Microsoft YaHei, sans-serif';
const COLOUR: Record<Verdict, string> = { met: '#17692c', missed: '#a11', unclear: '#8a6100', unreported: '#666' };
const INK = '#222';
const MUTED = '#555';
const LINE = '#4a4a4a';
/** `about` targets are read as the scorecard reads them by default. */
const ABOUT = DEFAULT_SETTINGS.aboutTolerance;

export interface TrackSvgOptions {
  width?: number;
  height?: number;
}

export function trackSvg(series: TrackSeries, options: TrackSvgOptions = {}): string {
  if (series.points.length === 0) throw new Error('trackSvg: the series has no points');
  const points = [...series.points].sort((a, b) => a.planYear - b.planYear);
  for (const p of points) {
    const values = [p.planYear, p.target.value, p.target.high ?? 0, p.outcome?.value ?? 0];
    if (!values.every(Number.isFinite)) throw new Error(`trackSvg: a value of ${p.planYear} is not a finite number`);
  }
  const first = points[0]!.planYear;
  const years = points[points.length - 1]!.planYear - first + 1;
  // Sizes below these leave no room for the header and axes; a bad size falls back to the default.
  const given = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? Math.round(v) : undefined);
  const width = Math.max(360, given(options.width) ?? Math.min(1040, Math.max(560, 160 + 84 * years)));
  const height = Math.max(260, given(options.height) ?? 400);

  const kinds = new Set(points.map((p) => p.target.comparator));
  const verdicts = new Set(points.map((p) => p.verdict));

  // Header: the title, then the unit and a legend, wrapped to a second line when it does not fit.
  const PAD = 16;
  const title = `${series.government} · ${series.label}`;
  const legend = legendItems(kinds, verdicts);
  const unitText = `单位 unit: ${series.unit || '—'}`;
  const lines: LegendItem[][] = [[]];
  let x = PAD + textWidth(unitText, 12) + 18;
  for (const item of legend) {
    const w = 16 + textWidth(item.text, 12) + 14;
    if (x + w > width - PAD && lines[lines.length - 1]!.length > 0) {
      lines.push([]);
      x = PAD;
    }
    lines[lines.length - 1]!.push({ ...item, x });
    x += w;
  }
  const headerBottom = 48 + 18 * (lines.length - 1);

  // The value scale: every target, band and outcome, a little padding, then widened to round ticks.
  const scale = valueScale(points);
  const tickLabels = scale.ticks.map((t) => formatTick(t, scale.step));
  const left = PAD + Math.max(...tickLabels.map((t) => textWidth(t, 11))) + 8;
  const right = width - PAD - 8;
  const top = headerBottom + 22;
  const band = (right - left) / years;
  // Crowded years get slanted labels and no verdict words under them.
  const slant = band < 38;
  const bottom = height - (slant ? 46 : 42);
  const y = (v: number) => bottom - ((v - scale.lo) / (scale.hi - scale.lo)) * (bottom - top);
  const cx = (year: number) => left + band * (year - first + 0.5);
  // Target a little left of the year, outcome a little right: both stay visible and hoverable when equal.
  const offset = Math.min(10, Math.max(3, band * 0.14));

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" font-family="${FONT}">`,
    `<title>${esc(title)}</title>`,
    `<desc>${esc(describe(series, points))}</desc>`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    // A title too long for the picture is cut; the <title> above keeps it whole.
    `<text x="${PAD}" y="26" font-size="16" font-weight="700" fill="${INK}">${esc(truncate(title, Math.floor((width - 2 * PAD) / 9)))}</text>`,
    `<text x="${PAD}" y="48" font-size="12" fill="${MUTED}">${esc(unitText)}</text>`,
  );
  lines.forEach((line, i) => {
    for (const item of line) out.push(legendSymbol(item, item.x, 48 + 18 * i));
  });

  // Grid and value ticks; the zero line darker, since a fall below zero is what a reader looks for.
  scale.ticks.forEach((t, i) => {
    const ty = n(y(t));
    const zero = t === 0;
    out.push(`<line x1="${n(left)}" x2="${n(right)}" y1="${ty}" y2="${ty}" stroke="${zero ? '#777' : '#e4e4e4'}" stroke-width="${zero ? 1.2 : 1}"/>`);
    out.push(`<text x="${n(left - 6)}" y="${n(y(t) + 4)}" font-size="11" fill="${MUTED}" text-anchor="end">${esc(tickLabels[i]!)}</text>`);
  });
  out.push(`<line x1="${n(left)}" x2="${n(right)}" y1="${n(bottom)}" y2="${n(bottom)}" stroke="#999"/>`);

  // Year labels, every year from first to last, with the verdict in words under it (not colour alone).
  const byYear = new Map(points.map((p) => [p.planYear, p]));
  for (let year = first; year < first + years; year++) {
    const lx = n(cx(year));
    if (slant) {
      out.push(`<text x="${lx}" y="${n(bottom + 14)}" font-size="11" fill="${INK}" text-anchor="end" transform="rotate(-45 ${lx} ${n(bottom + 14)})">${year}</text>`);
      continue;
    }
    out.push(`<text x="${lx}" y="${n(bottom + 17)}" font-size="12" fill="${INK}" text-anchor="middle">${year}</text>`);
    const p = byYear.get(year);
    if (p) out.push(`<text x="${lx}" y="${n(bottom + 33)}" font-size="11" fill="${COLOUR[p.verdict]}" text-anchor="middle">${VERDICT_ZH[p.verdict]}</text>`);
  }

  // The outcome line, broken where a year has no outcome (or no point at all).
  let path = '';
  let previous: TrackPoint | null = null;
  for (const p of points) {
    if (p.outcome) {
      const joined = previous?.outcome && p.planYear - previous.planYear === 1;
      path += `${joined ? 'L' : 'M'}${n(cx(p.planYear) + offset)} ${n(y(p.outcome.value))}`;
    }
    previous = p;
  }
  if (path.includes('L')) out.push(`<path d="${path}" fill="none" stroke="${LINE}" stroke-width="1.5" stroke-linejoin="round"/>`);

  // Value labels go where they collide with nothing already placed; the tooltip has every figure anyway.
  const placed: Box[] = [];
  const markers: string[] = [];
  for (const p of points) {
    const tx = cx(p.planYear) - offset;
    const colour = COLOUR[p.verdict];
    const shapes = targetShapes(p, tx, y, colour);
    placed.push(...shapes.boxes);
    markers.push(link(p.target, targetTip(p), shapes.svg));
  }
  for (const p of points) {
    if (!p.outcome) continue;
    const ox = cx(p.planYear) + offset;
    const oy = y(p.outcome.value);
    const missed = p.verdict === 'missed';
    const r = missed ? 6 : 5;
    let svg = `<circle cx="${n(ox)}" cy="${n(oy)}" r="${r}" fill="${COLOUR[p.verdict]}" stroke="#fff" stroke-width="1.5"/>`;
    // A missed outcome carries a ✕ so the verdict reads without colour.
    if (missed) svg += cross(ox, oy, 2.6, '#fff', 1.6);
    placed.push(box(ox - r, oy - r, 2 * r, 2 * r));
    markers.push(link(p.outcome, outcomeTip(p), svg));
  }
  const labels: string[] = [];
  const label = (text: string, atX: number, atY: number, anchor: 'start' | 'end', colour: string) => {
    text = minus(text);
    const w = textWidth(text, 10.5);
    const b = box(anchor === 'end' ? atX - w : atX, atY - 8, w, 11);
    if (b.x < left || b.x + b.w > width - 2 || placed.some((o) => overlaps(o, b))) return;
    placed.push(b);
    // A white halo keeps the figure readable where the outcome line runs behind it.
    labels.push(`<text x="${n(atX)}" y="${n(atY + 3.5)}" font-size="10.5" fill="${colour}" stroke="#fff" stroke-width="3" stroke-linejoin="round" paint-order="stroke" text-anchor="${anchor}">${esc(text)}</text>`);
  };
  // Outcomes first: what happened matters more than what was promised.
  for (const p of points) if (p.outcome) label(figure(p.outcome.value), cx(p.planYear) + offset + 8, y(p.outcome.value), 'start', COLOUR[p.verdict]);
  for (const p of points) label(targetFigure(p), cx(p.planYear) - offset - bandHalf(p) - 4, y(targetMid(p)), 'end', MUTED);

  out.push(...markers, ...labels, '</svg>');
  return `${out.join('\n')}\n`;
}

// ── scale ───────────────────────────────────────────────────────────────────────────────────────

interface Scale {
  lo: number;
  hi: number;
  step: number;
  ticks: number[];
}

function valueScale(points: TrackPoint[]): Scale {
  const values: number[] = [];
  for (const p of points) {
    const [lo, hi] = targetBand(p);
    values.push(lo, hi);
    if (p.outcome) values.push(p.outcome.value);
  }
  const min = Math.min(...values);
  // A fall below zero is drawn against a zero line, so zero is in view whenever a value is negative.
  const max = Math.max(...values, min < 0 ? 0 : -Infinity);
  const span = max - min;
  // All values equal: pad by a tenth of the value (or 1) so the scale never divides by zero.
  const pad = span > 0 ? span * 0.08 : Math.max(Math.abs(max) * 0.1, 1);
  // Padding must not invent a negative axis for figures that are all zero or above.
  const lo = min >= 0 ? Math.max(0, min - pad) : min - pad;
  const hi = max + pad;
  const step = niceStep((hi - lo) / 5);
  const ticks: number[] = [];
  for (let k = Math.floor(lo / step + 1e-9); k <= Math.ceil(hi / step - 1e-9); k++) ticks.push(round(k * step, 10));
  return { lo: ticks[0]!, hi: ticks[ticks.length - 1]!, step, ticks };
}

/** 1, 2 or 5 times a power of ten: ticks a reader can count in. */
function niceStep(raw: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const f = raw / magnitude;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * magnitude;
}

function formatTick(t: number, step: number): string {
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  const s = t.toFixed(decimals);
  return minus(/^-0(\.0*)?$/.test(s) ? s.slice(1) : s);
}

// ── markers ─────────────────────────────────────────────────────────────────────────────────────

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
const box = (x: number, y: number, w: number, h: number): Box => ({ x, y, w, h });
const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** The values a target covers: value..high for a range, value ±5% for `about`, else the value. */
function targetBand(p: TrackPoint): [number, number] {
  const t = p.target;
  if (t.comparator === 'range' && t.high !== null) return [Math.min(t.value, t.high), Math.max(t.value, t.high)];
  if (t.comparator === 'about') {
    const d = Math.abs(t.value) * ABOUT;
    return [t.value - d, t.value + d];
  }
  return [t.value, t.value];
}

function targetMid(p: TrackPoint): number {
  const [lo, hi] = targetBand(p);
  return p.target.comparator === 'range' ? (lo + hi) / 2 : p.target.value;
}

/** Half the band's width: an `about` band is wider than its point, so the ±5% shows around it. */
function bandHalf(p: TrackPoint): number {
  return p.target.comparator === 'about' ? 11 : p.target.comparator === 'range' ? 7 : 5;
}

function targetShapes(p: TrackPoint, x: number, y: (v: number) => number, colour: string): { svg: string; boxes: Box[] } {
  const t = p.target;
  const [lo, hi] = targetBand(p);
  const boxes: Box[] = [];
  let svg = '';
  const dash = p.verdict === 'unreported' ? ' stroke-dasharray="2.5 2"' : '';
  if (t.comparator === 'range' || t.comparator === 'about') {
    const top = y(hi);
    const h = Math.max(2, y(lo) - top);
    const stroke = t.comparator === 'range' ? ` stroke="${colour}" stroke-width="1.5"${dash}` : '';
    const half = bandHalf(p);
    svg += `<rect x="${n(x - half)}" y="${n(top - (h === 2 ? 1 : 0))}" width="${2 * half}" height="${n(h)}" rx="2" fill="${colour}" fill-opacity="${t.comparator === 'range' ? 0.2 : 0.18}"${stroke}/>`;
    boxes.push(box(x - half, top, 2 * half, h));
  }
  const cy = y(t.value);
  // A range is its band; every other target is also a hollow point at its value.
  if (t.comparator !== 'range') {
    svg += `<circle cx="${n(x)}" cy="${n(cy)}" r="5" fill="#fff" stroke="${colour}" stroke-width="2"${dash}/>`;
    boxes.push(box(x - 5, cy - 5, 10, 10));
  }
  // A floor points up, a ceiling down: which side of the target counts as met.
  if (t.comparator === 'at_least') {
    svg += `<path d="M${n(x)} ${n(cy - 13)}L${n(x - 4)} ${n(cy - 7.5)}L${n(x + 4)} ${n(cy - 7.5)}Z" fill="${colour}"/>`;
    boxes.push(box(x - 4, cy - 13, 8, 6));
  } else if (t.comparator === 'at_most') {
    svg += `<path d="M${n(x)} ${n(cy + 13)}L${n(x - 4)} ${n(cy + 7.5)}L${n(x + 4)} ${n(cy + 7.5)}Z" fill="${colour}"/>`;
    boxes.push(box(x - 4, cy + 7, 8, 6));
  }
  // Missed with nothing reported to mark: the ✕ goes on the target instead.
  if (p.verdict === 'missed' && !p.outcome) svg += cross(x, t.comparator === 'range' ? y(targetMid(p)) : cy, 3, colour, 1.8);
  return { svg, boxes };
}

function cross(x: number, y: number, d: number, colour: string, width: number): string {
  return `<path d="M${n(x - d)} ${n(y - d)}L${n(x + d)} ${n(y + d)}M${n(x - d)} ${n(y + d)}L${n(x + d)} ${n(y - d)}" stroke="${colour}" stroke-width="${width}" stroke-linecap="round"/>`;
}

// ── links and tooltips ──────────────────────────────────────────────────────────────────────────

/** Wraps a marker in a link to its evidence; the <title> is what hovering shows. */
function link(evidence: TrackEvidence, tip: string, shapes: string): string {
  const href = esc(`${fileHref(evidence.file)}#char=${evidence.span[0]},${evidence.span[1]}`);
  return `<a href="${href}" xlink:href="${href}"><title>${esc(tip)}</title>${shapes}</a>`;
}

/** The file as given, each path segment URL-encoded (Windows separators read as '/'). */
function fileHref(file: string): string {
  return file.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
}

function where(e: TrackEvidence): string {
  return `“${e.text}”\n${e.file}:${e.line}:${e.column}`;
}

function verdictLine(p: TrackPoint): string {
  return `${VERDICT_ZH[p.verdict]} ${p.verdict} · ${p.reasonZh}\n${p.reason}`;
}

function targetTip(p: TrackPoint): string {
  return `${p.planYear} 目标 target: ${targetFigure(p)}${p.target.unit}\n${where(p.target)}\n${verdictLine(p)}`;
}

function outcomeTip(p: TrackPoint): string {
  const o = p.outcome!;
  return `${p.planYear} 实际 outcome: ${figure(o.value)}${o.unit}\n${where(o)}\n${verdictLine(p)}`;
}

function targetFigure(p: TrackPoint): string {
  const t = p.target;
  const v = figure(t.value);
  switch (t.comparator) {
    case 'range':
      return `${v}–${figure(t.high ?? t.value)}`;
    case 'about':
      return `~${v}`;
    case 'at_least':
      return `≥${v}`;
    case 'at_most':
      return `≤${v}`;
    default:
      return v;
  }
}

function describe(series: TrackSeries, points: TrackPoint[]): string {
  const count = (v: Verdict) => points.filter((p) => p.verdict === v).length;
  const years = `${points[0]!.planYear}–${points[points.length - 1]!.planYear}`;
  const each = points
    .map((p) => `${p.planYear}: target ${targetFigure(p)}, outcome ${p.outcome ? figure(p.outcome.value) : 'none'}, ${p.verdict}`)
    .join('; ');
  return (
    `${series.government} ${series.label} (${series.unit}), targets and outcomes ${years}: ` +
    `${count('met')} met, ${count('missed')} missed, ${count('unclear')} unclear, ${count('unreported')} unreported. ${each}.`
  );
}

// ── legend ──────────────────────────────────────────────────────────────────────────────────────

type Mark = 'target' | 'outcome' | 'band' | 'floor' | 'ceiling' | Verdict;
interface LegendItem {
  symbol: Mark;
  text: string;
  x: number;
}

function legendItems(kinds: Set<string>, verdicts: Set<Verdict>): LegendItem[] {
  const items: Array<[Mark, string]> = [
    ['target', '目标 target'],
    ['outcome', '实际 outcome'],
  ];
  if (kinds.has('range') || kinds.has('about')) items.push(['band', kinds.has('range') ? '区间/约 range/about' : '约 about ±5%']);
  if (kinds.has('at_least')) items.push(['floor', '下限 floor']);
  if (kinds.has('at_most')) items.push(['ceiling', '上限 ceiling']);
  for (const v of ['met', 'missed', 'unclear', 'unreported'] as const) if (verdicts.has(v)) items.push([v, `${VERDICT_ZH[v]} ${v}`]);
  return items.map(([symbol, text]) => ({ symbol, text, x: 0 }));
}

function legendSymbol(item: LegendItem, x: number, baseline: number): string {
  const cx = x + 6;
  const cy = baseline - 4;
  let shape: string;
  switch (item.symbol) {
    case 'target':
      shape = `<circle cx="${n(cx)}" cy="${n(cy)}" r="4.5" fill="#fff" stroke="${INK}" stroke-width="2"/>`;
      break;
    case 'outcome':
      shape = `<line x1="${n(x - 1)}" x2="${n(x + 13)}" y1="${n(cy)}" y2="${n(cy)}" stroke="${LINE}" stroke-width="1.5"/><circle cx="${n(cx)}" cy="${n(cy)}" r="4.5" fill="${INK}"/>`;
      break;
    case 'band':
      shape = `<rect x="${n(x)}" y="${n(cy - 6)}" width="12" height="12" rx="2" fill="${INK}" fill-opacity="0.18"/>`;
      break;
    case 'floor':
      shape = `<path d="M${n(cx)} ${n(cy - 5)}L${n(cx - 5)} ${n(cy + 4)}L${n(cx + 5)} ${n(cy + 4)}Z" fill="${INK}"/>`;
      break;
    case 'ceiling':
      shape = `<path d="M${n(cx)} ${n(cy + 5)}L${n(cx - 5)} ${n(cy - 4)}L${n(cx + 5)} ${n(cy - 4)}Z" fill="${INK}"/>`;
      break;
    case 'missed':
      shape = `<circle cx="${n(cx)}" cy="${n(cy)}" r="5.5" fill="${COLOUR.missed}"/>${cross(cx, cy, 2.4, '#fff', 1.5)}`;
      break;
    case 'unreported':
      shape = `<circle cx="${n(cx)}" cy="${n(cy)}" r="4.5" fill="#fff" stroke="${COLOUR.unreported}" stroke-width="2" stroke-dasharray="2.5 2"/>`;
      break;
    default:
      shape = `<circle cx="${n(cx)}" cy="${n(cy)}" r="5" fill="${COLOUR[item.symbol]}"/>`;
  }
  return `${shape}<text x="${n(x + 16)}" y="${n(baseline)}" font-size="12" fill="${INK}">${esc(item.text)}</text>`;
}

// ── text and numbers ────────────────────────────────────────────────────────────────────────────

/**
 * Escapes for XML. Characters XML 1.0 forbids even as references (C0 controls such as the form
 * feed a PDF's page break leaves, lone surrogates) become U+FFFD, or the document would not parse.
 */
function esc(text: string): string {
  const valid = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  return escapeHtml(valid);
}

/** Width estimate for layout: wide (CJK) characters 1em, the rest a little over half. */
function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += displayWidth(ch) === 2 ? 1 : 0.56;
  return em * size;
}

function round(v: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(v * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

/** Coordinates to two decimals: the same input gives the same bytes, and the file stays small. */
function n(v: number): string {
  return String(round(v, 2));
}

/** A typographic minus for figures on the chart: a hyphen reads as a dash next to a line. */
function minus(text: string): string {
  return text.replace(/-/g, '\u2212');
}

/** A figure as written, without float noise (0.1 + 0.2), to at most four decimals. */
function figure(v: number): string {
  return String(round(v, 4));
}
