import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { docxText } from '../src/report/read/docx.js';
import { bigDocx, zipOfMembers } from './hostile.fixtures.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const NAMESPACES = `${W} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"`;
const RELS = '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const docx = (body: string, { namespaces = NAMESPACES, root = 'w:document', bodyName = 'w:body', path = 'word/document.xml', rels = true } = {}) =>
  zipOfMembers([
    ...(rels ? [{ name: '_rels/.rels', content: Buffer.from(RELS.replace('word/document.xml', path)) }] : []),
    { name: path, content: Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${root} ${namespaces}><${bodyName}>${body}</${bodyName}></${root}>`) },
  ]);
const p = (inner: string, properties = '') => `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${inner}</w:p>`;
const r = (inner: string) => `<w:r><w:rPr><w:b/></w:rPr>${inner}</w:r>`;
const t = (text: string) => r(`<w:t xml:space="preserve">${text}</w:t>`);
const cell = (inner: string, properties = '') => `<w:tc>${properties ? `<w:tcPr>${properties}</w:tcPr>` : ''}${inner}</w:tc>`;
const textBox = (text: string) => `<w:pict><v:shape><v:textbox><w:txbxContent>${p(t(text))}</w:txbxContent></v:textbox></v:shape></w:pict>`;

/** Word documents made to hold each construct whose text mammoth reads in its own way. */
const TRICKY: Record<string, Buffer> = {
  'tabs, breaks, hyphens and symbols': docx(
    p(`${t('一、')}${r('<w:tab/>')}${t('总体要求')}${r('<w:br/><w:br w:type="page"/><w:br w:type="bogus"/><w:cr/>')}${r('<w:noBreakHyphen/><w:softHyphen/>')}${r('<w:sym w:font="Wingdings" w:char="F06C"/><w:sym w:font="Symbol" w:char="B7"/><w:sym w:font="Nonesuch" w:char="41"/>')}`),
  ),
  'deleted and inserted text, moves, a deleted paragraph mark': docx(
    [
      p(`${t('保留')}<w:del w:id="1"><w:r><w:delText>删除</w:delText></w:r></w:del><w:ins w:id="2">${t('插入')}</w:ins>`),
      p(t('并入下一段'), '<w:rPr><w:del w:id="3"/></w:rPr>'),
      p(`<w:moveFrom>${t('移出')}</w:moveFrom><w:moveTo>${t('移入')}</w:moveTo>`),
      p(t('末段删除'), '<w:rPr><w:del w:id="4"/></w:rPr>'),
    ].join(''),
  ),
  'hyperlinks, fields, smart tags, custom XML, bookmarks': docx(
    p(
      `<w:hyperlink r:id="rId9">${t('链接')}</w:hyperlink><w:hyperlink w:anchor="a">${t('锚点')}</w:hyperlink>${r('<w:fldChar w:fldCharType="begin"/>')}${r('<w:instrText> HYPERLINK "http://x" </w:instrText>')}${r('<w:fldChar w:fldCharType="separate"/>')}${t('域结果')}${r('<w:fldChar w:fldCharType="end"/>')}<w:fldSimple w:instr="PAGE">${t('简单域')}</w:fldSimple><w:smartTag>${t('智能标记')}</w:smartTag><w:customXml>${t('自定义')}</w:customXml><w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkStart w:id="1" w:name="x"/>${t('书签')}<w:bookmarkEnd w:id="1"/><w:proofErr/><w:commentRangeStart w:id="0"/>${r('<w:commentReference w:id="0"/><w:footnoteReference w:id="1"/>')}`,
    ),
  ),
  'tables: merged cells, spans, deleted rows, nested tables, a bookmark between rows': docx(
    [
      `<w:tbl><w:tblPr/><w:tblGrid/><w:tr>${cell(p(t('甲')), '<w:vMerge w:val="restart"/>')}${cell(p(t('乙')), '<w:gridSpan w:val="2"/>')}</w:tr><w:tr>${cell(p(t('甲续')), '<w:vMerge/>')}${cell(p(t('丙')))}${cell(p(t('丁')))}</w:tr><w:tr><w:trPr><w:del w:id="5"/></w:trPr>${cell(p(t('删行')))}</w:tr><w:tr>${cell(`<w:tbl><w:tr>${cell(p(t('内表')))}</w:tr></w:tbl>${p('')}`)}${cell(p(t('戊')), '<w:vMerge w:val="continue"/>')}</w:tr></w:tbl>`,
      `<w:tbl><w:tr>${cell(p(t('己')))}</w:tr><w:bookmarkStart w:id="2" w:name="b"/><w:tr>${cell(p(t('庚续')), '<w:vMerge/>')}</w:tr></w:tbl>`,
      p(t('表后')),
    ].join(''),
  ),
  'text boxes, alternate content, drawings': docx(
    [
      p(`${t('正文')}${r(textBox('文本框'))}${t('续')}`),
      p(r(`<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>${t('新式')}</w:drawing></mc:Choice><mc:Fallback>${textBox('旧式')}</mc:Fallback></mc:AlternateContent>`)),
      textBox('段外文本框'),
      `<mc:AlternateContent><mc:Choice Requires="w14">${p(t('选择'))}</mc:Choice><mc:Fallback>${p(t('备选'))}</mc:Fallback></mc:AlternateContent>`,
      p(r(`<w:object>${t('对象')}</w:object><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:docPr id="1" name="x" descr="图"/></wp:inline></w:drawing>`)),
    ].join(''),
  ),
  'content controls and checkboxes': docx(
    [
      `<w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent>${p(t('控件内容'))}</w:sdtContent></w:sdt>`,
      p(`<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="1"/></w14:checkbox></w:sdtPr><w:sdtContent>${t('')}${t('☒')}${t('后')}</w:sdtContent></w:sdt>${t('选项')}`),
      p(`<w:sdt><w:sdtPr><w14:checkbox/></w:sdtPr><w:sdtContent>${r('<w:tab/>')}</w:sdtContent></w:sdt>${t('空框')}`),
    ].join(''),
  ),
  'entities, CDATA, line ends, text between elements': docx(
    `${p(`${t('&lt;甲&gt; &amp; &#x4E59; &#20013;&quot;&apos;')}${r('<w:t><![CDATA[不读]]>读</w:t>')}${t('行\r\n尾\r末&#13;&#xD;\n')}`)}散落文字${p(`${t('  前后空格  ')}<w:r>游离<w:t>字</w:t></w:r>`)}<w:sectPr/>`,
  ),
  'a default namespace and no prefixes': docx(p(t('默认')).replaceAll('w:', ''), { namespaces: 'xmlns="http://schemas.openxmlformats.org/wordprocessingml/2006/main"', root: 'document', bodyName: 'body' }),
  'the Strict namespace under another prefix': docx(p(t('严格')).replaceAll('w:', 'x:'), { namespaces: 'xmlns:x="http://purl.oclc.org/ooxml/wordprocessingml/main"', root: 'x:document', bodyName: 'x:body' }),
  'an unknown namespace under the w prefix': docx(p(t('未知')), { namespaces: 'xmlns:w="urn:other"' }),
  'the main part elsewhere, named by _rels/.rels': docx(p(t('别处')), { path: 'doc/main.xml' }),
  'no _rels/.rels': docx(p(t('无关系')), { rels: false }),
  'two bodies': docx(`${p(t('第一'))}</w:body><w:body>${p(t('第二'))}`),
};

const mammothText = async (bytes: Buffer) => (await mammoth.extractRawText({ buffer: bytes })).value;
/** The text read, or that the document was refused (mammoth's errors and ours are worded differently). */
const outcome = async (read: () => string | Promise<string>) => {
  try {
    return await read();
  } catch {
    return 'refused';
  }
};

describe('a Word document reads exactly as mammoth reads it', () => {
  it.each(Object.entries(TRICKY))('%s', async (_, bytes) => {
    expect(await outcome(() => docxText(bytes, 'tricky.docx'))).toBe(await outcome(() => mammothText(bytes)));
  });

  // mammoth's own test documents and the fixture made from jiangsu-2025.
  const MAMMOTH_DATA = join(dirname(createRequire(import.meta.url).resolve('mammoth')), '..', 'test', 'test-data');
  const real = [join(import.meta.dirname, 'fixtures', 'jiangsu-2025.docx'), ...readdirSync(MAMMOTH_DATA).filter((f) => f.endsWith('.docx')).map((f) => join(MAMMOTH_DATA, f))];
  it.each(real)('%s', async (path) => {
    const bytes = readFileSync(path);
    expect(await outcome(() => docxText(bytes, path))).toBe(await outcome(() => mammothText(bytes)));
  });
});

describe('a Word document beyond any report is refused in one line naming the file', () => {
  it('200,000 elements nested in one another', () => {
    const bytes = docx(p(`${'<w:customXml>'.repeat(200_000)}${t('深')}${'</w:customXml>'.repeat(200_000)}`));
    expect(() => docxText(bytes, 'deep.docx')).toThrow('deep.docx: cannot read the Word document (elements nested more than 512 deep)');
  });
  it('more than 5,000,000 characters of text', () => {
    const bytes = docx(p(t('字'.repeat(100_000))).repeat(51));
    expect(() => docxText(bytes, 'long.docx')).toThrow('long.docx: more than 5000000 characters of text: not a report');
  });
});

describe('a 20 MB Word document of 60 MB of XML', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'duizhao-docx-'));
  const path = join(scratch, 'big.docx');
  writeFileSync(path, bigDocx(60, 10));
  it('is read: its text, or one line naming the file', () => {
    const out = spawnSync(process.execPath, [join(import.meta.dirname, '..', 'dist', 'cli.js'), 'outline', path], { encoding: 'utf8' });
    if (out.status === 0) expect(out.stdout).not.toBe('');
    else expect(out.stderr.trim().split('\n')).toEqual([expect.stringContaining(path)]);
  });
});
