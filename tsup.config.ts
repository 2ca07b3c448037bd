import { copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';

// The browser build: Node's built-in modules become stubs that fail with one clear line if called.
const nodeShim: Plugin = {
  name: 'node-shim',
  setup(build) {
    build.onResolve({ filter: /^(?:node:)?(?:fs|module|path|url|zlib|os|worker_threads)$/ }, () => ({ path: join(import.meta.dirname, 'src', 'browser', 'node-shim.ts') }));
  },
};
const WASM = join(dirname(createRequire(import.meta.url).resolve('jieba-wasm/web')), 'jieba_rs_wasm_bg.wasm');

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
    // duizhao/browser (ESM) and the page's script (an IIFE defining the global duizhao).
    entry: { browser: 'src/browser.ts' },
    format: ['esm', 'iife'],
    globalName: 'duizhao',
    platform: 'browser',
    target: 'es2022',
    dts: true,
    minify: true,
    loader: { '.utf8': 'text' },
    // Every dependency is bundled but the Word and PDF readers, imported only on Node's path (the browser's
    // readInput refuses those files), and nodejieba, required only there.
    noExternal: [/^(?!mammoth$|unpdf$|nodejieba$)/],
    esbuildPlugins: [nodeShim],
    // Keep node: on Node's modules, so that the shim, not tsup's external rule, answers them.
    removeNodeProtocol: false,
    // import.meta.url only names the WASM's default place; the page's script is always given its bytes.
    esbuildOptions: (options) => void (options.logOverride = { 'empty-import-meta': 'silent' }),
    onSuccess: async () => copyFileSync(WASM, join('dist', 'jieba_rs_wasm_bg.wasm')),
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
