/**
 * npm run eval: scores extraction and the scorecard against the gold annotations (scripts/gold.ts),
 * pooled and per file, with --lofo a leave-one-government-out run (the linking model and its thresholds
 * refitted without each government in turn) and with --verbose the predictions not in the gold; then the
 * structure of every corpus report and whether each consecutive pair scores.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkTargets, consecutivePairs, chooseTokenizer, PairingError, readReport } from '../src/index.js';
import { add, addCheck, blankCheck, blankScore, checkLine, CORPUS, GOLD, pct, scoreFile, type CheckScore, type Score } from './gold.js';
import { fitModel, goldPairs, scorePair } from './fit-model.js';


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
const tokenizer = chooseTokenizer();
const pooled = { targets: blankScore(), outcomes: blankScore() };
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
  console.log('\ncheck (pairs)                linking           verdicts          unreported right  met/missed right  gold met/missed found');
  console.log(checkRows.join('\n'));
  console.log(checkLine('pooled', checkPooled));
}
if (lofo) {
  // Everything fitted (the model's weights, its thresholds, how far 左右 reaches) is refitted without the
  // government left out, then scores that government's pairs: a figure says how well the fit carries over.
  const pairs = goldPairs(tokenizer);
  const inSample = fitModel(pairs);
  const held = blankCheck();
  const fitted = blankCheck();
  console.log('\nleave-one-government-out (the model refitted without the government)');
  for (const government of [...new Set(pairs.map((p) => p.government))]) {
    const model = fitModel(pairs.filter((p) => p.government !== government));
    for (const pair of pairs.filter((p) => p.government === government)) {
      const s = scorePair(pair, model);
      addCheck(held, s);
      addCheck(fitted, scorePair(pair, inSample));
      console.log(`${checkLine(pair.file, s)}  (${government}; link ≥ ${model.link}, met/missed ≥ ${model.verdict}, 左右 ±${model.tolerance * 100}%)`);
    }
  }
  console.log(checkLine('pooled, in sample', fitted));
  console.log(checkLine('pooled, held out', held));
  const gap = (f: (c: CheckScore) => number) => (f(fitted) - f(held)).toFixed(3);
  console.log(
    `in sample minus held out: linking ${gap((c) => c.linked / c.linkable)}, verdicts ${gap((c) => c.verdicts / c.targets)}, printed met/missed right ${gap((c) => c.printedRight / c.printed)} (over 0.03 says the model is fitted to sentences)`,
  );
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
