/**
 * The furniture of a saved web page around the report. Before it: a portal's labels ('时间：… 作者：…
 * 来源：… 阅读：'), its counters ('294'), and a summary ('内容摘要：') that repeats the report's opening and
 * breaks off with '......' (mancheng-*, shunping-2020…2022, laishui-*, fuping-*, qingyuan-*, laiyuan-*).
 * After it: share buttons, links to the pages before and after, lists of related pages ('分享到：',
 * '上一篇：', '相关文章'). None of it is the report: it heads no part, names no speaker, holds no figure.
 */

import { alternation } from '../../lexicon/entry.js';
import { PAGE_LABELS, SUMMARY_LABELS, TRAILERS } from '../../lexicon/report.js';

// A label of the page, at the start of a line: when it was posted, who wrote it, how often it was read.
const PAGE_LABEL = new RegExp(`^(?:${alternation([PAGE_LABELS])})[：:]`);
const SUMMARY_LABEL = new RegExp(`^(?:${alternation([SUMMARY_LABELS])})[：:]`);
// A counter alone on its line ('294', '0').
const COUNTER = /^\d{1,9}$/;
// A summary breaks off: '…是中国共产党成立10......'.
const CUT_OFF = /(?:\.{3,}|…{1,2}|。{3,})$/;
// Furniture stands at the top of the page: the report's opening follows within a few lines.
const SEARCH = 20;
// What a page puts after the article: sharing, the neighbouring pages, related and recommended pages.
const TRAILER = new RegExp(`^(?:${alternation([TRAILERS])})[：:]?$`);
// A line of the report itself holds a sentence of this many characters or more before its '。'.
// Nothing after the trailer starts may be one.
const PROSE_SENTENCE = 30;

/** Whether a line holds a long sentence. One pass: /[^。]{30,}。/ rescanned a long line without '。' from every start. */
function holdsProse(line: string): boolean {
  let run = 0;
  for (let i = 0; i < line.length; i++) {
    if (line.charCodeAt(i) !== 0x3002) run++;
    else if (run >= PROSE_SENTENCE) return true;
    else run = 0;
  }
  return false;
}

/** Indices of the lines at the top of a page that are its furniture. */
function header(lines: readonly string[]): number[] {
  const out: number[] = [];
  const top = lines.slice(0, SEARCH);
  const first = top.findIndex((l) => PAGE_LABEL.test(l));
  if (first < 0) return out;
  for (let i = first; i < top.length; i++) {
    const line = top[i]!;
    if (PAGE_LABEL.test(line) || COUNTER.test(line)) out.push(i);
    else if (SUMMARY_LABEL.test(line)) {
      out.push(i);
      // The summary itself: after the label on its line, or the line after, cut off.
      if (!CUT_OFF.test(line.replace(SUMMARY_LABEL, '')) && i + 1 < top.length && CUT_OFF.test(top[i + 1]!)) out.push(i + 1);
      break;
    } else break;
  }
  return out;
}

/** Indices of the lines from the first of a page's trailer to the end, when no prose of the report follows it. */
function trailer(lines: readonly string[]): number[] {
  let lastProse = -1;
  lines.forEach((l, i) => {
    if (holdsProse(l)) lastProse = i;
  });
  const start = lines.findIndex((l, i) => i > lastProse && TRAILER.test(l));
  return start < 0 ? [] : lines.map((_, i) => i).slice(start);
}

/** Indices of the lines (non-empty, as normalized) that are page furniture, not the report. */
export function pageFurniture(lines: readonly string[]): Set<number> {
  return new Set([...header(lines), ...trailer(lines)]);
}
