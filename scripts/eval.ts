/**
 * npm run eval: scores extraction and the scorecard against the gold annotations (scripts/gold.ts),
 * pooled and per file, with --lofo a leave-one-file-out run and with --verbose the predictions not in
 * the gold; then the structure of every corpus report and whether each consecutive pair scores.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkTargets, consecutivePairs, jiebaTokenizer, PairingError, readReport } from '../src/index.js';
import { add, addCheck, blankCheck, blankScore, checkLine, CORPUS, GOLD, pct, scoreFile, type CheckScore, type Score } from './gold.js';


if (!existsSync(GOLD)) {
  // A usage problem, not a failed measurement: exit 2, and say where the gold is expected.
  console.error(`eval: no gold annotations at ${GOLD}: npm run eval expects the folder ../shared/gold next to this repository, or one named in DUIZHAO_GOLD`);
  process.exit(2);
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
  const scored = scoreFile(f, tokenizer);
  const scores: Array<[string, Score]> = [['targets', scored.targets]];
  if (scored.outcomes) scores.push(['outcomes', scored.outcomes]);
  for (const [what, s] of scores) {
    add(pooled[what as 'targets' | 'outcomes'], s);
    rows.push(`${f.padEnd(28)} ${what.padEnd(9)} ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(6)} ${String(s.matched).padStart(6)}   ${pct(s.matched / s.gold)}   ${pct(s.matched / s.predicted)}`);
    if (s.missed.length) details.push(`${f} ${what} missed (${s.missed.length}):\n  ${s.missed.join('\n  ')}`);
    if (verbose && s.spurious.length) details.push(`${f} ${what} not in gold (${s.spurious.length}):\n  ${s.spurious.join('\n  ')}`);
  }
  const c = scored.check;
  if (c) {
    addCheck(checkPooled, c);
    if (lofo) byTolerance.set(f, TOLERANCES.map((tolerance) => scoreFile(f, tokenizer, tolerance).check!));
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
console.log('\nidentity (corpus reports: plan year, government, level, and the witnesses each was read from; ! where they disagree)');
let disagree = 0;
for (const { file, report } of corpus) {
  const { planYear, government, level, witnesses, conflicts } = report.meta;
  const said = (ws: ReadonlyArray<{ source: string; value: unknown }>) => ws.map((w) => `${w.source}=${String(w.value)}`).join(',') || 'none';
  if (conflicts.length) disagree++;
  console.log(`${conflicts.length ? '!' : ' '} ${file.padEnd(20)} ${planYear ?? '????'} ${(government ?? '?').padEnd(10)} ${(level ?? '?').padEnd(10)} year: ${said(witnesses.planYear)}  government: ${said(witnesses.government)}`);
  for (const conflict of conflicts) console.log(`    ${conflict}`);
}
console.log(`${disagree} of ${corpus.length} reports with witnesses that disagree`);
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
