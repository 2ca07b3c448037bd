import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  alignSections,
  alignText,
  batchWriter,
  checkTargets,
  chooseTokenizer,
  compare,
  diffHtml,
  diffReports,
  diffText,
  displayWidth,
  escapeMarkdown,
  extract,
  extractionText,
  outlineText,
  parseReport,
  requireReport,
  scorecardHtml,
  scorecardMarkdown,
  trackText,
  type Report,
  type ReportDiff,
  type Scorecard,
  type ScoreRow,
  type TrackResult,
} from '../src/index.js';
import { inertControls } from '../src/render/control.js';
import { UI_SCRIPT } from '../src/page/ui.js.js';
import { corpusText } from './corpus.js';

/*
 * Names and report text are untrusted (issue 23, item 4): a file name, a title, a heading or a sentence can
 * hold markup. One field at a time of a real scorecard, diff, outline, extraction or track record holds a
 * payload, and the output must hold no live form of it: no HTML tag, link, new line or table column in
 * Markdown, no tag or attribute in HTML, no control character in terminal text. Each output is compared
 * with the same output of a harmless value in that field, so a field that adds structure is caught
 * wherever it stands. Then the same through real report text, the CLI, compare() and the page's build.
 */
// Controls first: a text table cuts long names, and this one must keep them.
const PAYLOAD = `\u001b[31m\u009b31m\rX<img src=x onerror=alert(1)><script>alert(1)</script>[x](javascript:alert(1))" onmouseover="alert(1)' | a |\n# h`;
const PLAIN = '无害';
const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const tokenizer = chooseTokenizer();

const plan = requireReport(parseReport(corpusText('national-2021.txt')), 'national-2021.txt');
const review = requireReport(parseReport(corpusText('national-2022.txt')), 'national-2022.txt');
const card = checkTargets(plan, review, { tokenizer, planFile: 'national-2021.txt', reviewFile: 'national-2022.txt' });
const diff = diffReports(plan, review, { tokenizer });

// ── what "inert" means in each format ─────────────────────────────────────────────────────────────

// Markdown with every backslash-escaped character masked: what is left is what a renderer reads as markup.
const markup = (markdown: string) => markdown.replace(/\\[\s\S]/g, '  ');
const count = (text: string, what: string) => text.split(what).length - 1;
const columns = (row: string) => count(markup(row), '|');

// Shown, escaped (a target's or an outcome's words are shown without their spaces).
const SHOWN = '&lt;img';

