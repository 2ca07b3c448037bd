import iconv from 'iconv-lite';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { damageWarning, decode, extract, InputError, loadDecoded, loadReport, parseReport, readReport, type Decoded } from '../src/index.js';
import { CORPUS_DIR } from './corpus.js';

// Issue 23, item 5: one stray byte must not change the reading silently.

/** mulberry32: the same flips on every run. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Flip = { kind: 'insert' | 'delete' | 'overwrite'; at: number; value: number };

function flipped(bytes: Uint8Array, { kind, at, value }: Flip): Uint8Array {
  if (kind === 'insert') return Buffer.concat([bytes.subarray(0, at), Uint8Array.of(value), bytes.subarray(at)]);
  if (kind === 'delete') return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1)]);
  const out = Uint8Array.from(bytes);
  out[at] = value;
  return out;
}

const inserted = (bytes: Uint8Array, at: number, ...values: number[]) => Buffer.concat([bytes.subarray(0, at), Uint8Array.from(values), bytes.subarray(at)]);

/** Where two texts differ: the common prefix's length, and the lengths of the differing middles. */
function difference(a: string, b: string): { at: number; inA: number; inB: number } {
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at++;
  let tail = 0;
  while (tail < a.length - at && tail < b.length - at && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { at, inA: a.length - tail - at, inB: b.length - tail - at };
}

const valid = (bytes: Uint8Array, encoding: string) => {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

// A damaged multi-byte character reads as up to four characters (a UTF-8 character cut by a stray
// byte: U+FFFD, the byte, U+FFFD, U+FFFD), next to where the byte was.
const NEAR = 4;

const FILES = readdirSync(CORPUS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((name) => {
    const bytes = new Uint8Array(readFileSync(join(CORPUS_DIR, name)));
    return { name, bytes, clean: decode(bytes, name) };
  });
const file = (name: string) => FILES.find((f) => f.name === name)!;

/** A reading of damaged bytes is right: the file's encoding, the text changed only near the damage, and the damage reported there. */
function expectReadNear(got: Decoded, clean: Decoded, cleanBytes: Uint8Array, byteAt: number, damaged: Uint8Array): void {
  expect(got.encoding).toBe(clean.encoding);
  const charAt = new TextDecoder(clean.encoding).decode(cleanBytes.subarray(0, byteAt)).length;
  const { at, inA, inB } = difference(clean.text, got.text);
  if (inA === 0 && inB === 0) return;
  expect(Math.abs(at - charAt), 'the change starts where the byte was').toBeLessThanOrEqual(NEAR);
  expect(Math.max(inA, inB), 'a few characters change').toBeLessThanOrEqual(NEAR);
  for (const [start] of got.replaced) expect(Math.abs(start - charAt)).toBeLessThanOrEqual(NEAR);
  // Undetectable damage (bytes still valid, as a changed character or an added ASCII one) reads as they say.
  if (!valid(damaged, clean.encoding)) expect(got.replaced.length).toBeGreaterThan(0);
  for (const [start, end] of got.replaced) expect(got.text.slice(start, end)).toBe('\uFFFD');
}

describe('one flipped byte in any corpus report: read in its encoding with the damage reported, or refused in one line', () => {
  it('over every corpus report, 6 seeded flips each (insert, delete or overwrite with a random byte)', () => {
    const random = seeded(23_5);
    const tally = { flips: 0, unchanged: 0, reported: 0, undetectable: 0, refused: 0 };
    const encodings = new Set<string>();
    for (const { name, bytes, clean } of FILES) {
      encodings.add(clean.encoding);
      for (let k = 0; k < 6; k++) {
        const kind = (['insert', 'delete', 'overwrite'] as const)[Math.floor(random() * 3)]!;
        const flip: Flip = { kind, at: Math.floor(random() * bytes.length), value: Math.floor(random() * 256) };
        const damaged = flipped(bytes, flip);
        tally.flips++;
        let got: Decoded;
        try {
          got = decode(damaged, name);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          expect((error as Error).message).not.toContain('\n');
          tally.refused++;
          continue;
        }
        const where = `${name} ${kind} ${flip.value.toString(16)} at byte ${flip.at}`;
        try {
          expectReadNear(got, clean, bytes, flip.at, damaged);
        } catch (error) {
          throw new Error(`${where}: ${(error as Error).message}`);
        }
        if (got.text === clean.text) tally.unchanged++;
        else if (got.replaced.length > 0) tally.reported++;
        else tally.undetectable++;
      }
    }
    expect([...encodings].sort()).toEqual(['gb18030', 'utf-8']);
    expect(tally.flips).toBe(FILES.length * 6);
    // What the seeded flips gave (324 flips): none refused, none read in another encoding.
    expect(tally).toMatchInlineSnapshot(`
      {
        "flips": 324,
        "refused": 0,
        "reported": 274,
        "unchanged": 0,
        "undetectable": 50,
      }
    `);
  });
});

describe('GB18030', () => {
  const hailar = file('hailar-2012.txt');
  const figures = (d: Decoded) => {
    const { targets, outcomes } = extract(parseReport(d.text));
    return [...targets, ...outcomes].map((f) => `${f.indicator} ${f.value}${f.unit}`);
  };

  it('hailar-2012 with 0xFF inserted at 24 places: GB18030, one U+FFFD there, the same targets and outcomes but the one the byte fell in', () => {
    const random = seeded(2012);
    const clean = figures(hailar.clean);
    expect(extract(parseReport(hailar.clean.text)).targets.length).toBeGreaterThan(50);
    let same = 0;
    for (let trial = 0; trial < 24; trial++) {
      const at = Math.floor(random() * hailar.bytes.length);
      const damaged = inserted(hailar.bytes, at, 0xff);
      const got = decode(damaged, hailar.name);
      expectReadNear(got, hailar.clean, hailar.bytes, at, damaged);
      expect(got.replaced).toHaveLength(1);
      const read = figures(got);
      const lost = clean.filter((f) => !read.includes(f));
      const gained = read.filter((f) => !clean.includes(f));
      // A byte inside a figure's sentence can cost that figure ('93.1亿元' read as '9�3.1亿元'), no other.
      expect(lost.length, `byte ${at}`).toBeLessThanOrEqual(2);
      for (const figure of gained) expect(figure).toContain('\uFFFD');
      if (lost.length === 0 && gained.length === 0) same++;
    }
    // 22 of the 24: one byte in '节水灌溉…1.8万亩', one in '工业固定资产投资完成93.1亿元'.
    expect(same).toBe(22);
  });

  it('a stray lead byte (0xB0) before a character reads the rest of the line in step, not as other characters', () => {
    const at = hailar.bytes.indexOf(0xb7, 400); // a character's first byte
    const damaged = inserted(hailar.bytes, at, 0xb0);
    const got = decode(damaged, hailar.name);
    expectReadNear(got, hailar.clean, hailar.bytes, at, damaged);
    expect(got.replaced).toHaveLength(1);
  });

  it('a file cut in the middle of its last character: GB18030, one U+FFFD at the end', () => {
    let end = hailar.bytes.length;
    while (hailar.bytes[end - 1]! < 0x80) end--; // the last character's second byte
    const cut = hailar.bytes.subarray(0, end - 1);
    const got = decode(cut, hailar.name);
    expect(got.encoding).toBe('gb18030');
    expect(got.replaced).toEqual([[got.text.length - 1, got.text.length]]);
    expect(hailar.clean.text.startsWith(got.text.slice(0, -1))).toBe(true);
  });
});

describe('UTF-8 with one bad byte', () => {
  const national = file('national-2021.txt');
  const at = national.bytes.indexOf(0xe5, 3000) + 1; // inside a character
  const damaged = Uint8Array.from(national.bytes);
  damaged[at] = 0xff;

  it('reads as UTF-8 with one U+FFFD where the character was', () => {
    const got = decode(damaged, national.name);
    expectReadNear(got, national.clean, national.bytes, at, damaged);
    expect(got.replaced.length).toBeGreaterThan(0);
    expect(got.text.length).toBeLessThanOrEqual(national.clean.text.length + 2);
  });

  it('and the same with --encoding utf-8: the named encoding, the damage replaced and reported', () => {
    const got = decode(damaged, national.name, { encoding: 'utf-8' });
    expect(got.encoding).toBe('utf-8');
    expect(got).toEqual({ ...decode(damaged, national.name), encoding: 'utf-8' });
  });
});

describe('UTF-16', () => {
  const text = file('national-2021.txt').clean.text;
  const encodings = [
    ['utf-16le', false],
    ['utf-16le', true],
    ['utf-16be', false],
    ['utf-16be', true],
  ] as const;
  const bytesOf = (encoding: string, bom: boolean) => new Uint8Array(iconv.encode(text, encoding, { addBOM: bom }));

  it.each(encodings)('%s (BOM: %s) with a lone surrogate: one U+FFFD in its place', (encoding, bom) => {
    const bytes = bytesOf(encoding, bom);
    const unit = 2000;
    const at = (bom ? 2 : 0) + unit * 2;
    bytes.set(encoding === 'utf-16le' ? [0x00, 0xd8] : [0xd8, 0x00], at);
    const got = decode(bytes, 'x.txt');
    expect(got.encoding).toBe(encoding);
    expect(got.replaced).toEqual([[unit, unit + 1]]);
    expect(got.text).toBe(text.slice(0, unit) + '\uFFFD' + text.slice(unit + 1));
  });

  it.each(encodings)('%s (BOM: %s) of odd length: one U+FFFD at the end', (encoding, bom) => {
    const bytes = bytesOf(encoding, bom);
    for (const odd of [bytes.subarray(0, bytes.length - 1), Buffer.concat([bytes, Uint8Array.of(0x41)])]) {
      const got = decode(odd, 'x.txt');
      expect(got.encoding).toBe(encoding);
      expect(got.replaced).toEqual([[got.text.length - 1, got.text.length]]);
      expect(got.text.slice(0, -1)).toBe(odd.length < bytes.length ? text.slice(0, -1) : text);
    }
  });
});

describe('an encoding named with --encoding', () => {
  const hailar = file('hailar-2012.txt');
  const damaged = inserted(hailar.bytes, 5000, 0xff);

  it('reads a file with a bad byte in that encoding, the byte replaced and reported, rather than refusing it', () => {
    for (const encoding of ['gbk', 'gb18030']) {
      const got = decode(damaged, hailar.name, { encoding });
      expect(got.encoding).toBe(encoding);
      expect(got.text).toBe(decode(damaged, hailar.name).text);
      expect(got.replaced).toHaveLength(1);
    }
  });

  it('refuses, in one line, an encoding that leaves more than one character in a thousand unreadable', () => {
    expect(() => decode(hailar.bytes, hailar.name, { encoding: 'utf-8' })).toThrow(
      /^hailar-2012\.txt: the file is not utf-8 text: \d+ of its \d+ characters are not valid utf-8$/,
    );
  });

  it('still refuses an unknown encoding', () => {
    expect(() => decode(damaged, 'x.txt', { encoding: 'klingon' })).toThrow("x.txt: unknown encoding 'klingon'");
  });
});

describe('Big5', () => {
  // No corpus report is Big5: a corpus report in traditional characters, encoded in Big5, stands in.
  const toTraditional = (createRequire(import.meta.url)('opencc-js/cn2t') as { Converter: (o: { from: string; to: string }) => (s: string) => string }).Converter({
    from: 'cn',
    to: 'tw',
  });
  const traditional = toTraditional(file('national-2021.txt').clean.text);
  const bytes = new Uint8Array(iconv.encode(traditional, 'big5'));
  const clean = decode(bytes, 'big5.txt');

  it('a clean Big5 file reads as Big5 (it also decodes as GB18030 without an error, as other characters)', () => {
    expect(clean.encoding).toBe('big5');
    expect(clean.replaced).toEqual([]);
    expect(valid(bytes, 'gb18030')).toBe(true);
  });

  it('with 0xFF inserted, still Big5, the byte reported', () => {
    for (const at of [1000, 20_000, 60_000]) {
      const damaged = inserted(bytes, at, 0xff);
      const got = decode(damaged, 'big5.txt');
      expectReadNear(got, clean, bytes, at, damaged);
      expect(got.replaced).toHaveLength(1);
    }
  });
});

describe('binary files are still refused in one line', () => {
  const random = seeded(7);
  const noise = (n: number, nul: boolean) => Uint8Array.from({ length: n }, () => (nul ? Math.floor(random() * 256) : 1 + Math.floor(random() * 255)));
  const cases: Array<[string, Uint8Array, RegExp]> = [
    ['NUL-heavy', Uint8Array.from({ length: 4096 }, (_, i) => (i % 3 ? 0 : 0x41 + (i % 26))), /^x\.bin: this is a binary file, not text$/],
    ['random bytes', noise(20_000, true), /^x\.bin: this is a binary file, not text$/],
    ['random bytes without NUL', noise(20_000, false), /^x\.bin: cannot tell the text encoding: /],
    ['a short run of random bytes without NUL', noise(300, false), /^x\.bin: cannot tell the text encoding: /],
  ];
  it.each(cases)('%s', (_what, bytes, message) => {
    let thrown: unknown;
    try {
      decode(bytes, 'x.bin');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as Error).message).toMatch(message);
    expect((thrown as Error).message).not.toContain('\n');
  });

  it('a GB18030 report whose bytes are mostly damaged is refused, not read in another encoding', () => {
    const damaged = Uint8Array.from(file('hailar-2013.txt').bytes);
    for (let at = 100; at < damaged.length; at += 200) damaged[at] = 0xff;
    expect(() => decode(damaged, 'hailar.txt')).toThrow(/^hailar\.txt: cannot tell the text encoding: .*the nearest is gb18030, where \d+ of its \d+ characters are unreadable/);
  });
});

describe('the damage reaches the reader', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'duizhao-damage-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const hailar = file('hailar-2012.txt');
  const damaged = inserted(inserted(hailar.bytes, 9000, 0xff), 3000, 0xff);

  it('on the report (report.source) and as one warning line with lines and columns', async () => {
    const path = join(scratch, 'hailar-2012.txt');
    writeFileSync(path, damaged);
    for (const report of [readReport(path), await loadReport(path), parseReport(damaged)]) {
      expect(report.source?.encoding).toBe('gb18030');
      expect(report.source?.replaced).toHaveLength(2);
      for (const [start, end] of report.source!.replaced) expect(report.input.slice(start, end)).toBe('\uFFFD');
    }
    const report = readReport(path);
    expect(damageWarning(path, report.input, report.source)).toMatch(
      new RegExp(`^${path.replace(/[.\\/]/g, '\\$&')}: 2 places hold bytes that are not valid gb18030, read as \uFFFD: line \\d+ column \\d+, line \\d+ column \\d+$`),
    );
    expect(readReport(join(CORPUS_DIR, 'hailar-2012.txt')).source).toEqual({ encoding: 'gb18030', replaced: [] });
    expect(damageWarning('x', 'text', { encoding: 'utf-8', replaced: [] })).toBeNull();
  });

  it('a saved page: the damage found again in its visible text', async () => {
    const page = join(scratch, 'report.html');
    const html = `<html><head><meta charset="gbk"></head><body><p>${hailar.clean.text.split('\n').join('</p><p>')}</p></body></html>`;
    const bytes = new Uint8Array(iconv.encode(html, 'gb18030'));
    writeFileSync(page, inserted(bytes, bytes.indexOf(0xb7, 2000), 0xff));
    const { text, source } = await loadDecoded(page);
    expect(source?.encoding).toBe('gb18030');
    expect(source?.replaced).toHaveLength(1);
    expect(text.slice(source!.replaced[0]![0], source!.replaced[0]![1])).toBe('\uFFFD');
  });

  it('lists five places at most', () => {
    const replaced = [0, 2, 4, 6, 8, 10, 12].map((at) => [at, at + 1] as const);
    expect(damageWarning('f.txt', '\uFFFD\n'.repeat(7), { encoding: 'big5', replaced })).toBe(
      'f.txt: 7 places hold bytes that are not valid big5, read as \uFFFD: line 1 column 1, line 2 column 1, line 3 column 1, line 4 column 1, line 5 column 1, and 2 more',
    );
  });
});
