import levenshtein from 'fast-levenshtein';

/** Sparse term weights of one passage. */
export type Vector = Map<string, number>;

/**
 * TF-IDF vectors of token lists, with the document frequencies taken over all of them: words every
 * passage of both reports uses (发展, 推进) weigh little, the words that make a passage its own weigh most.
 */
export function tfidf(documents: readonly (readonly string[])[]): Vector[] {
  const df = new Map<string, number>();
  for (const doc of documents) for (const term of new Set(doc)) df.set(term, (df.get(term) ?? 0) + 1);
  const n = documents.length;
  return documents.map((doc) => {
    const tf = new Map<string, number>();
    for (const term of doc) tf.set(term, (tf.get(term) ?? 0) + 1);
    const v: Vector = new Map();
    for (const [term, count] of tf) v.set(term, (1 + Math.log(count)) * Math.log((1 + n) / (1 + df.get(term)!)));
    return v;
  });
}

export function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [term, w] of a) {
    na += w * w;
    const other = b.get(term);
    if (other !== undefined) dot += w * other;
  }
  for (const w of b.values()) nb += w * w;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

// Enumeration markers and punctuation say nothing about what a heading is about.
const MARKER = /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[是、]|第[一二三四五六七八九十]{1,3}[，、]?|——|\d{1,2}[.、])/;
const PUNCTUATION = /[\s，。、；：！？“”‘’《》（）()—\-,.;:!?]/g;

/** A heading stripped of its marker and punctuation: '（一）保持宏观政策连续性。' → '保持宏观政策连续性'. */
export function headingCore(heading: string): string {
  return heading.replace(MARKER, '').replace(PUNCTUATION, '');
}

/** 1 for the same heading words, 0 for nothing alike (edit distance over the longer heading). */
export function headingSimilarity(a: string, b: string): number {
  const x = headingCore(a);
  const y = headingCore(b);
  const longest = Math.max(x.length, y.length);
  return longest === 0 ? 0 : 1 - levenshtein.get(x, y) / longest;
}
