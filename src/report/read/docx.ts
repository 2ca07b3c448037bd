/**
 * A Word document's text, as mammoth's extractRawText gives it, read from document.xml as a stream:
 * one body element (a paragraph, a table) is held at a time, never the document's whole tree, so
 * that time grows with the XML's size and memory with the largest paragraph or table. Reading
 * stops once the text passes MAX_TEXT_CHARS.
 */
import { BodyReader, keepInDocument } from './docx-body.js';
import { readXml, utf8Pieces, type XmlElement, type XmlReader } from './docx-xml.js';
import { InputError } from './errors.js';
import { MAX_TEXT_CHARS } from './limits.js';
import { openZip, type Zip } from './zip.js';

const OFFICE_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';

/** The main document's part: the package's officeDocument relationship that exists, or word/document.xml (as mammoth finds it). */
function mainDocument(zip: Zip, file: string): string {
  if (zip.has('_rels/.rels')) {
    const keep = (name: string, depth: number) => (depth === 1 && name === 'relationships:Relationship' ? 'bare' : undefined);
    const root = readXml(utf8Pieces(zip.read('_rels/.rels')), { keep }, file);
    for (const relationship of root?.children ?? []) {
      if (typeof relationship === 'string' || relationship.attributes.Type !== OFFICE_DOCUMENT) continue;
      const target = (relationship.attributes.Target ?? '').replace(/^\//, '');
      if (target && zip.has(target)) return target;
    }
  }
  return 'word/document.xml';
}

/** The text of a Word document; an InputError naming the file when it is not one or holds too much text. */
export function docxText(bytes: Uint8Array, file: string): string {
  const zip = openZip(bytes, file);
  const path = mainDocument(zip, file);
  if (!zip.has(path)) throw new InputError(file, 'cannot read the Word document (it has no main document part)');
  const reader = new BodyReader();
  // The text of a paragraph may be a slice of the piece of XML it was read from, keeping the piece
  // alive: joining the texts a thousand at a time copies them out, and the pieces are let go.
  const chunks: string[] = [];
  let parts: string[] = [];
  let length = 0;
  let body: XmlElement | undefined;
  const document: XmlReader = {
    keep: keepInDocument,
    // Each element of the first body is read as it closes, and then let go.
    take(element, parent) {
      if (element.name === 'w:body') body ??= element;
      if (parent.name !== 'w:body') return false;
      if (body) return true;
      const text = reader.text(element);
      length += text.length;
      if (length > MAX_TEXT_CHARS) throw new InputError(file, `more than ${MAX_TEXT_CHARS} characters of text: not a report`);
      parts.push(text);
      if (parts.length === 1000) {
        chunks.push(parts.join(''));
        parts = [];
      }
      return true;
    },
  };
  readXml(utf8Pieces(zip.read(path)), document, file);
  if (!body) throw new InputError(file, 'cannot read the Word document (its document part has no body)');
  return chunks.join('') + parts.join('');
}
