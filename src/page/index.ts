import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { packageFile } from '../package-file.js';
import { InputError } from '../report/index.js';
import { UI_SCRIPT } from './ui.js.js';

// The browser bundle and the WASM, built into dist/ by `npm run build`.
const BUNDLE = 'browser.global.js';
const WASM = 'jieba_rs_wasm_bg.wasm';

/** dist/, where the build put the bundle and the WASM (beside dist/cli.js; from the sources, the package's dist/). */
function distDir(): string {
  const bundle = packageFile(BUNDLE, join('dist', BUNDLE));
  if (bundle && existsSync(join(dirname(bundle), WASM))) return dirname(bundle);
  throw new InputError(BUNDLE, `the browser build (${BUNDLE}, ${WASM}) was not found next to the package: run npm run build, or reinstall duizhao`);
}

const STYLE = `
* { box-sizing: border-box; }
body { font: 15px/1.6 "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 0; color: #222; }
header, main { max-width: 1200px; margin: 0 auto; padding: 0 16px; }
h1 { font-size: 1.3rem; margin: 1rem 0 .2rem; } h2 { font-size: 1rem; margin: 0 0 .4rem; }
.inputs { display: flex; gap: 16px; } .inputs section { flex: 1 1 0; border: 2px dashed #bbb; border-radius: 6px; padding: 10px; }
.inputs section.over { border-color: #17692c; background: #f3faf4; }
textarea { width: 100%; height: 7rem; font: inherit; } .name { color: #555; font-size: .9em; }
.actions { margin: 12px 0; display: flex; gap: 12px; align-items: center; flex-wrap: wrap; }
button { font: inherit; padding: 4px 16px; } #status.error { color: #a11; }
.summary span { display: inline-block; margin-right: 1.2rem; font-weight: bold; }
.met { color: #17692c; } .missed { color: #a11; } .unclear { color: #8a6100; } .unreported { color: #666; }
iframe { width: 100%; height: 75vh; border: 1px solid #ddd; margin: 8px 0; }
@media (max-width: 760px) { .inputs { flex-direction: column; } }
`;

/**
 * The drop-two-files page: one self-contained HTML file (the browser bundle and the WASM inlined)
 * that works offline, from a file:// or a localhost URL. Nothing leaves the browser.
 */
export function pageHtml(): string {
  const dist = distDir();
  const bundle = readFileSync(join(dist, BUNDLE), 'utf8');
  const wasm = readFileSync(join(dist, WASM)).toString('base64');
  // The bundle is inlined in a <script>: esbuild writes '</script' in strings escaped; make sure of it.
  if (/<\/script|<!--|<script/i.test(bundle)) throw new Error(`duizhao: ${BUNDLE} holds a sequence that would end its <script>: rebuild it`);
  // Scripts run inline only; the WASM compiles from bytes; report text is shown in sandboxed frames.
  const csp = `default-src 'none'; script-src 'unsafe-inline' 'wasm-unsafe-eval'; style-src 'unsafe-inline'`;
  const side = (id: string, title: string) => `
  <section id="${id}-box"><h2>${title}</h2>
    <input type="file" id="${id}-file" accept=".txt,.md,.html,.htm,text/plain,text/html"> <span class="name" id="${id}-name"></span>
    <textarea id="${id}-text" placeholder="…或粘贴全文 · or paste the text"></textarea>
  </section>`;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>duizhao 对照 · 政府工作报告目标对照</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>duizhao 对照 · 政府工作报告目标对照</h1>
<p>把某年的报告和次年的报告拖到下面（或粘贴全文），得到目标完成情况和逐节对比。Drop a year's work report and the next year's (or paste
their text) to get the scorecard of its targets and the side-by-side diff. Text and web-page files in any Chinese encoding; nothing
leaves this page.</p>
</header>
<main>
<div class="inputs">${side('plan', '计划之年 · the plan (year N)')}${side('review', '次年报告 · the review (year N+1)')}
</div>
<div class="actions">
  <button id="run">对照 · Compare</button>
  <label><input type="checkbox" id="force"> 不是同一政府的相邻年份也对照 · score even if not the next year of one government</label>
  <span id="status" role="status"></span>
</div>
<div id="results" hidden>
  <p class="summary"><span class="met">完成 met <b id="count-met">0</b></span><span class="missed">未完成 missed <b id="count-missed">0</b></span><span class="unclear">无法判断 unclear <b id="count-unclear">0</b></span><span class="unreported">未报告 unreported <b id="count-unreported">0</b></span>
  <a id="csv" download="scorecard.csv">下载 CSV</a> · <a id="md" download="scorecard.md">下载 Markdown</a></p>
  <iframe id="card" title="scorecard 目标完成情况" sandbox></iframe>
  <iframe id="diff" title="diff 逐节对比" sandbox></iframe>
</div>
</main>
<script type="application/octet-stream" id="wasm">${wasm}</script>
<script>${bundle}</script>
<script>${UI_SCRIPT}</script>
</body>
</html>
`;
}
