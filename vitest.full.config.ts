import { defineConfig } from 'vitest/config';
import base, { FULL } from './vitest.config.js';

/** `npm run test:full`: the long tests that `npm test` leaves out (see vitest.config.ts), with the same settings. */
export default defineConfig({ test: { ...base.test, include: FULL, exclude: [] } });