// `plain`, the same output with a harmless value in the field, when the payload changes nothing else.
function expectInertMarkdown(hostile: string, plain?: string): void {
  expect(hostile).toContain(SHOWN);
  // No raw HTML at all (the templates write none), no link, no line, block or table column of the field's own.
  expect(hostile).not.toContain('<');
  expect(markup(hostile)).not.toContain('](javascript:');
  if (plain !== undefined) {
    expect(count(markup(hostile), '](')).toBe(count(markup(plain), ']('));
    expect(hostile.split('\n')).toHaveLength(plain.split('\n').length);
  }
  expect(hostile).not.toMatch(/^ {0,3}# h/m);
  const rows = hostile.split('\n').filter((line) => line.startsWith('|'));
  for (const row of rows) expect(columns(row)).toBe(columns(rows[0]!));
  expectInertText(hostile);
}

function expectInertHtml(hostile: string, plain?: string): void {
  expect(hostile).toContain(SHOWN);
  expect(hostile).not.toMatch(/<img|<script|onmouseover="/i);
  if (plain === undefined) return;
  // No tag and no attribute of the field's own: as many '<' and '"' as with a harmless value.
  expect(count(hostile, '<')).toBe(count(plain, '<'));
  expect(count(hostile, '"')).toBe(count(plain, '"'));
  expect(count(hostile, "'")).toBe(count(plain, "'"));
}

// C0 and C1 controls but tab and line feed, and a carriage return not before a line feed.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]|\r(?!\n)/;

function expectInertText(hostile: string): void {
  expect(hostile).not.toMatch(CONTROL);
  expect(hostile).toContain('␛');
}

describe('escapeMarkdown and inertControls', () => {
  it('leave Chinese text, full-width punctuation and figures as they are', () => {
    const text = '（一）国内生产总值增长6%以上，城镇新增就业1100万人——「1.6万场」；';
    expect(escapeMarkdown(text)).toBe(text);
    expect(inertControls(text)).toBe(text);
  });
  it('escape what opens a block at a line\'s start, and only that', () => {
    expect(['# h', '- x', '+ x', '=', '1. x', '12) x', ' 3. x', '1.6万场'].map(escapeMarkdown)).toEqual(['\\# h', '\\- x', '\\+ x', '\\=', '1\\. x', '12\\) x', ' 3\\. x', '1.6万场']);
  });
  it('show controls as pictures (C1 as U+FFFD), keeping tab, line feed and CR LF', () => {
    expect(inertControls('\u001b[31m\u0007\u007f\u009b\ta\r\nb\rc')).toBe('␛[31m␇␡\uFFFD\ta\r\nb␍c');
  });
});

// ── one field at a time ───────────────────────────────────────────────────────────────────────────

type Render = (value: string) => string;

/** The card with `change` applied to its first row with an outcome (and that row only). */
const onRow = (change: (row: ScoreRow, value: string) => ScoreRow): ((value: string) => Scorecard) => {
  const k = card.rows.findIndex((r) => r.outcome);
  return (value) => ({ ...card, rows: card.rows.map((r, i) => (i === k ? change(r, value) : r)) });
};

// Every field a scorecard shows, as a card holding `value` there.
const CARD_FIELDS: Record<string, (value: string) => Scorecard> = {
  'plan file name': (v) => ({ ...card, plan: { ...card.plan, file: v } }),
  'review file name': (v) => ({ ...card, review: { ...card.review, file: v } }),
  'plan title (no file name)': (v) => ({ ...card, plan: { ...card.plan, file: null, title: v } }),
  'review title (no file name)': (v) => ({ ...card, review: { ...card.review, file: null, title: v } }),
  government: (v) => ({ ...card, plan: { ...card.plan, government: v } }),
  warning: (v) => ({ ...card, warning: v }),
  assumption: (v) => ({ ...card, assumptions: [v] }),
  'target id': onRow((r, v) => ({ ...r, target: { ...r.target, id: v } })),
  'target text': onRow((r, v) => ({ ...r, target: { ...r.target, text: v } })),
  'target unit (figure)': onRow((r, v) => ({ ...r, target: { ...r.target, unit: v } })),
  'outcome text': onRow((r, v) => ({ ...r, outcome: { ...r.outcome!, text: v } })),
  'outcome indicator': onRow((r, v) => ({ ...r, outcome: { ...r.outcome!, indicator: v } })),
  'words-only mention': onRow((r, v) => ({ ...r, outcome: null, mention: { text: v, span: r.outcome!.span } })),
  margin: onRow((r, v) => ({ ...r, margin: { value: 0, unit: '%', text: v } })),
  reason: onRow((r, v) => ({ ...r, reason: v, reasonZh: v })),
  section: onRow((r, v) => ({ ...r, target: { ...r.target, section: v } })),
  'repeated target': (v) => ({ ...card, repeats: [{ ...card.rows[0]!.target, id: v, text: v, repeatOf: v }] }),
};

describe('scorecard Markdown: every field is inert', () => {
  it.each(Object.entries(CARD_FIELDS))('%s', (_, cardWith) => {
    const render: Render = (v) => scorecardMarkdown(cardWith(v));
    expectInertMarkdown(render(PAYLOAD), render(PLAIN));
  });
  it('section, with the trace column (--explain)', () => {
    const render: Render = (v) => scorecardMarkdown(CARD_FIELDS['section']!(v), { explain: true });
    expectInertMarkdown(render(PAYLOAD), render(PLAIN));
  });
});

describe('scorecard HTML: every field is inert', () => {
  // The page shows neither the section nor a repeat; every other field, and the ids and links built from row ids.
  const shown = Object.entries(CARD_FIELDS).filter(([field]) => field !== 'section' && field !== 'repeated target');
  it.each(shown)('%s', (_, cardWith) => {
    const render: Render = (v) => scorecardHtml(cardWith(v), plan, review);
    expectInertHtml(render(PAYLOAD), render(PLAIN));
  });
});

const first = <T>(list: readonly T[], change: (item: T) => T): T[] => list.map((item, i) => (i === 0 ? change(item) : item));

// Every field of a diff, as the diff holding `value` there (in its first pair or term).
const DIFF_FIELDS: Record<string, (value: string) => ReportDiff> = {
  'heading in A': (v) => ({ ...diff, sections: first(diff.sections, (s) => ({ ...s, a: { ...s.a, heading: v } })) }),
  'heading in B': (v) => ({ ...diff, sections: first(diff.sections, (s) => ({ ...s, b: { ...s.b, heading: v } })) }),
  'dropped heading': (v) => ({ ...diff, dropped: [{ ...diff.sections[0]!.a, heading: v }] }),
  'new heading': (v) => ({ ...diff, added: [{ ...diff.sections[0]!.b, heading: v }] }),
  term: (v) => ({ ...diff, terms: first(diff.terms, (t) => ({ ...t, term: v })) }),
  'changed words': (v) => ({ ...diff, sections: first(diff.sections, (s) => ({ ...s, pieces: [{ op: 'insert', words: [v], a: null, b: s.b.span }] })) }),
};
const withMeta = (report: Report, value: string): Report => ({ ...report, meta: { ...report.meta, government: value, title: value } });

describe('diff HTML: every field is inert', () => {
  const FIELDS: Record<string, Render> = {
    'file A': (v) => diffHtml(diff, plan, review, v, 'b.txt'),
    'file B': (v) => diffHtml(diff, plan, review, 'a.txt', v),
    'government and title': (v) => diffHtml(diff, withMeta(plan, v), withMeta(review, v), 'a.txt', 'b.txt'),
    // The page shows a pair's words as they stand in the reports, not the diff's copy of them.
    ...Object.fromEntries(Object.entries(DIFF_FIELDS).filter(([field]) => field !== 'changed words').map(([field, diffWith]) => [field, (v: string) => diffHtml(diffWith(v), plan, review, 'a.txt', 'b.txt')])),
  };
  it.each(Object.entries(FIELDS))('%s', (_, render) => expectInertHtml(render(PAYLOAD), render(PLAIN)));
});

describe('diff text: every field is inert', () => {
  const FIELDS: Record<string, Render> = {
    'file A': (v) => diffText(diff, v, 'b.txt'),
    'file B': (v) => diffText(diff, 'a.txt', v),
    ...Object.fromEntries(Object.entries(DIFF_FIELDS).map(([field, diffWith]) => [field, (v: string) => diffText(diffWith(v), 'a.txt', 'b.txt')])),
  };
  it.each(Object.entries(FIELDS))('%s', (_, render) => expectInertText(render(PAYLOAD)));
});

describe('outline, extraction, align and track text: every field is inert', () => {
  // Every part's heading, role evidence and top-level section headings.
  const withPart = (v: string): Report => ({
    ...plan,
    parts: plan.parts.map((p) => ({ ...p, heading: v, evidence: p.evidence.map((e) => ({ ...e, seen: v })), sections: p.sections.map((s) => ({ ...s, heading: v })) })),
  });
  const extraction = extract(plan);
  const pairs = alignSections(plan, review, { tokenizer });
  const TEXT_FIELDS: Record<string, Render> = {
    'outline: file name': (v) => outlineText(plan, v),
    'outline: title, government, date, meeting, office, speaker, conflict': (v) =>
      outlineText({ ...plan, meta: { ...plan.meta, title: v, government: v, date: v, meeting: v, office: v, speaker: v, conflicts: [v] } }),
    'outline: part and section headings, role evidence': (v) => outlineText(withPart(v)),
    'extraction: file name and title': (v) => extractionText({ ...plan, meta: { ...plan.meta, title: v } }, extraction, v),
    'extraction: indicator, text and unit': (v) =>
      extractionText(plan, {
        ...extraction,
        targets: first(extraction.targets, (t) => ({ ...t, indicator: v, text: v, unit: v })),
        outcomes: first(extraction.outcomes, (o) => ({ ...o, indicator: v, text: v, unit: v })),
      }),
    'align: file names': (v) => alignText(pairs, v, v),
    'align: headings': (v) => alignText(first(pairs, (p) => ({ ...p, a: { ...p.a!, heading: v }, b: { ...p.b!, heading: v } })), 'a.txt', 'b.txt'),
    'track: government, indicator, unit, file names': (v) => trackText(trackWith(v)),
  };
  it.each(Object.entries(TEXT_FIELDS))('%s', (_, render) => expectInertText(render(PAYLOAD)));

  it('keeps a table aligned: a control takes the one column it was counted as', () => {
    const bColumn = (text: string) => {
      const line = text.split('\n')[4]!;
      return displayWidth(line.slice(0, line.indexOf(pairs[0]!.b!.heading.slice(0, 4))));
    };
    const marked = alignText(first(pairs, (p) => ({ ...p, a: { ...p.a!, heading: `\u001b[31m${p.a!.heading}` } })), 'a.txt', 'b.txt');
    expect(marked).toContain('␛[31m');
    expect(bColumn(marked)).toBe(bColumn(alignText(pairs, 'a.txt', 'b.txt')));
  });
});

/** A track record of one indicator whose every name is `v`. */
function trackWith(v: string): TrackResult {
  const evidence = { file: v, span: [0, 1] as [number, number], line: 1, column: 1, text: v };
  return {
    government: v,
    years: [2021],
    series: [
      {
        government: v,
        indicator: v,
        label: v,
        measure: 'growth',
        unit: v,
        points: [{ planYear: 2021, target: { ...evidence, value: 6, high: null, unit: v, comparator: 'at_least', direction: 'increase' }, outcome: { ...evidence, value: 8.1, unit: v }, verdict: 'met', reason: v, reasonZh: v }],
      },
    ],
    unpaired: [],
  };
}

describe('batch Markdown (the scorecard cells batch writes): file names and reasons are inert', () => {
  it('a left-out file and its reason', () => {
    const render: Render = (v) => {
      const writer = batchWriter('md');
      return writer.start() + writer.unpaired({ file: v, reason: v }) + writer.end();
    };
    expectInertMarkdown(render(PAYLOAD), render(PLAIN));
  });
});

// ── through real report text, the CLI, compare() and the page's build ─────────────────────────────

describe('markup in report text, and in the names a user gives', () => {
  // national-2021 with the payload (on one line: a line break would end the heading) in its heading of 2021's
  // work and in the sentence of its main targets. The markup changes how the report reads (that heading is no
  // longer one line of a few words), so there is no harmless twin to compare with, only the checks of markup.
  const inline = PAYLOAD.replace(/\s+/g, ' ');
  const text = corpusText('national-2021.txt')
    .replace('三、2021年重点工作', `三、2021年重点工作${inline}`)
    .replace('国内生产总值增长6%以上；', `国内生产总值增长6%以上${inline}；`);
  const report = requireReport(parseReport(text), 'hostile.txt');
  const hostile = { report, card: checkTargets(report, review, { tokenizer }), diff: diffReports(report, review, { tokenizer }) };

  it('Markdown and HTML scorecards: the heading is a section cell, the sentence part of the report shown', () => {
    expect(hostile.card.rows.some((r) => r.target.section.includes('<img'))).toBe(true);
    expectInertMarkdown(hostile.card.toMarkdown());
    expect(hostile.card.toHTML()).toContain('&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;');
    expectInertHtml(hostile.card.toHTML());
  });

  it('diff HTML and text, outline, extraction and align text', () => {
    expectInertHtml(diffHtml(hostile.diff, hostile.report, review, 'a', 'b'));
    for (const text of [diffText(hostile.diff, 'a', 'b'), outlineText(hostile.report), alignText(alignSections(hostile.report, review, { tokenizer }), 'a', 'b')]) expectInertText(text);
    expect(extractionText(hostile.report, extract(hostile.report))).not.toMatch(CONTROL);
  });

  it('compare() with a name: toMarkdown() and toHTML()', async () => {
    const named = await compare({ text: corpusText('national-2021.txt'), name: PAYLOAD }, { text: corpusText('national-2022.txt'), name: 'review.txt' }, { tokenizer });
    const plainNamed = await compare({ text: corpusText('national-2021.txt'), name: PLAIN }, { text: corpusText('national-2022.txt'), name: 'review.txt' }, { tokenizer });
    expectInertMarkdown(named.toMarkdown(), plainNamed.toMarkdown());
    expectInertHtml(named.toHTML(), plainNamed.toHTML());
  });

  describe('the command line, with files named so', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-escaping-'));
    const IMG = '<img src=x onerror=alert(1)>.txt';
    const ESC = '\u001b[31mred\u001b]0;title\u0007.txt';
    writeFileSync(join(dir, IMG), readFileSync(join(ROOT, 'corpus', 'national-2021.txt')));
    writeFileSync(join(dir, ESC), readFileSync(join(ROOT, 'corpus', 'national-2021.txt')));
    writeFileSync(join(dir, 'review.txt'), readFileSync(join(ROOT, 'corpus', 'national-2022.txt')));
    const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

    it("check '<img…>.txt' review.txt --format markdown", () => {
      const r = run('check', IMG, 'review.txt', '--format', 'markdown');
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('Plan: &lt;img src=x onerror=alert(1)&gt;.txt · review: review.txt');
      expect(r.stdout).not.toContain('<');
    });

    it("check '<img…>.txt' review.txt --format html", () => {
      const r = run('check', IMG, 'review.txt', '--format', 'html');
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('&lt;img src=x onerror=alert(1)&gt;.txt');
      expect(r.stdout).not.toMatch(/<img|<script/i);
    });

    it('outline, extract, diff and check of a file whose name holds escape sequences print none', () => {
      for (const args of [['outline', ESC], ['extract', ESC], ['diff', ESC, 'review.txt'], ['check', ESC, 'review.txt']]) {
        const r = run(...args);
        expect(r.status).toBe(0);
        expect(r.stdout).toMatch(/␛\\?\[31mred␛\\?\]0;title␇\.txt/);
        expect(r.stdout).not.toMatch(CONTROL);
      }
    });
  });

  it("the page's Markdown download is the library's: a dropped file's name stays text", async () => {
    // The page runs compareInBrowser from the browser build, then card.toMarkdown() for the download.
    expect(UI_SCRIPT).toContain("download('md', card.toMarkdown()");
    const browser = (await import(join(ROOT, 'dist', 'browser.js'))) as typeof import('../src/browser.js');
    const wasm = await browser.loadTokenizer(readFileSync(join(dirname(createRequire(import.meta.url).resolve('jieba-wasm/web')), 'jieba_rs_wasm_bg.wasm')));
    const dropped = (name: string) => new File([readFileSync(join(ROOT, 'corpus', 'national-2021.txt'))], name);
    const review2022 = new File([readFileSync(join(ROOT, 'corpus', 'national-2022.txt'))], 'review.txt');
    const [hostilePage, plainPage] = await Promise.all([PAYLOAD, PLAIN].map((name) => browser.compareInBrowser(dropped(name), review2022, { tokenizer: wasm })));
    expectInertMarkdown(hostilePage!.card.toMarkdown(), plainPage!.card.toMarkdown());
    expectInertHtml(hostilePage!.card.toHTML(), plainPage!.card.toHTML());
    const diffPage = (p: typeof plainPage) => browser.diffHtml(p!.diff, p!.card.planReport, p!.card.reviewReport, p!.card.plan.file!, p!.card.review.file!);
    expectInertHtml(diffPage(hostilePage), diffPage(plainPage));
  });

  it("the page's own script writes names and messages as text, never as markup", () => {
    expect(UI_SCRIPT).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    expect(UI_SCRIPT).toContain("$(side + '-name').textContent = file ? file.name : ''");
  });
});
