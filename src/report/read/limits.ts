/** Bounds shared by the readers of formats whose text is extracted (PDF, Word). */

// The longest work reports run to about 100,000 characters (national ones to about 20,000); a
// plain-text file at the 50 MB bound holds about 17 million Chinese characters. Five million is fifty
// times the longest report, and reading stops there: pages that all draw one enormous text stream, or
// a Word document of tens of MB of XML, end in seconds instead of filling the heap.
export const MAX_TEXT_CHARS = 5_000_000;
