import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract, loadText, parseReport, readText } from '../src/index.js';
import { CHROMIUM, launch } from './browser.js';
import { normalize, toOriginal } from '../src/report/normalize/index.js';
import { toUnifiedIdeograph } from '../src/report/normalize/chars.js';

// A report printed to PDF by a browser reads back with radicals and compatibility ideographs in place
// of ordinary characters ('⼈⺠⽣' for '人民生'): read as the ordinary ones, spans still on the input.

const CORPUS = join(import.meta.dirname, '..', 'corpus');

/** Each normalized character with the original text it came from. */
function origins(input: string): Array<[string, string]> {
  const n = normalize(input);
  return [...n.text].map((_, i) => [n.text[i]!, input.slice(...toOriginal(n, i, i + 1))]);
}

describe('printed characters: pinned inputs', () => {
  it("reads '⼈⺠⽣活' (Kangxi ⼈⽣, supplement ⺠) as '人民生活', each character spanning its own radical", () => {
    const input = '\u2f08\u2ea0\u2f63活';
    const n = normalize(input);
    expect(n.text).toBe('人民生活');
    expect(toOriginal(n, 0, 4)).toEqual([0, 4]);
    expect(origins(input)).toEqual([['人', '\u2f08'], ['民', '\u2ea0'], ['生', '\u2f63'], ['活', '活']]);
  });

  it('reads the simplified forms a printed report has (⻓⻔⻅⻢⻋⻜⻉⻛⻝⻘⻬⻩⻚⻄⺟⺫)', () => {
    const forms = '\u2ed3\u2ed4\u2ec5\u2ee2\u2ecb\u2edc\u2ec9\u2edb\u2edd\u2ed8\u2eec\u2ee9\u2eda\u2ec4\u2e9f\u2eab';
    expect(normalize(forms).text).toBe('长门见马车飞贝风食青齐黄页西母目');
  });

  it('reads compatibility ideographs as the unified ones, an astral one spanning both its units', () => {
    // U+F9D1 is 六 (U+516D); U+2F800 is 丽 (U+4E3D).
    const input = '第\uf9d1\u{2f800}';
    const n = normalize(input);
    expect(n.text).toBe('第六丽');
    expect(toOriginal(n, 2, 3)).toEqual([2, 4]);
  });

  it('reads a radical written as an HTML entity, spanning the entity', () => {
    const input = '&#x2F08;民';
    const n = normalize(input);
    expect(n.text).toBe('人民');
    expect(toOriginal(n, 0, 1)).toEqual([0, 8]);
  });

  it('keeps what has no ordinary ideograph, and what already is one', () => {
    // ⺀ (U+2E80) has no equivalent; ⺅ is the component 亻, never printed alone; U+FA0E is itself unified.
    expect(normalize('\u2e80\u2e85\ufa0e（一）').text).toBe('\u2e80\u2e85\ufa0e（一）');
  });

  it('maps every form to one CJK unified ideograph of one UTF-16 unit', () => {
    for (let code = 0x2e80; code <= 0x2fdf; code++) {
      const form = String.fromCodePoint(code);
      const ideograph = toUnifiedIdeograph(form);
      if (ideograph === form) continue;
      expect(ideograph).toMatch(/^\p{Unified_Ideograph}$/u);
      expect(ideograph.length).toBe(1);
    }
  });
});

/** Every ordinary character that has a radical form, with that form: the inverse of the mapping (the first form found). */
function radicalForms(): Map<string, string> {
  const forms = new Map<string, string>();
  for (let code = 0x2e80; code <= 0x2fdf; code++) {
    const form = String.fromCodePoint(code);
    const ideograph = toUnifiedIdeograph(form);
    if (ideograph !== form && !forms.has(ideograph)) forms.set(ideograph, form);
  }
  return forms;
}

const FORMS = radicalForms();
const asPrinted = (text: string) => [...text].map((ch) => FORMS.get(ch) ?? ch).join('');
const asRead = (text: string) => [...text].map(toUnifiedIdeograph).join('');

describe.each(['mancheng-2022.txt', 'national-2021.txt'])('%s printed with radical forms', (file) => {
  const text = readText(join(CORPUS, file));
  const printed = asPrinted(text);

  it('differs from the text in many characters', () => {
    const changed = [...text].filter((ch) => FORMS.has(ch)).length;
    expect(FORMS.size).toBeGreaterThan(200);
    expect(changed).toBeGreaterThan(500);
    expect(printed).not.toBe(text);
  });

  it('reads as the same report: meta, targets and outcomes, with spans on the printed text', () => {
    const expected = parseReport(text);
    const got = parseReport(printed);
    expect(got.input).toBe(printed);
    expect(got.normalized.text).toBe(expected.normalized.text);
    const meta = (m: typeof got.meta) => ({ title: m.title, planYear: m.planYear, government: m.government });
    expect(meta(got.meta)).toEqual(meta(expected.meta));

    const want = extract(expected);
    const have = extract(got);
    expect(want.targets.length).toBeGreaterThan(0);
    expect(want.outcomes.length).toBeGreaterThan(0);
    expect(have.targets.length).toBe(want.targets.length);
    expect(have.outcomes.length).toBe(want.outcomes.length);
    const figures = (fs: Array<{ indicator: string; value: number }>) => fs.map((f) => [f.indicator, f.value]);
    expect(figures(have.targets)).toEqual(figures(want.targets));
    expect(figures(have.outcomes)).toEqual(figures(want.outcomes));

    for (const [i, t] of have.targets.entries()) {
      expect(printed.slice(t.span[0], t.span[1])).toBe(t.text);
      expect(asRead(t.text)).toBe(want.targets[i]!.text);
    }
    for (const o of have.outcomes) expect(printed.slice(o.span[0], o.span[1])).toBe(o.text);
  });
});

describe.skipIf(!CHROMIUM)('a report printed to PDF by Chromium, read back', () => {
  it('mancheng-2022 printed as a page is read as the text: the same title, year, government, targets and outcomes', async () => {
    const browser = await launch();
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-printed-'));
    try {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(join(CORPUS, 'mancheng-2022.txt')).href);
      const pdf = join(dir, 'mancheng-2022.pdf');
      await page.pdf({ path: pdf });
      const printed = parseReport(await loadText(pdf));
      // The text layer really holds radicals: without reading them as ideographs this test has nothing to test.
      expect(printed.input).toMatch(/[\u2e80-\u2fdf]/);
      const plain = parseReport(readText(join(CORPUS, 'mancheng-2022.txt')));
      expect([printed.meta.title, printed.meta.planYear, printed.meta.government]).toEqual([plain.meta.title, plain.meta.planYear, plain.meta.government]);
      const brief = (r: typeof plain) => {
        const { targets, outcomes } = extract(r);
        return { targets: targets.map((t) => `${t.indicator}|${t.value}|${t.unit}`), outcomes: outcomes.map((o) => `${o.indicator}|${o.value}|${o.unit}`) };
      };
      expect(brief(printed)).toEqual(brief(plain));
      for (const t of extract(printed).targets) expect(printed.input.slice(...t.span)).toBe(t.text);
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
