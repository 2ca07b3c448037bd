import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/build.setup.ts'],
    // The build test compiles the package once; give it room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
