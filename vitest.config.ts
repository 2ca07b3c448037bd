import { defineConfig } from 'vitest/config';

/**
 * The tests a developer runs often (`npm test`). The long ones (the browser, whole-corpus batches and
 * CLI runs, the built package, hostile inputs, both tokenizers on every pair) run in `npm run test:full`
 * (vitest.full.config.ts), which `.ci/run` runs too.
 */
export const FULL = [
  'tests/page.test.ts',
  'tests/batch.test.ts',
  'tests/batch-interrupt.test.ts',
  'tests/pdf-hostile.test.ts',
  'tests/determinism.test.ts',
  'tests/hostile.test.ts',
  'tests/package.test.ts',
  'tests/engines.test.ts',
  'tests/examples.test.ts',
  'tests/track-government.test.ts',
  'tests/wasm.test.ts',
  'tests/rewording.test.ts',
];

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: FULL,
    globalSetup: ['tests/build.setup.ts'],
    // The build test compiles the package once; give it room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
