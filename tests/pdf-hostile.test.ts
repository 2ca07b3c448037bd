import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { InputError, loadText } from '../src/report/read/index.js';
import { PDF_BOMBS, pdfInObjectStream, pdfOfContent, streamOf } from './hostile.fixtures.js';

/*
 * A PDF that would have pdf.js decode gigabytes, or extract more text than any report holds, gets a
 * one-line error naming the file and the reason. Times and peak memory are in bench/hostile.bench.ts.
 */
const CLI = join(import.meta.dirname, '..', 'dist', 'cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'duizhao-pdf-hostile-'));
const file = (name: string, content: Buffer) => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};
const STREAM = 'a stream of the PDF inflates beyond 67108864 bytes: not a report';

async function refusal(path: string): Promise<InputError> {
  const error = await loadText(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe('a PDF stream that decodes beyond the bound is refused, however its filters are written', () => {
  it('two flate layers (/Filter [/FlateDecode /FlateDecode]): 100 MB from under 1 KB', async () => {
    const path = file('layers.pdf', PDF_BOMBS.twoFlateLayers(100));
    expect((await refusal(path)).message).toBe(`${path}: ${STREAM} (a flate bomb?)`);
  });
  it('the abbreviation /Fl', async () => {
    const path = file('abbreviated.pdf', PDF_BOMBS.abbreviated(100));
    expect((await refusal(path)).message).toBe(`${path}: ${STREAM} (a flate bomb?)`);
  });
  it('an escaped name (/Flate#44ecode)', async () => {
    const path = file('escaped.pdf', PDF_BOMBS.escapedName(100));
    expect((await refusal(path)).message).toBe(`${path}: ${STREAM} (a flate bomb?)`);
  });
  it('a stream dictionary longer than 512 bytes', async () => {
    const path = file('long.pdf', PDF_BOMBS.longDictionary(100));
    expect((await refusal(path)).message).toBe(`${path}: ${STREAM} (a flate bomb?)`);
  });
  it('LZW (/LZWDecode)', async () => {
    const path = file('lzw.pdf', PDF_BOMBS.lzw(100));
    expect((await refusal(path)).message).toBe(`${path}: ${STREAM} (a decompression bomb?)`);
  });
  it('a stream inside an object stream, where no \'obj\' precedes it', async () => {
    const path = file('object-stream.pdf', PDF_BOMBS.inObjectStream(100));
    expect((await refusal(path)).message).toBe(`${path}: ${STREAM} (a flate bomb?)`);
  });
  it('an object stream still reads: pdf.js finds the page\'s text inside it', async () => {
    const text = '1 0 0 1 20 400 Tm (The government work report is kept in an object stream.) Tj\n';
    const content = streamOf('/Filter /FlateDecode', deflateSync(Buffer.from(`BT /F1 10 Tf\n${text}ET`, 'latin1')));
    expect(await loadText(file('kept.pdf', pdfInObjectStream(content)))).toContain('kept in an object stream');
  });
  it('streams each within the bound, together beyond it (five of 60 MB)', async () => {
    // Five one-page PDFs end to end: the check reads every object of the file, whichever pdf.js would take.
    const one = PDF_BOMBS.sharedText(60, 1);
    const path = file('together.pdf', Buffer.concat([one, one, one, one, one]));
    expect((await refusal(path)).message).toBe(`${path}: the PDF's streams inflate beyond 268435456 bytes together: not a report`);
  });
  it('a filter named by an indirect reference is not guessed at', async () => {
    const path = file('indirect.pdf', pdfOfContent(streamOf('/Filter 9 0 R', Buffer.from('BT ET'))));
    expect((await refusal(path)).message).toBe(`${path}: a stream names its filters by an indirect reference: what its streams decode to cannot be checked, so the PDF is not read`);
  });
});

describe('a PDF whose text passes any report is refused as soon as it does', () => {
  it('four pages that all draw one 60 MB text stream (184 KB on disk)', async () => {
    const path = file('shared.pdf', PDF_BOMBS.sharedText(60));
    expect((await refusal(path)).message).toBe(`${path}: more than 5000000 characters of text: not a report`);
  });
  it('and the CLI says so in one line, exit 1, no stack trace', () => {
    const r = spawnSync(process.execPath, [CLI, 'outline', file('shared-cli.pdf', PDF_BOMBS.sharedText(60))], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/shared-cli\.pdf: more than 5000000 characters of text: not a report/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
  it('the CLI refuses a filter bomb the same way', () => {
    const r = spawnSync(process.execPath, [CLI, 'outline', file('layers-cli.pdf', PDF_BOMBS.twoFlateLayers(100))], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/layers-cli\.pdf: a stream of the PDF inflates beyond 67108864 bytes: not a report \(a flate bomb\?\)/);
  });
});
