/**
 * npm run fit: fits the linking model on every gold pair (../shared/gold, or DUIZHAO_GOLD) and writes it
 * to src/check/fitted.ts, the model the library uses by default.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chooseTokenizer } from '../src/index.js';
import { fitModel, goldPairs } from './fit-model.js';
import { GOLD } from './gold.js';

if (!existsSync(GOLD)) {
  console.error(`fit: no gold annotations at ${GOLD}: set DUIZHAO_GOLD or put them in ../shared/gold`);
  process.exit(2);
}
const model = fitModel(goldPairs(chooseTokenizer()));
const out = join(import.meta.dirname, '..', 'src', 'check', 'fitted.ts');
writeFileSync(
  out,
  `/**
 * The linking model fitted on the gold pairs by \`npm run fit\` (scripts/fit.ts): do not edit by hand.
 * Weights are log2(m / u) for each level of each comparison; thresholds are match weights.
 */
import type { Model } from './model.js';

export const FITTED: Model = ${JSON.stringify(model, null, 2)};
`,
);
console.log(`fitted on ${model.fitted.links} links among ${model.fitted.pairs} comparable pairs of ${model.fitted.governments.length} governments; link from ${model.link}, met or missed from ${model.verdict}`);
