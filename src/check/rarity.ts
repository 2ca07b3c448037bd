/**
 * How rare each pair of characters is in the two reports compared: a name shares little when all it
 * shares is common ('建设', '项目', '全年' stand in hundreds of sentences) and much when it shares rare
 * pairs ('巷道', '民宿'). Rarity is read from the reports themselves (inverse sentence frequency), not
 * from hand lists of generic words, so it holds for any report.
 */
import type { Report } from '../report/outline/types.js';
import { characterPairs } from './indicators.js';
import { sentencesOf } from './passages.js';

export interface Rarity {
  /** The share (0–1) of a name's rarity that a text holds: the weights of the name's character pairs found in it over all its pairs'. */
  shared(name: string, text: string): number;
}

/**
 * Every character of some sentences that has another after it in its sentence, grouped (bucketOf) by its code: what a
 * pair's sentence frequency is counted from. Only the pairs of the names compared are ever asked for, a few
 * hundred, so they are counted when asked rather than all tens of thousands up front.
 */
interface PairStarts {
  sentences: number;
  /** For each position: the sentence it stands in, its character and the one after it. */
  sentenceAt: Int32Array;
  charAt: Uint16Array;
  nextAt: Uint16Array;
  /** The positions of the characters of bucket b are byBucket[from[b]] … byBucket[from[b + 1] - 1], in order. */
  from: Int32Array;
  byBucket: Int32Array;
}

// Characters are grouped by their low bits: a few thousand buckets index a report's few thousand characters as
// well as one per code unit would, and cost far less to set up.
const BUCKETS = 0x1000;
const bucketOf = (c: number) => c & (BUCKETS - 1);

function pairStartsIn(reports: readonly Report[]): PairStarts {
  const texts = reports.flatMap((report) => [...sentencesOf(report)].map((s) => s.clean));
  const size = texts.reduce((n, text) => n + Math.max(0, text.length - 1), 0);
  const sentenceAt = new Int32Array(size);
  const nextAt = new Uint16Array(size);
  const charAt = new Uint16Array(size);
  const from = new Int32Array(BUCKETS + 1);
  let p = 0;
  for (let s = 0; s < texts.length; s++) {
    const text = texts[s]!;
    for (let i = 0; i + 1 < text.length; i++, p++) {
      const c = text.charCodeAt(i);
      sentenceAt[p] = s;
      charAt[p] = c;
      nextAt[p] = text.charCodeAt(i + 1);
      from[bucketOf(c) + 1]!++;
    }
  }
  for (let b = 0; b < BUCKETS; b++) from[b + 1]! += from[b]!;
  const filled = from.slice(0, BUCKETS);
  const byBucket = new Int32Array(size);
  for (let q = 0; q < size; q++) byBucket[filled[bucketOf(charAt[q]!)]!++] = q;
  return { sentences: texts.length, sentenceAt, charAt, nextAt, from, byBucket };
}

/** How many sentences hold a pair of characters. */
function sentenceFrequency(starts: PairStarts, pair: string): number {
  const c = pair.charCodeAt(0);
  const next = pair.charCodeAt(1);
  let count = 0;
  let last = -1;
  const b = bucketOf(c);
  for (let k = starts.from[b]!; k < starts.from[b + 1]!; k++) {
    const p = starts.byBucket[k]!;
    if (starts.charAt[p] !== c || starts.nextAt[p] !== next || starts.sentenceAt[p] === last) continue;
    last = starts.sentenceAt[p]!;
    count++;
  }
  return count;
}

/** The rarity of character pairs over every sentence of some reports. */
export function rarityIn(reports: readonly Report[]): Rarity {
  const starts = pairStartsIn(reports);
  // Smoothed inverse frequency: a pair in no sentence (a folded synonym) weighs the most.
  const weight = (pair: string) => Math.log((starts.sentences + 1) / (sentenceFrequency(starts, pair) + 1));
  // A name is weighed against many texts: its pairs and their weights are read once.
  const weighed = new Map<string, Array<[pair: string, weight: number]>>();
  const weightsOf = (name: string) => {
    let pairs = weighed.get(name);
    if (!pairs) weighed.set(name, (pairs = [...characterPairs(name)].map((pair): [string, number] => [pair, weight(pair)])));
    return pairs;
  };
  return {
    shared(name, text) {
      let all = 0;
      let found = 0;
      for (const [pair, w] of weightsOf(name)) {
        all += w;
        if (text.includes(pair)) found += w;
      }
      return all === 0 ? 0 : found / all;
    },
  };
}
