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

// The dependencies every Node build (index ESM and CommonJS, the CLI, the batch worker) carries inside
// itself, so that it loads on every Node that package.json's engines admit (>= 20.0). jieba-wasm/web is
// the only one today: ES module syntax in a .js file of a package that does not say "type": "module".
// Node reads such a file as ESM only from 20.19 (module syntax detection) and require() loads ESM only
// from 20.19 (require(esm)); before that `import` fails on its named exports and `require` on `export`.
// Every other dependency has a CommonJS build that require() picks (diff, entities, htmlparser2, jschardet,
// munkres, unpdf: their "require" export condition; fast-levenshtein, nodejieba, opencc-js/t2cn, dingbat-to-unicode).
// nodejieba (a native addon) and the PDF reader (unpdf: loaded with import() on first use, which stays a
// real import() in the CommonJS build too) stay outside.
const NODE_BUNDLED = [/^jieba-wasm(?:\/|$)/];
const NODE_EXTERNAL = ['nodejieba', 'unpdf'];

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    // nodejieba is a native addon: load it at run time, never bundle it (NODE_EXTERNAL, NODE_BUNDLED above).
    external: NODE_EXTERNAL,
    noExternal: NODE_BUNDLED,
    shims: true,
  },
  {
    // The batch worker thread's script, loaded next to whichever bundle starts the pool.
    entry: { 'batch-worker': 'src/batch/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    external: NODE_EXTERNAL,
    noExternal: NODE_BUNDLED,
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
    // Every dependency is bundled but the PDF reader, imported only on Node's path (the browser's
    // readInput refuses PDF and Word files), and nodejieba, required only there.
    noExternal: [/^(?!unpdf$|nodejieba$)/],
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
    external: NODE_EXTERNAL,
    noExternal: NODE_BUNDLED,
    banner: { js: '#!/usr/bin/env node' },
    shims: true,
  },
]);
