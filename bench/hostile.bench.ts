/**
 * Benchmark (not a test): each hostile input of the hardening issue through the built CLI, with its
 * wall time and the peak memory of the process (from GNU time when installed), and its exit code.
 *
 *   npm run build && npm run bench
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { padEnd } from '../src/render/width.js';
import { runCli } from './timing.js';
import { bigDocx, flateBomb, HOSTILE, manyPages, PDF_BOMBS, zipOf } from '../tests/hostile.fixtures.js';

const scratch = mkdtempSync(join(tmpdir(), 'duizhao-bench-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};

/** A .docx whose one member is 200 MB of zeros (it compresses to about 200 KB). */
const zipBomb = () => zipOf('word/document.xml', Buffer.alloc(200 * 1024 * 1024));

const many = HOSTILE.manyFigures(1000);
const cases: Array<[string, string[]]> = [
  ['/dev/zero (size cap)', ['outline', '/dev/zero']],
  ['docx zip bomb (200 MB member)', ['outline', file('bomb.docx', zipBomb())]],
  // Read with mammoth (a DOM of the whole document) it took 43 to 56 s and 2300 MB on a shared 2-core
  // machine where the streaming reader takes 7 to 8 s and 470 MB, most of both the outline of its 4.3
  // million characters (the same text as a .txt: 5 s, 430 MB).
  ['docx: 20 MB, 60 MB of XML', ['outline', file('big.docx', bigDocx(60, 10))]],
  ['PDF with a 1 GB flate stream', ['outline', file('bomb.pdf', flateBomb(1024))]],
  ['PDF of 100,000 pages', ['outline', file('pages.pdf', manyPages(100_000))]],
  ['PDF: 1 GB behind two flate layers', ['outline', file('layers.pdf', PDF_BOMBS.twoFlateLayers(1024))]],
  ['PDF: 1 GB flate stream as /Fl', ['outline', file('abbreviated.pdf', PDF_BOMBS.abbreviated(1024))]],
  ['PDF: 1 GB flate stream as /Flate#44ecode', ['outline', file('escaped.pdf', PDF_BOMBS.escapedName(1024))]],
  ['PDF: 1 GB flate, 600-byte dictionary', ['outline', file('long-dictionary.pdf', PDF_BOMBS.longDictionary(1024))]],
  ['PDF: 1 GB LZW stream', ['outline', file('lzw.pdf', PDF_BOMBS.lzw(1024))]],
  ['PDF: 1 GB, two flate layers, in ObjStm', ['outline', file('object-stream.pdf', PDF_BOMBS.inObjectStream(1024))]],
  ['PDF: 4 pages share a 60 MB text stream', ['outline', file('shared-text.pdf', PDF_BOMBS.sharedText(60))]],
  ['80,000 lines of 你好，', ['outline', file('comma-lines.txt', HOSTILE.commaLines())]],
  ['150,000 paragraphs', ['outline', file('paragraphs.txt', HOSTILE.paragraphs())]],
  ['200,000-digit line in national-2021', ['check', file('digits.txt', HOSTILE.digitLine()), join(import.meta.dirname, '..', 'corpus', 'national-2022.txt')]],
  ['national-2021 pasted twice', ['check', file('doubled.txt', HOSTILE.doubled()), join(import.meta.dirname, '..', 'corpus', 'national-2022.txt')]],
  ['U+2028 line separators (national-2021)', ['outline', file('separators.txt', HOSTILE.lineSeparators())]],
  ['1000 targets against 1000 outcomes', ['check', file('plan.txt', many.plan), file('review.txt', many.review), '--force']],
];

console.log('\nhostile input                              exit   wall s   peak MB');
for (const [name, args] of cases) {
  const { wall, peak, status } = runCli(args);
  console.log(`${padEnd(name, 42)} ${String(status).padStart(4)} ${wall.toFixed(2).padStart(8)} ${peak.padStart(9)}`);
}
