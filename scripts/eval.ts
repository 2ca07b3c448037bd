/**
 * npm run eval: scores extraction against the hand-made gold annotations (../shared/gold by
 * default; set DUIZHAO_GOLD to another folder). A prediction matches a gold item when their spans
 * overlap and the value agrees, as written or after 万/亿 scaling of the same base unit. Predictions
 * inside a sentence the gold lists as a repeat are neither required nor penalised.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, readReport, splitUnit, type Outcome, type Span, type Target } from '../src/index.js';

const ROOT = join(import.meta.dirname, '..');
const GOLD = process.env.DUIZHAO_GOLD ?? join(ROOT, '..', 'shared', 'gold');
const CORPUS = join(ROOT, 'corpus');

interface GoldItem {
  id: string;
  quote: string;
  occurrence?: number;
  value: number | null;
  unit: string | null;
}
interface GoldFile {
  plan: string;
  targets: GoldItem[];
  repeats?: GoldItem[];
  outcomes?: GoldItem[];
}

function locate(text: string, item: GoldItem, file: string): Span {
  let at = -1;
  for (let k = 0; k < (item.occurrence ?? 1); k++) {
    at = text.indexOf(item.quote, at + 1);
    if (at < 0) throw new Error(`${file}: gold quote ${item.id} '${item.quote}' is not in the text`);
  }
  return [at, at + item.quote.length];
}

const overlaps = (a: Span, b: Span) => a[0] < b[1] && b[0] < a[1];
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

function valueAgrees(pred: Target | Outcome, gold: GoldItem): boolean {
  if (gold.value === null) return false;
  if (close(pred.value, gold.value)) return true;
  const [pf, pb] = splitUnit(pred.unit);
  const [gf, gb] = splitUnit(gold.unit ?? '');
  return pb === gb && close(pred.value * pf, gold.value * gf);
}

interface Score {
  gold: number;
  predicted: number;
  matched: number;
  missed: string[];
  spurious: string[];
}

function score(text: string, file: string, gold: GoldItem[], predictions: Array<Target | Outcome>, ignore: Span[]): Score {
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

const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '  –  ');

if (!existsSync(GOLD)) {
  console.error(`eval: no gold folder at ${GOLD} (set DUIZHAO_GOLD)`);
  process.exit(1);
}
const files = readdirSync(GOLD).filter((f) => f.endsWith('.json')).sort();
const rows: string[] = [];
const details: string[] = [];
const verbose = process.argv.includes('--verbose');
for (const f of files) {
  const gold = JSON.parse(readFileSync(join(GOLD, f), 'utf8')) as GoldFile;
  const report = readReport(join(CORPUS, gold.plan));
  const { targets, outcomes } = extract(report);
  const repeatSpans = (gold.repeats ?? []).map((r) => locate(report.input, r, f));
  const t = score(report.input, f, gold.targets, targets.filter((x) => x.repeatOf === null), repeatSpans);
  const scores: Array<[string, Score]> = [['targets', t]];
  if (gold.outcomes) scores.push(['outcomes', score(report.input, f, gold.outcomes, outcomes, [])]);
  for (const [what, s] of scores) {
    rows.push(`${f.padEnd(28)} ${what.padEnd(9)} ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(6)} ${String(s.matched).padStart(6)}   ${pct(s.matched / s.gold)}   ${pct(s.matched / s.predicted)}`);
    if (s.missed.length) details.push(`${f} ${what} missed (${s.missed.length}):\n  ${s.missed.join('\n  ')}`);
    if (verbose && s.spurious.length) details.push(`${f} ${what} not in gold (${s.spurious.length}):\n  ${s.spurious.join('\n  ')}`);
  }
}
console.log('file                         kind       gold   pred  match   recall   precision');
console.log(rows.join('\n'));
if (details.length) console.log(`\n${details.join('\n\n')}`);
if (!verbose) console.log('\n(npm run eval -- --verbose also lists predictions that are not in the gold)');
