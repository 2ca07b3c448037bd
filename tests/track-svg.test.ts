import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { decodeText } from '../src/index.js';
import { trackSvg } from '../src/index.js';
import type { TrackEvidence, TrackPoint, TrackSeries } from '../src/index.js';
import { CHROMIUM, launch } from './browser.js';

const ROOT = join(import.meta.dirname, '..');

/** Evidence as a builder would make it: the file as given, the span, its line:column, its words. */
function evidence(file: string, span: [number, number], line: number, column: number, text: string): TrackEvidence {
  return { file, span, line, column, text };
}

/**
 * 海拉尔区's GDP growth, 2012–2019, by hand from the GB18030 reports in corpus/: each target from
 * the plan part of year N, each outcome from the review part of year N+1. Spans are offsets into
 * the decoded text (CRLF kept); the first test below checks every one against the files.
 */
const growth = (
  planYear: number,
  target: TrackEvidence & { value: number; comparator: 'exact' | 'about' },
  outcome: (TrackEvidence & { value: number }) | null,
  verdict: TrackPoint['verdict'],
  reason: string,
  reasonZh: string,
): TrackPoint => ({
  planYear,
  target: { ...target, high: null, unit: '%', direction: 'increase' },
  outcome: outcome && { ...outcome, unit: '%' },
  verdict,
  reason,
  reasonZh,
});

const FLOOR = 'a floor: higher is better; ';
const FLOOR_ZH = '下限目标，越高越好；';

const hailar: TrackSeries = {
  government: '海拉尔区',
  indicator: '生产总值',
  label: '地区生产总值',
  measure: 'growth',
  unit: '%',
  points: [
    // hailar-2012.txt line 47: '…预期目标是：地区生产总值达到240亿元，同比增长21%；…'
    // hailar-2013.txt line 13: '全年地区生产总值完成235.2亿元，同比增长18.5%'
    growth(
      2012,
      { ...evidence('corpus/hailar-2012.txt', [5528, 5535], 47, 37, '同比增长21%'), value: 21, comparator: 'exact' },
      { ...evidence('corpus/hailar-2013.txt', [283, 292], 13, 30, '同比增长18.5%'), value: 18.5 },
      'missed', `${FLOOR}低于目标2.5个百分点`, `${FLOOR_ZH}低于目标2.5个百分点`,
    ),
    // hailar-2013.txt line 20: '地区生产总值增长20%，达到282亿元'; hailar-2014.txt line 15: '…253.7亿元，同比增长10.1%'
    growth(
      2013,
      { ...evidence('corpus/hailar-2013.txt', [2781, 2792], 20, 15, '地区生产总值增长20%'), value: 20, comparator: 'exact' },
      { ...evidence('corpus/hailar-2014.txt', [319, 328], 15, 21, '同比增长10.1%'), value: 10.1 },
      'missed', `${FLOOR}低于目标9.9个百分点`, `${FLOOR_ZH}低于目标9.9个百分点`,
    ),
    // hailar-2014.txt line 61: '地区生产总值增长11%'; hailar-2015.txt line 12: '…274.4亿元，同比增长9.1%'
    growth(
      2014,
      { ...evidence('corpus/hailar-2014.txt', [3877, 3888], 61, 17, '地区生产总值增长11%'), value: 11, comparator: 'exact' },
      { ...evidence('corpus/hailar-2015.txt', [365, 373], 12, 27, '同比增长9.1%'), value: 9.1 },
      'missed', `${FLOOR}低于目标1.9个百分点`, `${FLOOR_ZH}低于目标1.9个百分点`,
    ),
    // hailar-2015.txt line 26: '地区生产总值增长8%'; hailar-2016.txt line 39: '…287.9亿元,同比增长8.9%（按可比价计算）'
    growth(
      2015,
      { ...evidence('corpus/hailar-2015.txt', [3533, 3543], 26, 15, '地区生产总值增长8%'), value: 8, comparator: 'exact' },
      { ...evidence('corpus/hailar-2016.txt', [5332, 5340], 39, 99, '同比增长8.9%'), value: 8.9 },
      'met', `${FLOOR}高于目标0.9个百分点`, `${FLOOR_ZH}高于目标0.9个百分点`,
    ),
    // hailar-2016.txt line 75: '地区生产总值增长7.5%'; hailar-2017.txt line 13: '…303.6亿元,同比增长7.2%'
    growth(
      2016,
      { ...evidence('corpus/hailar-2016.txt', [9760, 9772], 75, 17, '地区生产总值增长7.5%'), value: 7.5, comparator: 'exact' },
      { ...evidence('corpus/hailar-2017.txt', [341, 349], 13, 38, '同比增长7.2%'), value: 7.2 },
      'missed', `${FLOOR}低于目标0.3个百分点`, `${FLOOR_ZH}低于目标0.3个百分点`,
    ),
    // hailar-2017.txt line 35: '地区生产总值增长7.5%'; the 2018 report says only '地区生产总值…稳中有升', no figure.
    growth(
      2017,
      { ...evidence('corpus/hailar-2017.txt', [4335, 4347], 35, 17, '地区生产总值增长7.5%'), value: 7.5, comparator: 'exact' },
      null,
      'unclear', 'the review names the indicator in words only, without a figure', '复盘仅以文字提及该指标，未给出数字',
    ),
    // hailar-2018.txt line 43: '地区生产总值增长6%左右'; hailar-2019.txt line 18: '…按可比价计算，同比增长6.0%'
    growth(
      2018,
      { ...evidence('corpus/hailar-2018.txt', [5834, 5846], 43, 17, '地区生产总值增长6%左右'), value: 6, comparator: 'about' },
      { ...evidence('corpus/hailar-2019.txt', [385, 393], 18, 218, '同比增长6.0%'), value: 6 },
      'met', `${FLOOR}与目标持平`, `${FLOOR_ZH}与目标持平`,
    ),
    // hailar-2019.txt line 44: '地区生产总值增长3.5%左右'; the corpus holds no 2020 report.
    growth(
      2019,
      { ...evidence('corpus/hailar-2019.txt', [4716, 4730], 44, 16, '地区生产总值增长3.5%左右'), value: 3.5, comparator: 'about' },
      null,
      'unreported', 'no later report', '无后续报告',
    ),
  ],
};

