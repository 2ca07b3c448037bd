/**
 * Hostile inputs, one per class of the hardening issue, shared by the tests (messages, exit codes)
 * and the bench (time and peak memory). Each is made from a corpus report or from nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync, deflateSync } from 'node:zlib';

const CORPUS = join(import.meta.dirname, '..', 'corpus');
const national2021 = () => readFileSync(join(CORPUS, 'national-2021.txt'), 'utf8');

/** A plan and its review with `n` targets and as many outcomes, all of kinds that compete. */
function manyFigures(n: number): { plan: string; review: string } {
  const names = ['公园', '学校', '医院', '充电桩', '养老机构', '托育机构', '公厕', '停车场', '绿道', '体育场'];
  // A fixed sequence, not Math.random: the same input on every run.
  const pick = (k: number) => names[(k * 7) % names.length]!;
  const tasks = (verb: string, shift: number) =>
    Array.from({ length: n / 2 }, (_, i) => `（${i + 1}）任务${i + 1}。${verb}${pick(i + shift)}${(i * 37) % 900 + 1}个，${verb}${pick(i + shift + 3)}${(i * 53) % 900 + 1}个。`).join('\n\n');
  return {
    plan: `2025年某区政府工作报告\n\n各位代表：\n\n一、2024年工作回顾\n\n过去一年，全区生产总值增长5%。\n\n二、2025年工作安排\n\n${tasks('新建', 0)}\n`,
    review: `2026年某区政府工作报告\n\n各位代表：\n\n一、2025年工作回顾\n\n${tasks('新建', 1)}\n\n二、2026年工作安排\n\n今年要推动生产总值增长5%左右。\n`,
  };
}

export const HOSTILE = {
  /** 80,000 lines of '你好，': every line asks whether the paragraph so far ends. */
  commaLines: () => '你好，\n'.repeat(80_000),
  /** 150,000 one-sentence paragraphs before any heading. */
  paragraphs: () => '你好。\n'.repeat(150_000),
  /** A line of 200,000 digits inside national-2021. */
  digitLine: () => {
    const lines = national2021().split('\n');
    lines.splice(130, 0, '7'.repeat(200_000));
    return lines.join('\n');
  },
  /** national-2021 pasted twice. */
  doubled: () => `${national2021()}\n\n${national2021()}`,
  /** national-2021 with every line break written as U+2028. */
  lineSeparators: () => national2021().replaceAll('\n', '\u2028'),
  manyFigures,
};

/** A zip of one member, its central directory declaring `declared` bytes (a liar when it differs). */
export function zipOf(name: string, content: Buffer, declared = content.length): Buffer {
  return zipOfMembers([{ name, content, declared }]);
}

/** A PDF of the given objects (numbered from 1, the first being the catalog), with a cross-reference table. */
export function pdfOf(objects: Array<string | Buffer>): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(length);
    const part = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), typeof o === 'string' ? Buffer.from(o, 'latin1') : o, Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(part);
    length += part.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

