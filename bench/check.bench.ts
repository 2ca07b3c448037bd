/**
 * Benchmark (not a test): `check` on the largest bundled pair, warm (in process, dictionary loaded)
 * and cold (the CLI from start to exit), each next to a bare nodejieba cut of both texts in the same run.
 *
 *   npm run bench
 */
import type { NodeJieba } from '../src/segment/jieba.js';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { checkTargets, domainDictionaryPath, jiebaTokenizer, parseReport } from '../src/index.js';
import { median, time as timeRuns } from './timing.js';

const ROOT = join(import.meta.dirname, '..');
const CORPUS = join(ROOT, 'corpus');
const RUNS = 5;

// The largest pair of consecutive years of one government: by combined size.
const files = readdirSync(CORPUS).filter((f) => /-\d{4}\.txt$/.test(f));
const pairs = files.flatMap((f) => {
  const [, name, year] = /^(.+)-(\d{4})\.txt$/.exec(f)!;
  const next = `${name}-${Number(year) + 1}.txt`;
  return files.includes(next) ? [[f, next] as const] : [];
});
const [planFile, reviewFile] = pairs.sort((a, b) => size(b) - size(a))[0]!;
function size(pair: readonly [string, string]): number {
  return statSync(join(CORPUS, pair[0])).size + statSync(join(CORPUS, pair[1])).size;
}
const planText = readFileSync(join(CORPUS, planFile), 'utf8');
const reviewText = readFileSync(join(CORPUS, reviewFile), 'utf8');

const jieba = createRequire(import.meta.url)('nodejieba') as NodeJieba;
jieba.load({ userDict: domainDictionaryPath() });
const tokenizer = jiebaTokenizer();

const time = (fn: () => unknown) => median(timeRuns(fn, RUNS));

const warm = time(() => checkTargets(parseReport(planText), parseReport(reviewText), { tokenizer }));
const cut = time(() => {
  jieba.cut(planText);
  jieba.cut(reviewText);
});

const cli = join(ROOT, 'dist', 'cli.js');
execFileSync('npx', ['tsup', '--silent'], { cwd: ROOT });
const cold = time(() => execFileSync(process.execPath, [cli, 'check', join(CORPUS, planFile), join(CORPUS, reviewFile), '--json'], { stdio: 'pipe' }));
const coldCut = time(() =>
  execFileSync(
    process.execPath,
    ['-e', `const j=require('nodejieba'),fs=require('fs');j.load({userDict:${JSON.stringify(domainDictionaryPath())}});j.cut(fs.readFileSync(${JSON.stringify(join(CORPUS, planFile))},'utf8'));j.cut(fs.readFileSync(${JSON.stringify(join(CORPUS, reviewFile))},'utf8'))`],
    { stdio: 'pipe', cwd: ROOT },
  ),
);

console.log(`\ncheck ${planFile} → ${reviewFile} (${(planText.length + reviewText.length).toLocaleString('en')} characters), median of ${RUNS} runs\n`);
console.log('                                                     median ms');
console.log(`warm: checkTargets in process (parse both + check)   ${warm.toFixed(0).padStart(9)}`);
console.log(`warm: bare nodejieba cut of both texts               ${cut.toFixed(0).padStart(9)}`);
console.log(`cold: duizhao check --json, start to exit            ${cold.toFixed(0).padStart(9)}`);
console.log(`cold: node loading nodejieba and cutting both texts  ${coldCut.toFixed(0).padStart(9)}`);