const count = (svg: string, re: RegExp) => svg.match(re)?.length ?? 0;
/** The markers, drawn after the legend, grid and axes. */
const marks = (svg: string) => svg.slice(svg.indexOf('<a '));
const links = (svg: string) => [...svg.matchAll(/<a href="([^"]*)"[^>]*><title>([^<]*)<\/title>/g)].map((m) => ({ href: m[1]!, title: m[2]! }));
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Every element opened is closed, in order, and nothing but the root is at the top: well-formed enough to parse. */
function assertBalanced(svg: string): void {
  const stack: string[] = [];
  let roots = 0;
  for (const m of svg.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    const [, close, name, self] = m;
    if (close) expect(stack.pop()).toBe(name);
    else if (!self) {
      if (stack.length === 0) roots++;
      stack.push(name!);
    } else expect(stack.length).toBeGreaterThan(0);
  }
  expect(stack).toEqual([]);
  expect(roots).toBe(1);
  // No raw '&' that is not an entity, and no '<' inside text or attributes.
  expect(svg).not.toMatch(/&(?!(amp|lt|gt|quot|#39);)/);
  expect(svg.replace(/<[^<>]*>/g, '')).not.toMatch(/[<>]/);
}

describe('trackSvg on 海拉尔区 GDP growth 2012–2019 (real corpus figures)', () => {
  const svg = trackSvg(hailar);

  it('the fixture is real: every span cuts its quoted words out of the decoded corpus file, at its line:column', () => {
    for (const p of hailar.points) {
      for (const e of [p.target, p.outcome].filter((x): x is NonNullable<typeof x> => x !== null)) {
        const text = decodeText(readFileSync(join(ROOT, e.file)));
        expect(text.slice(e.span[0], e.span[1]), e.file).toBe(e.text);
        const before = text.slice(0, e.span[0]);
        expect(`${before.split('\n').length}:${e.span[0] - before.lastIndexOf('\n')}`).toBe(`${e.line}:${e.column}`);
        // The value is the figure the words state.
        expect(Number(e.text.match(/\d+(\.\d+)?/)![0])).toBe(e.value);
      }
    }
  });

  it('is one SVG document with namespaces, viewBox, role and an accessible title and description', () => {
    expect(svg.startsWith('<svg ')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('xmlns:xlink="http://www.w3.org/1999/xlink"');
    expect(svg).toMatch(/viewBox="0 0 \d+ \d+"/);
    expect(svg).toContain('role="img"');
    expect(svg).toMatch(/^<svg [^>]*>\n<title>海拉尔区 · 地区生产总值<\/title>\n<desc>[^<]*2 met, 4 missed, 1 unclear, 1 unreported/);
    expect(svg).toContain('font-family="Noto Sans CJK SC, PingFang SC, Microsoft YaHei, sans-serif"');
    assertBalanced(svg);
  });

  it('is self-contained: nothing to load, no script, no style sheet', () => {
    expect(svg).not.toMatch(/<script|<style|<image|<foreignObject|@import|url\(|https?:\/\/(?!www\.w3\.org\/)/i);
  });

  it('labels every plan year, the unit and a bilingual legend', () => {
    for (let year = 2012; year <= 2019; year++) expect(svg).toContain(`>${year}</text>`);
    for (const words of ['单位 unit: %', '目标 target', '实际 outcome', '未完成 missed', '完成 met', '无法判断 unclear', '未报告 unreported', '约 about ±5%'])
      expect(svg).toContain(`>${words}</text>`);
  });

  it('has one link per target and one per outcome, each to file#char=start,end with the quote, place and verdict in its title', () => {
    const outcomes = hailar.points.filter((p) => p.outcome).length;
    expect(outcomes).toBe(6);
    expect(count(svg, /<a /g)).toBe(hailar.points.length + outcomes);
    const all = links(svg);
    expect(all).toHaveLength(14);
    const evidences = hailar.points.flatMap((p) => [{ e: p.target, p }, ...(p.outcome ? [{ e: p.outcome, p }] : [])]);
    for (const { e, p } of evidences) {
      const hit = all.find((l) => l.href === `${e.file}#char=${e.span[0]},${e.span[1]}`);
      expect(hit, `${e.file} ${e.span}`).toBeDefined();
      const title = unescape(hit!.title);
      expect(title).toContain(`“${e.text}”`);
      expect(title).toContain(`${e.file}:${e.line}:${e.column}`);
      expect(title).toContain(p.verdict);
      expect(title).toContain(p.reasonZh);
    }
    // The 2013 target, as the reader hovering it sees it.
    expect(unescape(all.find((l) => l.href === 'corpus/hailar-2013.txt#char=2781,2792')!.title)).toBe(
      '2013 目标 target: 20%\n“地区生产总值增长20%”\ncorpus/hailar-2013.txt:20:15\n未完成 missed · 下限目标，越高越好；低于目标9.9个百分点\na floor: higher is better; 低于目标9.9个百分点',
    );
  });

  it('marks misses with a ✕ as well as red, and breaks the outcome line at the year with no figure', () => {
    // Four missed outcomes, each a red circle followed by a white cross.
    expect(count(marks(svg), /<circle [^>]*fill="#a11"[^>]*\/><path [^>]*stroke="#fff"/g)).toBe(4);
    // 2012–2016 joined, 2017 has none, 2018 stands alone: one path with a single move.
    const d = svg.match(/<path d="([^"]*)" fill="none"/)![1]!;
    expect(count(d, /M/g)).toBe(2);
    expect(count(d, /L/g)).toBe(4);
  });

  it('is deterministic and rounds coordinates to at most two decimals', () => {
    expect(trackSvg(hailar)).toBe(svg);
    expect(trackSvg(structuredClone(hailar))).toBe(svg);
    const numbers = [...svg.matchAll(/ (?:x|y|x1|x2|y1|y2|cx|cy|r|width|height)="(-?[\d.]+)"/g)].map((m) => m[1]!);
    expect(numbers.length).toBeGreaterThan(50);
    for (const v of numbers) expect(v).toMatch(/^-?\d+(\.\d{1,2})?$/);
  });

  it('URL-encodes each path segment of the file, keeping the slashes', () => {
    const p = hailar.points[0]!;
    const moved: TrackSeries = { ...hailar, points: [{ ...p, target: { ...p.target, file: 'reports/海拉尔 2012#1.txt' } }] };
    expect(trackSvg(moved)).toContain(`href="reports/${encodeURIComponent('海拉尔 2012#1.txt')}#char=5528,5535"`);
  });
});

describe('trackSvg edge cases', () => {
  const base = hailar.points[0]!;
  const point = (planYear: number, target: Partial<TrackPoint['target']>, outcome: number | null, verdict: TrackPoint['verdict']): TrackPoint => ({
    ...base,
    planYear,
    target: { ...base.target, ...target },
    outcome: outcome === null ? null : { ...base.outcome!, value: outcome },
    verdict,
  });

  it('throws on a series with no points', () => {
    expect(() => trackSvg({ ...hailar, points: [] })).toThrow(new Error('trackSvg: the series has no points'));
  });

  it('escapes &, <, >, quotes and apostrophes in every text, and drops characters XML forbids', () => {
    const p = point(2020, { text: 'a < b & "c" \'d\' \f' }, 5, 'met');
    const svg = trackSvg({ ...hailar, government: 'R&D <区>', label: '"增长" <&> \'率\'', points: [p] });
    assertBalanced(svg);
    expect(svg).toContain('<title>R&amp;D &lt;区&gt; · &quot;增长&quot; &lt;&amp;&gt; &#39;率&#39;</title>');
    expect(svg).toContain('“a &lt; b &amp; &quot;c&quot; &#39;d&#39; \uFFFD”');
    expect(svg).not.toContain('\f');
  });

  it('draws one point, all-equal values, and a fall below zero with a zero line', () => {
    const one = trackSvg({ ...hailar, points: [point(2020, { value: 6 }, 6, 'met')] });
    assertBalanced(one);
    expect(one).not.toMatch(/NaN|Infinity/);
    expect(count(one, /<a /g)).toBe(2);

    const flat = trackSvg({ ...hailar, points: [point(2020, { value: 0 }, 0, 'met'), point(2021, { value: 0 }, 0, 'met')] });
    expect(flat).not.toMatch(/NaN|Infinity/);

    const fall = trackSvg({
      ...hailar,
      points: [point(2020, { value: 2 }, -2.1, 'missed'), point(2021, { value: -1, comparator: 'at_most', high: null }, -3.4, 'met')],
    });
    expect(fall).not.toMatch(/NaN|Infinity/);
    // The zero tick is labelled and drawn darker than the grid.
    expect(fall).toMatch(/stroke="#777" stroke-width="1.2"\/>\n<text [^>]*>0<\/text>/);
    expect(fall).toContain('>\u22124</text>');
    expect(fall).toContain('>\u22122.1</text>');
  });

  it('draws a range as a band, about as a band with its point, floors and ceilings as carets', () => {
    const svg = trackSvg({
      ...hailar,
      points: [
        point(2020, { value: 5, high: 6, comparator: 'range' }, 5.5, 'met'),
        point(2021, { value: 6, comparator: 'about' }, null, 'unreported'),
        point(2022, { value: 6, comparator: 'at_least' }, 5, 'missed'),
        point(2023, { value: 3, comparator: 'at_most' }, 2.5, 'met'),
      ],
    });
    assertBalanced(svg);
    expect(count(svg, /<a /g)).toBe(7);
    // The range band (stroked) and the about band (light, unstroked).
    expect(count(marks(svg), /<rect [^>]*fill-opacity="0.2" stroke=/g)).toBe(1);
    expect(count(marks(svg), /<rect [^>]*fill-opacity="0.18"\/>/g)).toBe(1);
    // Unreported: grey and dashed, the target only.
    expect(svg).toMatch(/<circle [^>]*stroke="#666" stroke-width="2" stroke-dasharray/);
    for (const words of ['区间/约 range/about', '下限 floor', '上限 ceiling']) expect(svg).toContain(`>${words}</text>`);
    expect(svg).toContain('2020 目标 target: 5–6%');
  });
});

describe('trackSvg in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    if (CHROMIUM) browser = await launch();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it.skipIf(!CHROMIUM)('opens as an SVG file with a non-zero box, every link present, and is screenshotted', async () => {
    const svg = trackSvg(hailar);
    const file = '/tmp/track-svg.svg';
    writeFileSync(file, svg);
    const page = await browser.newPage({ viewport: { width: 900, height: 500 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`file://${file}`);
    // A parse error makes Chromium show an error page instead of an <svg> root.
    const dom = (await page.evaluate(`(() => {
      const root = document.documentElement;
      const { width, height } = root.viewBox.baseVal;
      return {
        root: root.localName,
        parseErrors: document.getElementsByTagName('parsererror').length,
        links: document.querySelectorAll('a').length,
        // Every text inside the picture, none clipped at an edge.
        outside: Array.from(root.querySelectorAll('text'))
          .filter((t) => { const b = t.getBBox(); return b.x < 0 || b.y < 0 || b.x + b.width > width || b.y + b.height > height; })
          .map((t) => t.textContent),
      };
    })()`)) as { root: string; parseErrors: number; links: number; outside: string[] };
    expect(dom).toEqual({ root: 'svg', parseErrors: 0, links: 14, outside: [] });
    const box = await page.locator('svg').first().boundingBox();
    expect(box!.width).toBeGreaterThan(0);
    expect(box!.height).toBeGreaterThan(0);
    expect(await page.locator('a').count()).toBe(14);
    // Chinese is drawn in a CJK font, not in boxes: ask Chromium which platform fonts drew the title.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'svg > text' });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    expect(fonts.map((f) => f.familyName).join(', ')).toMatch(/CJK/);
    expect(errors).toEqual([]);
    await page.locator('svg').first().screenshot({ path: '/tmp/track-svg.png' });
    await page.close();
  }, 60_000);
});
