/** Bounds on the text a reader gives: characters extracted (PDF, Word) and lines (every format). */

// The longest work reports run to about 100,000 characters (national ones to about 20,000); a
// plain-text file at the 50 MB bound holds about 17 million Chinese characters. Five million is fifty
// times the longest report, and reading stops there: pages that all draw one enormous text stream, or
// a Word document of tens of MB of XML, end in seconds instead of filling the heap.
export const MAX_TEXT_CHARS = 5_000_000;

// The longest bundled report runs to 414 lines. Each line costs the outline about a kilobyte, whatever
// its length: a file of 7 MB of '一、' lines held a gigabyte. Two hundred thousand lines, almost five
// hundred times the longest report, keeps that within a few hundred MB.
export const MAX_LINES = 200_000;
