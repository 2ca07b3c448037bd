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
 * Every character of some sentences that has another after it in its sentence, grouped by character: what a
 * pair's sentence frequency is counted from. Only the pairs of the names compared are ever asked for, a few
 * hundred, so they are counted when asked rather than all tens of thousands up front.
 */
interface PairStarts {
  sentences: number;
  /** For each position: the sentence it stands in and the character after it. */
  sentenceAt: Int32Array;
  nextAt: Uint16Array;
  /** The positions of character c are byChar[from[c]] … byChar[from[c + 1] - 1], in order. */
  from: Int32Array;
  byChar: Int32Array;
}

const CODE_UNITS = 0x10000;

function pairStartsIn(reports: readonly Report[]): PairStarts {
  const texts = reports.flatMap((report) => [...sentencesOf(report)].map((s) => s.clean));
  const size = texts.reduce((n, text) => n + Math.max(0, text.length - 1), 0);
  const sentenceAt = new Int32Array(size);
  const nextAt = new Uint16Array(size);
  const charAt = new Uint16Array(size);
  const from = new Int32Array(CODE_UNITS + 1);
  let p = 0;
  texts.forEach((text, s) => {
    for (let i = 0; i + 1 < text.length; i++, p++) {
      sentenceAt[p] = s;
      charAt[p] = text.charCodeAt(i);
      nextAt[p] = text.charCodeAt(i + 1);
      from[charAt[p]! + 1]!++;
    }
  });
  for (let c = 0; c < CODE_UNITS; c++) from[c + 1]! += from[c]!;
  const filled = from.slice(0, CODE_UNITS);
  const byChar = new Int32Array(size);
  for (let q = 0; q < size; q++) byChar[filled[charAt[q]!]!++] = q;
  return { sentences: texts.length, sentenceAt, nextAt, from, byChar };
}

/** How many sentences hold a pair of characters. */
function sentenceFrequency(starts: PairStarts, pair: string): number {
  const c = pair.charCodeAt(0);
  const next = pair.charCodeAt(1);
  let count = 0;
  let last = -1;
  for (let k = starts.from[c]!; k < starts.from[c + 1]!; k++) {
    const p = starts.byChar[k]!;
    if (starts.nextAt[p] !== next || starts.sentenceAt[p] === last) continue;
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
