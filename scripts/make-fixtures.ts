/**
 * Makes the format fixtures in tests/fixtures from a corpus report: the same report as a saved web
 * page (with navigation, a script and a footer around it), a Word document and a PDF with a text
 * layer, plus a PDF with no text at all (as a scan is). Run it again after changing the source:
 *
 *   npx tsx scripts/make-fixtures.ts
 *
 * The PDF needs a Chinese font: Debian's fonts-noto-cjk (apt-get install fonts-noto-cjk).
 */
import { createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import PDFDocument from 'pdfkit';
import { escapeHtml } from '../src/index.js';

const ROOT = join(import.meta.dirname, '..');
const SOURCE = 'jiangsu-2025.txt';
const OUT = join(ROOT, 'tests', 'fixtures');
const FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

const text = readFileSync(join(ROOT, 'corpus', SOURCE), 'utf8');
const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
const base = SOURCE.replace(/\.txt$/, '');

// A government site's page: the report in <p>s, furniture around it.
writeFileSync(
  join(OUT, `${base}.html`),
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(paragraphs[0]!)}</title>
<script>var menu = ['首页', '政务公开', '2025年工作安排'];</script><style>p { line-height: 2 }</style></head><body>
<header class="site-header"><a href="/">首页</a> <a href="/zwgk">政务公开</a></header>
<nav class="nav"><ul><li>一、机构设置</li><li>二、政策文件</li></ul></nav>
<div class="content">
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</div>
<div class="footer">主办单位：某某人民政府办公厅 &copy; 2025 版权所有 备案号：苏ICP备12345678号</div>
</body></html>
`,
);

// A Word document: one paragraph each, written as the minimal parts a .docx needs.
const docx = new JSZip();
docx.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`);
docx.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
docx.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
${paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${escapeHtml(p)}</w:t></w:r></w:p>`).join('\n')}
</w:body></w:document>`);
writeFileSync(join(OUT, `${base}.docx`), await docx.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));

/** Writes a PDF made by `draw` and waits for the file. */
function pdf(file: string, draw: (doc: PDFKit.PDFDocument) => void): Promise<void> {
  return new Promise((done) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: base, CreationDate: new Date(0) } });
    const out = createWriteStream(join(OUT, file));
    out.on('finish', () => done());
    doc.pipe(out);
    draw(doc);
    doc.end();
  });
}

// A PDF with a text layer: the report set in lines as a viewer shows it.
await pdf(`${base}.pdf`, (doc) => {
  doc.font(FONT, 'NotoSansCJKsc-Regular').fontSize(11);
  for (const p of paragraphs) doc.text(p, { paragraphGap: 8 });
});

// A scan: pages that are pictures only, with no text layer.
await pdf('scanned.pdf', (doc) => {
  for (let page = 0; page < 2; page++) {
    if (page) doc.addPage();
    for (let y = 80; y < 760; y += 18) doc.rect(60, y, 300 + ((y * 7) % 180), 9).fill('#444');
  }
});
console.log(`fixtures written to ${OUT}`);
