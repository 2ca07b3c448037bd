import { describe, expect, it } from 'vitest';
import { extract, parseReport, type Report } from '../src/index.js';
import { corpus } from './corpus.js';
import { fingerprint } from './fingerprint.js';

/*
 * A report is the same report however a web page or a scraper hands it over. Each test rewrites every
 * corpus report the way published copies come (the forms of PROVENANCE.md: xushui-*, shunping-2023 as one
 * line with written-out breaks; mancheng-*, laishui-* under a portal's header and a cut-off summary; a
 * page title that names another year) and asks for the same parts, targets and outcomes, with every span
 * still cutting its evidence out of the text as rewritten.
 */

/** Every figure's span cuts its own text out of the input it was read from. */
function spansHold(report: Report): void {
  const { targets, outcomes } = extract(report);
  for (const f of [...targets, ...outcomes]) expect(report.input.slice(f.span[0], f.span[1])).toBe(f.text);
}

const originals = corpus.map(([name, text]) => ({ name, text, report: parseReport(text), print: fingerprint(parseReport(text)) }));

/** The text as one line: every line break written out as '\r\n', and '&nbsp;' alone before each numbered heading. */
function escaped(text: string): string {
  return text.replace(/(?:\r\n|\n|\r)(?=[一二三四五六七八九十]{1,2}、|（[一二三四五六七八九十]{1,2}）)/g, '\\r\\n&nbsp;\\r\\n').replace(/\r\n|\n|\r/g, '\\r\\n');
}

/** A county portal's page: breadcrumb, title, labels and counters, and a summary of the opening cut off with '......'. */
function onPortal(text: string, report: Report): string {
  const title = report.meta.planYear && report.meta.government ? `${report.meta.planYear}年${report.meta.government}政府工作报告` : '政府工作报告';
  // A summary is the opening run together: breaks, written out or not, are gone from it.
  const summary = text.replace(/\\r\\n|\s+/g, '').slice(0, 150);
  const tabs = '????\t\t\t\t\t\t';
  return `工作报告\n${title}\n时间：2023-03-30${tabs}作者：中国县域${tabs}来源：政府官网${tabs}阅读：\n294\n评论：\n0\n内容摘要：\n${summary}......\n${text}`;
}

describe.each(originals)('$name as published on the web', ({ text, report, print }) => {
  it('read from one line with written-out breaks: the same parts, targets and outcomes', () => {
    const joined = escaped(text);
    expect(joined).not.toMatch(/[\r\n]/);
    const variant = parseReport(joined);
    expect(fingerprint(variant)).toEqual(print);
    expect(variant.meta.planYear).toBe(report.meta.planYear);
    expect(variant.meta.government).toBe(report.meta.government);
    spansHold(variant);
  });

  it('under a portal header and a repeated summary: the same targets, nothing read from the summary', () => {
    const variant = parseReport(onPortal(text, report));
    const got = fingerprint(variant);
    expect(got.targets).toEqual(print.targets);
    expect(got.outcomes).toEqual(print.outcomes);
    expect(got.parts.slice(1)).toEqual(print.parts.slice(print.parts[0]?.startsWith('other ') ? 1 : 0));
    expect(variant.meta.planYear).toBe(report.meta.planYear);
    expect(variant.meta.government).toBe(report.meta.government);
    expect(variant.meta.conflicts).toEqual(report.meta.conflicts);
    spansHold(variant);
  });
});

// Reports whose title names a year and whose body has another witness of it (the date or a part heading).
const titled = originals.filter(({ report }) => report.meta.titleSpan && /\d{4}年/.test(report.meta.title ?? '') && report.meta.witnesses.planYear.some((w) => w.source !== 'title'));

describe('a page title that names another year does not move the plan year', () => {
  it('most corpus reports have a title with a year to change', () => {
    expect(titled.length).toBeGreaterThanOrEqual(30);
  });

  it.each(titled)('$name', ({ text, report, print }) => {
    const [start, end] = report.meta.titleSpan!;
    const wrongYear = report.meta.planYear! + 2;
    const variant = parseReport(text.slice(0, start) + text.slice(start, end).replace(/\d{4}年/, `${wrongYear}年`) + text.slice(end));
    expect(variant.meta.planYear).toBe(report.meta.planYear);
    expect(variant.meta.conflicts.join('\n')).toContain(`plan year: title`);
    expect(variant.meta.conflicts.join('\n')).toContain(`read as ${report.meta.planYear}`);
    expect(fingerprint(variant)).toEqual(print);
  });
});

describe('a page filed under another government keeps the government of its body', () => {
  const named = originals.filter(({ report }) => report.meta.witnesses.government.some((w) => w.source === 'title') && report.meta.witnesses.government.some((w) => w.source !== 'title'));
  it.each(named)('$name', ({ text, report }) => {
    const [start, end] = report.meta.titleSpan!;
    const title = report.meta.witnesses.government.find((w) => w.source === 'title')!.value;
    const other = title.endsWith('县') ? '阜城县' : title.endsWith('区') ? '新华区' : '安徽省';
    const variant = parseReport(text.slice(0, start) + text.slice(start, end).replace(title, other) + text.slice(end));
    expect(variant.meta.government).toBe(report.meta.government);
    expect(variant.meta.conflicts.join('\n')).toContain('government: title');
  });
});

describe('a title against a body, as it happens (the example of the issue)', () => {
  it("'…2024年政府工作报告' holding the report of 2022-01-27: the date and the headings decide 2022, and say so", () => {
    const text = corpus.find(([f]) => f === 'mancheng-2022.txt')![1];
    expect(text.split('\n')[1]).toBe('保定市满城区2022年政府工作报告');
    const report = parseReport(text.replace('保定市满城区2022年政府工作报告', '保定市满城区2024年政府工作报告'));
    expect(report.meta.planYear).toBe(2022);
    expect(report.meta.conflicts).toEqual([
      'plan year: title (保定市满城区2024年政府工作报告) says otherwise than date (2022-01-27) and headings (二、2022年主要任务); read as 2022',
    ]);
    // The glossary (名词解释) and the page's links after it close the page as parts read as nothing.
    expect(report.parts.map((p) => p.role)).toEqual(['other', 'review', 'plan', 'government', 'other', 'other']);
  });
});
