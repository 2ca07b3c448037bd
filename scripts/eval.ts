/**
 * npm run eval: scores extraction against the hand-made gold annotations (../shared/gold by
 * default; set DUIZHAO_GOLD to another folder). A prediction matches a gold item when their spans
 * overlap and the value agrees, as written or after 万/亿 scaling of the same base unit. Predictions
 * inside a sentence the gold lists as a repeat are neither required nor penalised.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkTargets, consecutivePairs, extract, jiebaTokenizer, PairingError, readReport, splitUnit, type Outcome, type Scorecard, type Span, type Target } from '../src/index.js';

const ROOT = join(import.meta.dirname, '..');
const GOLD = process.env.DUIZHAO_GOLD ?? join(ROOT, '..', 'shared', 'gold');
const CORPUS = join(ROOT, 'corpus');

interface GoldItem {
  id: string;
  quote: string;
  occurrence?: number;
  value: number | null;
  unit: string | null;
  outcome?: { quote: string; occurrence?: number; value: number | null; unit: string | null } | null;
  verdict?: 'met' | 'missed' | 'unreported' | 'unclear';
}
interface GoldFile {
  plan: string;
  review?: string | null;
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

function blankScore(): Score {
  return { gold: 0, predicted: 0, matched: 0, missed: [], spurious: [] };
}

function add(into: Score, s: Score): void {
  into.gold += s.gold;
  into.predicted += s.predicted;
  into.matched += s.matched;
}

interface CheckScore {
  linked: number;
  linkable: number;
  verdicts: number;
  targets: number;
  unreportedRight: number;
  unreportedSaid: number;
  wrong: string[];
}

function blankCheck(): CheckScore {
  return { linked: 0, linkable: 0, verdicts: 0, targets: 0, unreportedRight: 0, unreportedSaid: 0, wrong: [] };
}

function addCheck(into: CheckScore, c: CheckScore): void {
  into.linked += c.linked;
  into.linkable += c.linkable;
  into.verdicts += c.verdicts;
  into.targets += c.targets;
  into.unreportedRight += c.unreportedRight;
  into.unreportedSaid += c.unreportedSaid;
}

function checkLine(name: string, c: CheckScore): string {
  return `${name.padEnd(28)} ${pct(c.linked / c.linkable)} (${c.linked}/${c.linkable})   ${pct(c.verdicts / c.targets)} (${c.verdicts}/${c.targets})   ${pct(c.unreportedRight / c.unreportedSaid)} (${c.unreportedRight}/${c.unreportedSaid})`;
}

/** Scores a scorecard against a gold pair: linking, verdicts, and how often 'unreported' is right. */
function scoreCheck(card: Scorecard, plan: string, review: string, file: string, gold: GoldItem[]): CheckScore {
  const s: CheckScore = { linked: 0, linkable: 0, verdicts: 0, targets: gold.length, unreportedRight: 0, unreportedSaid: 0, wrong: [] };
  for (const g of gold) {
    const span = locate(plan, g, file);
    const row = card.rows.find((r) => overlaps(r.target.span, span) && valueAgrees(r.target, g));
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
    if (verdict !== g.verdict || !linkOk) {
      const got = row?.outcome ? `${row.outcome.text.replace(/\s+/g, '')}` : '—';
      s.wrong.push(`${g.id} ${g.quote} | gold ${g.verdict}${g.outcome ? ` (${g.outcome.quote})` : ''} | got ${verdict} (${got})${row ? ` — ${row.reason}` : ' — target not extracted'}`);
    }
  }
  return s;
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
const lofo = process.argv.includes('--lofo');
const checkRows: string[] = [];
const tokenizer = jiebaTokenizer();
const pooled = { targets: blankScore(), outcomes: blankScore() };
// The one setting of check that could be tuned: how far 左右 reaches. Leave-one-file-out picks it on
// the other files and scores the file left out with it, so a figure says how well a choice carries over.
const TOLERANCES = [0.03, 0.05, 0.1];
const byTolerance = new Map<string, CheckScore[]>();
const checkPooled = blankCheck();
for (const f of files) {
  const gold = JSON.parse(readFileSync(join(GOLD, f), 'utf8')) as GoldFile;
  const report = readReport(join(CORPUS, gold.plan));
  const { targets, outcomes } = extract(report);
  const repeatSpans = (gold.repeats ?? []).map((r) => locate(report.input, r, f));
  const t = score(report.input, f, gold.targets, targets.filter((x) => x.repeatOf === null), repeatSpans);
  const scores: Array<[string, Score]> = [['targets', t]];
  if (gold.outcomes) scores.push(['outcomes', score(report.input, f, gold.outcomes, outcomes, [])]);
  for (const [what, s] of scores) {
    add(pooled[what as 'targets' | 'outcomes'], s);
    rows.push(`${f.padEnd(28)} ${what.padEnd(9)} ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(6)} ${String(s.matched).padStart(6)}   ${pct(s.matched / s.gold)}   ${pct(s.matched / s.predicted)}`);
    if (s.missed.length) details.push(`${f} ${what} missed (${s.missed.length}):\n  ${s.missed.join('\n  ')}`);
    if (verbose && s.spurious.length) details.push(`${f} ${what} not in gold (${s.spurious.length}):\n  ${s.spurious.join('\n  ')}`);
  }
  if (gold.review) {
    const review = readReport(join(CORPUS, gold.review));
    const card = checkTargets(report, review, { tokenizer });
    const c = scoreCheck(card, report.input, review.input, f, gold.targets);
    addCheck(checkPooled, c);
    if (lofo) {
      byTolerance.set(
        f,
        TOLERANCES.map((aboutTolerance) => scoreCheck(checkTargets(report, review, { tokenizer, aboutTolerance }), report.input, review.input, f, gold.targets)),
      );
    }
    checkRows.push(checkLine(f, c));
    if (c.wrong.length) details.push(`${f} check: linked or judged otherwise than the gold (${c.wrong.length}):\n  ${c.wrong.join('\n  ')}`);
  }
}
console.log('file                         kind       gold   pred  match   recall   precision');
console.log(rows.join('\n'));
for (const [what, s] of Object.entries(pooled)) {
  if (s.gold) console.log(`${'pooled'.padEnd(28)} ${what.padEnd(9)} ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(6)} ${String(s.matched).padStart(6)}   ${pct(s.matched / s.gold)}   ${pct(s.matched / s.predicted)}`);
}
if (checkRows.length) {
  console.log('\ncheck (pairs)                linking              verdicts             unreported precision');
  console.log(checkRows.join('\n'));
  console.log(checkLine('pooled', checkPooled));
}
if (lofo) {
  // For each file left out: the tolerance with the most right verdicts on the others, then that file's score with it.
  const held = blankCheck();
  console.log('\nleave-one-file-out (左右 tolerance chosen on the other files)');
  for (const [f, scores] of byTolerance) {
    const others = TOLERANCES.map((_, k) => [...byTolerance].filter(([g]) => g !== f).reduce((n, [, s]) => n + s[k]!.verdicts, 0));
    const best = others.indexOf(Math.max(...others));
    addCheck(held, scores[best]!);
    console.log(`${checkLine(f, scores[best]!)}   (±${TOLERANCES[best]! * 100}%)`);
  }
  console.log(checkLine('pooled, files left out', held));
}
if (details.length) console.log(`\n${details.join('\n\n')}`);

// Structure: every corpus report's parts, and whether each consecutive pair scores as it stands.
const corpus = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, report: readReport(join(CORPUS, file)) }));
console.log('\nstructure (corpus reports: plan year, government, parts as role confidence heading)');
for (const { file, report } of corpus) {
  const parts = report.parts.filter((p) => p.evidence.length > 0).map((p) => `${p.role} ${p.confidence.toFixed(2)} ${p.heading.slice(0, 14) || '(no heading)'}`);
  console.log(`${file.padEnd(20)} ${report.meta.planYear ?? '????'} ${(report.meta.government ?? '?').padEnd(10)} ${parts.join(' | ')}`);
}
console.log('\nconsecutive pairs in corpus/ (scored without --force: targets, outcomes linked, assumptions)');
let scoredPairs = 0;
const pairs = consecutivePairs(corpus);
for (const [plan, review] of pairs) {
  let line: string;
  try {
    const card = checkTargets(plan.report, review.report, { tokenizer });
    const linked = card.rows.filter((r) => r.outcome).length;
    if (linked > 0) scoredPairs++;
    line = `${String(card.rows.length).padStart(4)} targets ${String(linked).padStart(4)} linked ${card.assumptions.length ? ` assumed: ${card.assumptions.join('; ')}` : ''}`;
  } catch (error) {
    if (!(error instanceof PairingError)) throw error;
    line = `refused: ${error.problem}`;
  }
  console.log(`${`${plan.file} → ${review.file}`.padEnd(38)} ${line}`);
}
console.log(`${scoredPairs} of ${pairs.length} pairs scored with an outcome linked`);
if (!verbose) console.log('\n(npm run eval -- --verbose also lists predictions that are not in the gold)');
