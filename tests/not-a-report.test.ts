import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, parseReport, readReport, requireReport, workReportEvidence } from '../src/index.js';
import { corpus, CORPUS_DIR } from './corpus.js';

/*
 * A text that is not a government work report is refused with the reason, never scored. Whether it is
 * one is decided from converging evidence: mostly Chinese, two or more of the marks of a report's
 * opening (title, salutation, opening sentence, meeting line), and a part that reviews or plans a year.
 */
const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const scratch = mkdtempSync(join(tmpdir(), 'duizhao-not-a-report-'));
const file = (name: string, text: string) => {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
};

const NO_MARKS =
  "no title, salutation, opening or meeting line of a work report (such as '2025年××市政府工作报告', '各位代表：', '我代表××市人民政府向大会报告工作', '在××市第×届人民代表大会第×次会议上')";
const NO_PARTS = "no part reviews a year or plans one (such as '一、2024年工作回顾', '二、2025年工作安排')";

// A news story about a county's economy: years, figures, even the congress meeting, but no report shape.
const NEWS = `顺平县经济运行稳中向好 前三季度地区生产总值增长6.2%

本报讯（记者 李明 通讯员 王芳）记者近日从顺平县统计局获悉，2023年前三季度，顺平县经济运行稳中向好，全县地区生产总值完成85.3亿元，同比增长6.2%，增速高于全市平均水平0.4个百分点。

工业生产持续恢复。1至9月，全县规模以上工业增加值同比增长7.1%，其中装备制造业增长9.8%，农产品加工业增长5.3%。今年以来新增规模以上工业企业12家。

投资和消费双双回暖。前三季度，全县固定资产投资同比增长8.5%，社会消费品零售总额完成32.6亿元，同比增长5.9%。城乡居民人均可支配收入分别增长5.1%和7.4%。

今年1月，在顺平县第十八届人民代表大会第二次会议上，县长作政府工作报告，提出全年地区生产总值增长6%左右的目标。县统计局有关负责人表示，2024年，顺平县将继续围绕装备制造、农产品加工等产业集群发力，力争一般公共预算收入增长8%。
`;

// A paragraph of a novel (it reads as an account of the past: the outline makes it a review part).
const NOVEL = `第三章 归乡

那年冬天，父亲从县城回来的时候，天已经黑透了。他把自行车靠在院墙边，抖了抖肩上的雪，一声不吭地进了屋。母亲端出热好的饭菜，他只吃了两口，便坐在炕沿上抽烟。我知道，厂里的事又没有着落。窗外的风一阵紧过一阵，吹得窗纸哗哗作响。直到半夜，我还听见他在院子里来回踱步，脚下的积雪咯吱咯吱地响着，像是有什么话始终说不出口。
`;

// An English text shaped like a report (a translation): salutation, opening, review and plan, in English.
const ENGLISH = `Report on the Work of the Government

Fellow Deputies,

On behalf of the State Council, I will now report to you on the work of the government for your deliberation.

I. A Review of Our Work in 2023

Last year, gross domestic product grew by 5.2 percent, and 12.44 million urban jobs were added.

II. Overall Requirements and Policy Priorities for 2024

We have set the following targets for this year: GDP growth of around 5 percent, and over 12 million new urban jobs.
`;

// Chinese, with a review and a plan part, but none of the marks of a work report: a department's summary.
const SUMMARY = `县统计局工作总结

一、2023年工作回顾

全年完成各类统计调查任务36项，统计数据质量稳步提高，按时报送率达到100%。

二、2024年工作安排

今年要完成第五次全国经济普查，统计数据报送率保持100%。
`;

const problemOf = (text: string, name: string): string => {
  try {
    requireReport(parseReport(text), name);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).message;
  }
  throw new Error(`${name} was accepted as a work report`);
};

describe('a text that is not a government work report is refused with the reason', () => {
  it("the repository's README: its headings name years and read as a review and a plan, but it is English and shows at most one mark of a report", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    // The trap the old rule fell into: the README has parts that review and plan a year.
    const parts = parseReport(readme).parts.map((p) => p.role);
    expect(parts).toContain('review');
    expect(parts).toContain('plan');
    // It quotes a mark or so in its prose (the opening '我代表…人民政府/国务院…向大会报告工作'): one is not enough.
    const e = workReportEvidence(parseReport(readme));
    expect([e.title, e.salutation, e.opening, e.meeting].filter((m) => m !== null).length).toBeLessThan(2);
    const problem = problemOf(readme, 'README.md');
    expect(problem).toMatch(/^README\.md: not a government work report: only \d+% of its letters are Chinese characters; /);
    expect(problem).toMatch(/; (?:no title, salutation, opening or meeting line of a work report|only one mark of a work report)/);
    expect(() => readReport(join(ROOT, 'README.md'))).toThrow(InputError);
  });

  it('a news story about a county economy: one mark (the congress meeting) is not enough', () => {
    expect(problemOf(NEWS, 'news.txt')).toBe(
      `news.txt: not a government work report: only one mark of a work report, its meeting line '在顺平县第十八届人民代表大会第二次会议上' (no title, salutation or opening); ${NO_PARTS}`,
    );
  });

  it('a Chinese novel paragraph', () => {
    expect(problemOf(NOVEL, 'novel.txt')).toBe(`novel.txt: not a government work report: ${NO_MARKS}`);
  });

  it('an English text shaped like a report', () => {
    expect(problemOf(ENGLISH, 'english.txt')).toBe(`english.txt: not a government work report: it has no Chinese text; ${NO_MARKS}; ${NO_PARTS}`);
  });

  it('a Chinese summary with a review part and a plan part but no mark of a work report', () => {
    expect(problemOf(SUMMARY, 'summary.txt')).toBe(`summary.txt: not a government work report: ${NO_MARKS}`);
  });

  it('a text with the marks of a report but no part reviewing or planning a year keeps the old reason', () => {
    const text = '2025年某区政府工作报告\n\n各位代表：\n\n现在，我代表区人民政府，向大会报告工作，请予审议。\n\n谢谢大家。\n';
    expect(problemOf(text, 'front.txt')).toBe(`front.txt: no report structure found: ${NO_PARTS}`);
  });
});

