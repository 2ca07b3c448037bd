/** A PDF's text layer, read by pdf.js (through unpdf) within the bounds a report never comes near. */
import type { PDFDocumentProxy } from 'unpdf/pdfjs';
import { InputError } from './errors.js';
import { checkPdfStreams } from './pdf-streams.js';
import { MAX_TEXT_CHARS } from './limits.js';

// A page with less text than this has no text layer worth the name: a scan.
const MIN_CHARS_PER_PAGE = 20;
// The longest work reports run to about a hundred pages.
export const MAX_PAGES = 2000;

/** Thrown inside the page loop when the text passes MAX_TEXT_CHARS. */
class TooMuchText extends Error {}

/**
 * One page's text as unpdf's extractText joins it (each item's string, a line break after an item
 * that ends a line), read from pdf.js's stream of text items so that reading stops as soon as the
 * text of all pages passes the bound.
 */
async function pageText(pdf: PDFDocumentProxy, number: number, room: number): Promise<string> {
  const page = await pdf.getPage(number);
  const reader = page.streamTextContent().getReader();
  const parts: string[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    for (const item of value.items) {
      if (!('str' in item)) continue;
      const part = item.hasEOL ? `${item.str}\n` : item.str;
      parts.push(part);
      length += part.length;
    }
    if (length > room) {
      // Cancelling stops pdf.js's reading of the page, which waits on this reader between chunks.
      await reader.cancel(new Error('too much text'));
      throw new TooMuchText();
    }
  }
  return parts.join('');
}

export async function pdfText(bytes: Uint8Array, file: string): Promise<string> {
  await checkPdfStreams(bytes, file);
  const { getDocumentProxy } = await import('unpdf');
  const pages: string[] = [];
  let pdf: PDFDocumentProxy | undefined;
  try {
    // verbosity 0: pdf.js warnings must not reach the terminal; errors come back as one line.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    if (pdf.numPages > MAX_PAGES) throw new InputError(file, `${pdf.numPages} pages: more than ${MAX_PAGES}, not a report`);
    let length = 0;
    for (let number = 1; number <= pdf.numPages; number++) {
      const text = await pageText(pdf, number, MAX_TEXT_CHARS - length);
      pages.push(text);
      length += text.length;
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (error instanceof TooMuchText) throw new InputError(file, `more than ${MAX_TEXT_CHARS} characters of text: not a report`);
    throw new InputError(file, `cannot read the PDF (${(error as Error).message})`);
  } finally {
    await pdf?.destroy();
  }
  const text = pages.join('\n\n');
  if (text.replace(/\s/g, '').length < MIN_CHARS_PER_PAGE * Math.max(1, pages.length)) {
    throw new InputError(file, 'the PDF has no text layer (a scanned document?): run OCR on it first, then read the text');
  }
  return text;
}
