import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    // nodejieba is a native addon: load it at run time, never bundle it.
    external: ['nodejieba'],
    shims: true,
  },
  {
    // The batch worker thread's script, loaded next to whichever bundle starts the pool.
    entry: { 'batch-worker': 'src/batch/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    external: ['nodejieba'],
  },
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    external: ['nodejieba'],
    banner: { js: '#!/usr/bin/env node' },
    shims: true,
  },
]);
