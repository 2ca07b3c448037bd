/**
 * Scoring against the hand-made gold annotations (../shared/gold by default; set DUIZHAO_GOLD to
 * another folder), shared by `npm run eval` and the gold test. A prediction matches a gold item when
 * their spans overlap and the value agrees, as written or after 万/亿 scaling of the same base unit.
 * Predictions inside a sentence the gold lists as a repeat are neither required nor penalised.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkTargets, extract, readReport, splitUnit, type Outcome, type Scorecard, type ScoreRow, type Span, type Target, type Tokenizer } from '../src/index.js';

const ROOT = join(import.meta.dirname, '..');
export const GOLD = process.env.DUIZHAO_GOLD ?? join(ROOT, '..', 'shared', 'gold');
export const CORPUS = join(ROOT, 'corpus');

export interface GoldItem {
  id: string;
  quote: string;
  occurrence?: number;
  value: number | null;
  unit: string | null;
  outcome?: { quote: string; occurrence?: number; value: number | null; unit: string | null } | null;
  verdict?: 'met' | 'missed' | 'unreported' | 'unclear';
}
export interface GoldFile {
  plan: string;
  review?: string | null;
  targets: GoldItem[];
  repeats?: GoldItem[];
  outcomes?: GoldItem[];
}

export function locate(text: string, item: GoldItem, file: string): Span {
  let at = -1;
  for (let k = 0; k < (item.occurrence ?? 1); k++) {
    at = text.indexOf(item.quote, at + 1);
    if (at < 0) throw new Error(`${file}: gold quote ${item.id} '${item.quote}' is not in the text`);
  }
  return [at, at + item.quote.length];
}

export const overlaps = (a: Span, b: Span) => a[0] < b[1] && b[0] < a[1];
export const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

export function valueAgrees(pred: Target | Outcome, gold: GoldItem): boolean {
  if (gold.value === null) return false;
  if (close(pred.value, gold.value)) return true;
  const [pf, pb] = splitUnit(pred.unit);
  const [gf, gb] = splitUnit(gold.unit ?? '');
  return pb === gb && close(pred.value * pf, gold.value * gf);
}

export interface Score {
  gold: number;
  predicted: number;
  matched: number;
  missed: string[];
  spurious: string[];
}

export function score(text: string, file: string, gold: GoldItem[], predictions: Array<Target | Outcome>, ignore: Span[]): Score {
  const spans = gold.map((g) => locate(text, g, file));
  const used = new Set<number>();
  const missed: string[] = [];
  gold.forEach((g, k) => {
    const hit = predictions.findIndex((p, i) => !used.has(i) && overlaps(p.span, spans[k]!) && valueAgrees(p, g));
    if (hit < 0) missed.push(`${g.id} ${g.quote}`);
    else used.add(hit);
  });
  const counted = predictions.filter((p, i) => used.has(i) || !ignore.some((s) => overlaps(p.span, s)));
  const spurious = predictions.filter((p, i) => !used.has(i) && counted.includes(p)).map((p) => `${p.id} ${p.text.replace(/\s+/g, '')} → ${p.value}${p.unit}`);
  return { gold: gold.length, predicted: counted.length, matched: used.size, missed, spurious };
}

export function blankScore(): Score {
  return { gold: 0, predicted: 0, matched: 0, missed: [], spurious: [] };
}

export function add(into: Score, s: Score): void {
  into.gold += s.gold;
  into.predicted += s.predicted;
  into.matched += s.matched;
}

export interface CheckScore {
  linked: number;
  linkable: number;
  verdicts: number;
  targets: number;
  unreportedRight: number;
  unreportedSaid: number;
  /** Rows printed met or missed, and those right (the gold's verdict and, where it gives one, its figure). */
  printed: number;
  printedRight: number;
  /** Gold met or missed rows, and those found (printed right). */
  decisive: number;
  wrong: string[];
}

export function blankCheck(): CheckScore {
  return { linked: 0, linkable: 0, verdicts: 0, targets: 0, unreportedRight: 0, unreportedSaid: 0, printed: 0, printedRight: 0, decisive: 0, wrong: [] };
}

