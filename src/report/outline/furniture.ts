/**
 * The furniture of a saved web page before the report: a portal's labels ('时间：… 作者：… 来源：… 阅读：'),
 * its counters ('294'), and a summary ('内容摘要：') that repeats the report's opening and breaks off
 * with '......' (mancheng-*, shunping-2020…2022, laishui-*, fuping-*, qingyuan-*, laiyuan-*). None of it
 * is the report: it heads no part, names no speaker and repeats nothing.
 */

// A label of the page, at the start of a line: when it was posted, who wrote it, how often it was read.
const PAGE_LABEL = /^(?:时间|发布时间|发布日期|日期|作者|来源|信息来源|阅读|阅读次数|浏览|浏览次数|点击|点击数|评论|字号|责任编辑|编辑)[：:]/;
const SUMMARY_LABEL = /^(?:内容摘要|内容提要|摘要)[：:]/;
// A counter alone on its line ('294', '0').
const COUNTER = /^\d{1,9}$/;
// A summary breaks off: '…是中国共产党成立10......'.
const CUT_OFF = /(?:\.{3,}|…{1,2}|。{3,})$/;
// Furniture stands at the top of the page: the report's opening follows within a few lines.
const SEARCH = 20;

/** Indices of the lines (`lines`, the paragraphs as normalized) that are page furniture, not the report. */
export function pageFurniture(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  const top = lines.slice(0, SEARCH);
  const first = top.findIndex((l) => PAGE_LABEL.test(l));
  if (first < 0) return out;
  let i = first;
  for (; i < top.length; i++) {
    const line = top[i]!;
    if (PAGE_LABEL.test(line) || COUNTER.test(line)) out.add(i);
    else if (SUMMARY_LABEL.test(line)) {
      out.add(i);
      // The summary itself: after the label on its line, or the line after, cut off.
      const rest = line.replace(SUMMARY_LABEL, '');
      if (!CUT_OFF.test(rest) && i + 1 < top.length && CUT_OFF.test(top[i + 1]!)) out.add(i + 1);
      break;
    } else break;
  }
  return out;
}