/** A one-page PDF whose content stream is `megabytes` of zeros, flate-compressed (about a thousandth of that on disk). */
export function flateBomb(megabytes: number): Buffer {
  const data = deflateSync(Buffer.alloc(megabytes * 1024 * 1024), { level: 9 });
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] /Contents 4 0 R >>',
    Buffer.concat([Buffer.from(`<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]),
  ]);
}

/** A PDF listing one page object `pages` times. */
export function manyPages(pages: number): Buffer {
  return pdfOf(['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${'3 0 R '.repeat(pages)}] /Count ${pages} >>`, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>']);
}

/** A stream object: `data` under a dictionary of the given entries and its /Length. */
export function streamOf(entries: string, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`<< /Length ${data.length} ${entries} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);
}

/** A PDF of `pages` pages in Helvetica that all draw one content stream (each page the same). */
export function pdfOfContent(content: Buffer, pages = 1): Buffer {
  const kids = Array.from({ length: pages }, (_, i) => `${i + 5} 0 R`).join(' ');
  const page = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>';
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    content,
    ...Array.from({ length: pages }, () => page),
  ]);
}

/**
 * A one-page PDF whose content stream (`content`, a whole stream object) lies inside a flate-compressed
 * object stream, found through a cross-reference stream: pdf.js reads streams out of object streams.
 */
export function pdfInObjectStream(content: Buffer): Buffer {
  const table = '4 0 ';
  const packed = deflateSync(Buffer.concat([Buffer.from(table, 'latin1'), content]));
  const parts: Buffer[] = [Buffer.from('%PDF-1.5\n', 'latin1')];
  const offsets = new Map<number, number>();
  let length = parts[0]!.length;
  const add = (n: number, body: string | Buffer) => {
    offsets.set(n, length);
    const part = Buffer.concat([Buffer.from(`${n} 0 obj\n`, 'latin1'), typeof body === 'string' ? Buffer.from(body, 'latin1') : body, Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(part);
    length += part.length;
  };
  add(1, '<< /Type /Catalog /Pages 2 0 R >>');
  add(2, '<< /Type /Pages /Kids [5 0 R] /Count 1 >>');
  add(3, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  add(5, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>');
  add(6, streamOf(`/Type /ObjStm /N 1 /First ${table.length} /Filter /FlateDecode`, packed));
  const xrefAt = length;
  // Rows of /W [1 4 2]: type, offset (or object stream), generation (or index in it).
  const row = (type: number, field: number, index: number) => {
    const r = Buffer.alloc(7);
    r.writeUInt8(type, 0);
    r.writeUInt32BE(field, 1);
    r.writeUInt16BE(index, 5);
    return r;
  };
  const rows = Buffer.concat([row(0, 0, 65535), ...[1, 2, 3].map((n) => row(1, offsets.get(n)!, 0)), row(2, 6, 0), ...[5, 6].map((n) => row(1, offsets.get(n)!, 0)), row(1, xrefAt, 0)]);
  add(7, streamOf('/Type /XRef /Size 8 /W [1 4 2] /Root 1 0 R', rows));
  parts.push(Buffer.from(`startxref\n${xrefAt}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

const zeros = (megabytes: number) => Buffer.alloc(megabytes * 1024 * 1024);

/**
 * LZW codes (9 to 12 bits, EarlyChange 1, as pdf.js reads them) for `megabytes` of zeros: each new
 * code is the last run and one more zero, and once the table is full the longest run (3839 zeros) is
 * repeated, so 12 bits stand for 3839 bytes.
 */
function lzwZeros(megabytes: number): Buffer {
  const bytes: number[] = [];
  let bits = 0;
  let bitCount = 0;
  let codeLength = 9;
  let nextCode = 258;
  const emit = (code: number) => {
    bits = (bits << codeLength) | code;
    bitCount += codeLength;
    while (bitCount >= 8) {
      bitCount -= 8;
      bytes.push((bits >>> bitCount) & 0xff);
    }
    bits &= (1 << bitCount) - 1;
  };
  let left = megabytes * 1024 * 1024;
  emit(0);
  left -= 1;
  for (let run = 2; left > 0; ) {
    const code = nextCode < 4096 ? nextCode : 4095;
    emit(code);
    left -= nextCode < 4096 ? run++ : 3839;
    if (nextCode < 4096) nextCode++;
    // The decoder lengthens its codes when the next code plus EarlyChange reaches a power of two.
    if (((nextCode + 1) & nextCode) === 0) codeLength = Math.min(codeLength + 1, 12);
  }
  emit(257);
  if (bitCount > 0) bytes.push((bits << (8 - bitCount)) & 0xff);
  return Buffer.from(bytes);
}

/** The bypasses of a bound on '/FlateDecode' found in a window before 'stream', and a shared text stream. */
export const PDF_BOMBS = {
  /** `megabytes` of zeros behind two flate layers (/Filter [/FlateDecode /FlateDecode]). */
  twoFlateLayers: (megabytes: number) => pdfOfContent(streamOf('/Filter [/FlateDecode /FlateDecode]', deflateSync(deflateSync(zeros(megabytes), { level: 9 }), { level: 9 }))),
  /** The abbreviation pdf.js accepts: /Fl. */
  abbreviated: (megabytes: number) => pdfOfContent(streamOf('/Filter /Fl', deflateSync(zeros(megabytes), { level: 9 }))),
  /** The filter's name with an escaped letter: /Flate#44ecode. */
  escapedName: (megabytes: number) => pdfOfContent(streamOf('/Filter /Flate#44ecode', deflateSync(zeros(megabytes), { level: 9 }))),
  /** A stream dictionary of over 512 bytes: a long /Junk string before the /Filter. */
  longDictionary: (megabytes: number) => pdfOfContent(streamOf(`/Junk (${'x'.repeat(600)}) /Filter /FlateDecode`, deflateSync(zeros(megabytes), { level: 9 }))),
  /** Two flate layers in a content stream kept inside an object stream. */
  inObjectStream: (megabytes: number) => pdfInObjectStream(streamOf('/Filter [/Fl /Fl]', deflateSync(deflateSync(zeros(megabytes), { level: 9 }), { level: 9 }))),
  /** LZW, which the old bound did not decode. */
  lzw: (megabytes: number) => pdfOfContent(streamOf('/Filter /LZWDecode', lzwZeros(megabytes))),
  /** Four pages that all draw one content stream of `megabytes` of text, flate-compressed (60 MB is 184 KB on disk). */
  sharedText: (megabytes: number, pages = 4) => {
    // Every line is set at the same place on the page: pdf.js leaves out text that falls off the page.
    const line = '1 0 0 1 20 400 Tm (The government work report reads this line again.) Tj\n';
    const text = `BT /F1 10 Tf\n${line.repeat(Math.ceil((megabytes * 1024 * 1024) / line.length))}ET\n`;
    return pdfOfContent(streamOf('/Filter /FlateDecode', deflateSync(Buffer.from(text, 'latin1'), { level: 9 })), pages);
  },
};

/** A zip of several members, each deflated (or stored, when `stored`), each declaring its size truthfully unless `declared` says otherwise. */
export function zipOfMembers(members: Array<{ name: string; content: Buffer; stored?: boolean; declared?: number }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, content, stored, declared = content.length } of members) {
    const data = stored ? content : deflateRawSync(content);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(stored ? 0 : 8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(members.length, 8);
  end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A fixed pseudo-random sequence (a linear congruential generator), the same on every run. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0);
}

/**
 * A Word document of about `xmlMegabytes` of document.xml as Word writes it (paragraphs and runs
 * with properties and revision ids), its text national-2021's sentences in a shuffled order, and a
 * `mediaMegabytes` picture of noise that does not compress (a report's photographs): 60 MB of XML
 * and 12 MB of media make a 20 MB file.
 */
export function bigDocx(xmlMegabytes: number, mediaMegabytes = 0): Buffer {
  const next = lcg(2021);
  const sentences = national2021().split(/(?<=。)/).filter((s) => s.trim());
  const rsid = () => next().toString(16).padStart(8, '0').toUpperCase();
  const run = (text: string) =>
    `<w:r w:rsidR="${rsid()}" w:rsidRPr="${rsid()}"><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
  const paragraphs: string[] = [];
  let size = 0;
  while (size < xmlMegabytes * 1024 * 1024) {
    const runs = Array.from({ length: 1 + (next() % 4) }, () => run(sentences[next() % sentences.length]!.trim()));
    const p = `<w:p w:rsidR="${rsid()}" w:rsidRDefault="${rsid()}" w14:paraId="${rsid()}" w14:textId="${rsid()}"><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/><w:jc w:val="both"/></w:pPr>${runs.join('')}</w:p>`;
    paragraphs.push(p);
    size += Buffer.byteLength(p);
  }
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><w:body>${paragraphs.join('')}</w:body></w:document>`;
  const media = Buffer.alloc(mediaMegabytes * 1024 * 1024);
  for (let i = 0; i + 4 <= media.length; i += 4) media.writeUInt32LE(next(), i);
  return zipOfMembers([
    { name: 'word/document.xml', content: Buffer.from(xml) },
    ...(mediaMegabytes > 0 ? [{ name: 'word/media/image1.jpeg', content: media, stored: true }] : []),
  ]);
}
