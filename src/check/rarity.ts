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

/** The rarity of character pairs over every sentence of some reports. */
export function rarityIn(reports: readonly Report[]): Rarity {
  const frequency = new Map<string, number>();
  let sentences = 0;
  for (const report of reports) {
    for (const sentence of sentencesOf(report)) {
      sentences++;
      for (const pair of characterPairs(sentence.clean)) frequency.set(pair, (frequency.get(pair) ?? 0) + 1);
    }
  }
  // Smoothed inverse frequency: a pair in no sentence (a folded synonym) weighs the most.
  const weight = (pair: string) => Math.log((sentences + 1) / ((frequency.get(pair) ?? 0) + 1));
  return {
    shared(name, text) {
      let all = 0;
      let found = 0;
      for (const pair of characterPairs(name)) {
        const w = weight(pair);
        all += w;
        if (text.includes(pair)) found += w;
      }
      return all === 0 ? 0 : found / all;
    },
  };
}
