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
  const data = deflateRawSync(content);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(0, 42);
  const directoryAt = local.length + nameBytes.length + data.length;
  const directory = Buffer.concat([central, nameBytes]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(directoryAt, 16);
  return Buffer.concat([local, nameBytes, data, directory, end]);
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
