import { existsSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { chooseTokenizer } from '../src/index.js';
import { add, addCheck, blankCheck, blankScore, GOLD, scoreFile } from '../scripts/gold.js';

/*
 * The gold annotations in ../shared/gold are a test too: the figures `npm run eval` prints, pooled over
 * every file, must not fall below these floors (each a little under what the code reaches as it
 * stands; raise them as it improves). Skipped where the gold folder is absent.
 */
const FLOORS = {
  targetRecall: 0.98,
  targetPrecision: 0.97,
  // With the fitted linker (src/check/fitted.ts) the fifteen files give 0.910, 0.917 and 0.891 in sample, and 0.979
  // of the met or missed it prints are right; each floor sits a little under. A guard against regressions only:
  // what the linker reaches on governments left out of its fit is `npm run eval -- --lofo`.
  linking: 0.9,
  verdicts: 0.9,
  unreportedPrecision: 0.88,
  printedRight: 0.97,
};

describe.skipIf(!existsSync(GOLD))('the gold annotations, pooled', () => {
  const targets = blankScore();
  const check = blankCheck();
  // In a hook, not in the body: a skipped describe still runs its body to collect the tests.
  beforeAll(() => {
    const tokenizer = chooseTokenizer();
    for (const f of readdirSync(GOLD).filter((name) => name.endsWith('.json'))) {
      const scored = scoreFile(f, tokenizer);
      add(targets, scored.targets);
      if (scored.check) addCheck(check, scored.check);
    }
  }, 120_000);

  it(`target recall ≥ ${FLOORS.targetRecall} and precision ≥ ${FLOORS.targetPrecision}`, () => {
    expect(targets.matched / targets.gold).toBeGreaterThanOrEqual(FLOORS.targetRecall);
    expect(targets.matched / targets.predicted).toBeGreaterThanOrEqual(FLOORS.targetPrecision);
  });
  it(`linking ≥ ${FLOORS.linking}, verdicts ≥ ${FLOORS.verdicts}, unreported precision ≥ ${FLOORS.unreportedPrecision}`, () => {
    expect(check.linked / check.linkable).toBeGreaterThanOrEqual(FLOORS.linking);
    expect(check.verdicts / check.targets).toBeGreaterThanOrEqual(FLOORS.verdicts);
    expect(check.unreportedRight / check.unreportedSaid).toBeGreaterThanOrEqual(FLOORS.unreportedPrecision);
  });
  it(`met or missed printed right ≥ ${FLOORS.printedRight}`, () => {
    expect(check.printedRight / check.printed).toBeGreaterThanOrEqual(FLOORS.printedRight);
  });
});