export function addCheck(into: CheckScore, c: CheckScore): void {
  into.linked += c.linked;
  into.linkable += c.linkable;
  into.verdicts += c.verdicts;
  into.targets += c.targets;
  into.unreportedRight += c.unreportedRight;
  into.unreportedSaid += c.unreportedSaid;
  into.printed += c.printed;
  into.printedRight += c.printedRight;
  into.decisive += c.decisive;
}

export function checkLine(name: string, c: CheckScore): string {
  const cell = (n: number, d: number) => `${pct(n / d)} (${n}/${d})`.padEnd(17);
  return `${name.padEnd(28)} ${cell(c.linked, c.linkable)} ${cell(c.verdicts, c.targets)} ${cell(c.unreportedRight, c.unreportedSaid)} ${cell(c.printedRight, c.printed)} ${cell(c.printedRight, c.decisive)}`;
}

/** Scores a scorecard against a gold pair: linking, verdicts, and how often 'unreported' is right. */
export function scoreCheck(card: Scorecard, plan: string, review: string, file: string, gold: GoldItem[]): CheckScore {
  const s: CheckScore = { ...blankCheck(), targets: gold.length };
  // A row is scored for one gold item at most, as a prediction is in score().
  const used = new Set<ScoreRow>();
  for (const g of gold) {
    const span = locate(plan, g, file);
    const row = card.rows.find((r) => !used.has(r) && overlaps(r.target.span, span) && valueAgrees(r.target, g));
    if (row) used.add(row);
    const verdict = row?.verdict ?? 'unreported';
    if (verdict === g.verdict) s.verdicts++;
    if (verdict === 'unreported') {
      s.unreportedSaid++;
      if (g.verdict === 'unreported') s.unreportedRight++;
    }
    let linkOk = true;
    if (g.outcome && g.outcome.value !== null) {
      s.linkable++;
      const goldSpan = locate(review, { ...g.outcome, id: `${g.id} outcome` } as GoldItem, file);
      linkOk = !!row?.outcome && overlaps(row.outcome.span, goldSpan);
      if (linkOk) s.linked++;
    }
    if (g.verdict === 'met' || g.verdict === 'missed') s.decisive++;
    if (verdict === 'met' || verdict === 'missed') {
      s.printed++;
      if (verdict === g.verdict && linkOk) s.printedRight++;
    }
    if (verdict !== g.verdict || !linkOk) {
      const got = row?.outcome ? `${row.outcome.text.replace(/\s+/g, '')}` : '—';
      s.wrong.push(`${g.id} ${g.quote} | gold ${g.verdict}${g.outcome ? ` (${g.outcome.quote})` : ''} | got ${verdict} (${got})${row ? ` — ${row.reason}` : ' — target not extracted'}`);
    }
  }
  return s;
}


export const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '  –  ');

/** One gold file scored: its targets (and outcomes), and for a pair the scorecard against the gold verdicts. */
export interface FileScore {
  targets: Score;
  outcomes: Score | null;
  check: CheckScore | null;
}

/** Scores the gold file `file` (a name in GOLD) with the reports in CORPUS. */
export function scoreFile(file: string, tokenizer: Tokenizer, aboutTolerance?: number): FileScore {
  const gold = JSON.parse(readFileSync(join(GOLD, file), 'utf8')) as GoldFile;
  const report = readReport(join(CORPUS, gold.plan));
  const { targets, outcomes } = extract(report);
  const repeatSpans = (gold.repeats ?? []).map((r) => locate(report.input, r, file));
  const result: FileScore = {
    targets: score(report.input, file, gold.targets, targets.filter((x) => x.repeatOf === null), repeatSpans),
    outcomes: gold.outcomes ? score(report.input, file, gold.outcomes, outcomes, []) : null,
    check: null,
  };
  if (gold.review) {
    const review = readReport(join(CORPUS, gold.review));
    const card = checkTargets(report, review, { tokenizer, ...(aboutTolerance === undefined ? {} : { aboutTolerance }) });
    result.check = scoreCheck(card, report.input, review.input, file, gold.targets);
  }
  return result;
}
