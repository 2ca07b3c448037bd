/** A PDF's text layer, read by pdf.js (through unpdf) within the bounds a report never comes near. */
import { InputError } from './errors.js';
import { checkPdfStreams } from './pdf-streams.js';

// A page with less text than this has no text layer worth the name: a scan.
const MIN_CHARS_PER_PAGE = 20;
// The longest work reports run to about a hundred pages.
export const MAX_PAGES = 2000;

export async function pdfText(bytes: Uint8Array, file: string): Promise<string> {
  checkPdfStreams(bytes, file);
  const { extractText, getDocumentProxy } = await import('unpdf');
  let pages: string[];
  let total: number;
  try {
    // verbosity 0: pdf.js warnings must not reach the terminal; errors come back as one line.
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    if (pdf.numPages > MAX_PAGES) throw new InputError(file, `${pdf.numPages} pages: more than ${MAX_PAGES}, not a report`);
    ({ text: pages, totalPages: total } = await extractText(pdf, { mergePages: false }));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(file, `cannot read the PDF (${(error as Error).message})`);
  }
  const text = pages.join('\n\n');
  if (text.replace(/\s/g, '').length < MIN_CHARS_PER_PAGE * Math.max(1, total)) {
    throw new InputError(file, 'the PDF has no text layer (a scanned document?): run OCR on it first, then read the text');
  }
  return text;
}