describe('every bundled report is accepted', () => {
  // A report scraped into a spreadsheet can be one line with its breaks written out as '\r\n' (xushui-*,
  // shunping-2023/2024): given here with real line breaks, so that this test is about the evidence only.
  const input = (text: string) => (!text.includes('\n') && text.includes('\\r\\n') ? text.replaceAll('\\r\\n', '\n') : text);
  it('the corpus holds the reports it should (54 or more)', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(54);
  });
  it.each(corpus.map(([name, text]) => [name, text]))('%s', (name, text) => {
    const report = parseReport(input(text));
    expect(() => requireReport(report, name)).not.toThrow();
    const e = workReportEvidence(report);
    const marks = [e.title, e.salutation, e.opening, e.meeting].filter((m) => m !== null);
    expect(marks.length).toBeGreaterThanOrEqual(2);
    expect(e.chinese).toBeGreaterThan(0.95);
  });
  it('the marks each report shows, where a report lacks some', () => {
    const shown = (name: string) => {
      const e = workReportEvidence(parseReport(input(corpus.find(([n]) => n === name)![1])));
      return [e.title, e.salutation, e.opening, e.meeting];
    };
    // hailar-2017 has no title line; the national reports of 2014–2016 begin at the salutation.
    expect(shown('hailar-2017.txt')).toEqual([null, '各位代表：', '我代表海拉尔区人民政府向大会作工作报告', '在海拉尔区第十四届人民代表大会第六次会议上']);
    expect(shown('national-2014.txt')).toEqual([null, '各位代表：', '我代表国务院，向大会作政府工作报告', null]);
    // The title spaced out (hailar-2012), and a scraped page's title after its portal breadcrumb (fuping-2020).
    expect(shown('hailar-2012.txt')[0]).toBe('政府工作报告');
    expect(shown('fuping-2020.txt')[0]).toBe('2020年阜平县政府工作报告');
  });
});

describe('the evidence converges: no one mark decides', () => {
  const report = corpus.find(([n]) => n === 'mancheng-2023.txt')![1];
  // Each mark of mancheng-2023's opening, and how to take it out of the text.
  const without = {
    title: (t: string) => t.replace(/政\s*府\s*工\s*作\s*报\s*告/g, '工作汇报'),
    salutation: (t: string) => t.replaceAll('各位代表', '同志们'),
    opening: (t: string) => t.replaceAll('我代表', '下面由').replaceAll('请予审议', '请予讨论'),
    meeting: (t: string) => t.replaceAll('人民代表大会', '代表会'),
  };
  it.each(Object.keys(without))('mancheng-2023 without its %s is still a work report', (mark) => {
    const text = without[mark as keyof typeof without](report);
    expect(() => requireReport(parseReport(text), 'mancheng-2023.txt')).not.toThrow();
  });
  it('mancheng-2023 with two marks left is one; with one left it is not', () => {
    const two = without.title(without.meeting(report));
    expect(() => requireReport(parseReport(two), 'two.txt')).not.toThrow();
    const one = without.salutation(two);
    expect(problemOf(one, 'one.txt')).toBe(
      "one.txt: not a government work report: only one mark of a work report, its opening '我代表保定市满城区人民政府向大会报告工作' (no title, salutation or meeting line)",
    );
  });
});

describe('the command line', () => {
  it('check README.md against a report: exit 1, one line naming the file and why, no scorecard', () => {
    const r = run('check', 'README.md', join(CORPUS_DIR, 'mancheng-2023.txt'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toBe(`duizhao: ${problemOf(readFileSync(join(ROOT, 'README.md'), 'utf8'), 'README.md')}\n`);
    expect(r.stderr).toMatch(/^duizhao: README\.md: not a government work report: only \d+% of its letters are Chinese characters; /);
  });
  it.each([
    ['news.txt', NEWS],
    ['novel.txt', NOVEL],
    ['english.txt', ENGLISH],
  ])('outline %s: exit 1 with the same one-line message as the API', (name, text) => {
    const r = run('outline', file(name, text));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`duizhao: ${problemOf(text, join(scratch, name))}\n`);
  });
});
