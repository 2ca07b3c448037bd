/**
 * How rare each pair of characters is in the two reports compared: a name shares little when all it
 * shares is common ('建设', '项目', '全年' stand in hundreds of sentences) and much when it shares rare
 * pairs ('巷道', '民宿'). Rarity is read from the reports themselves (inverse sentence frequency), not
 * from hand lists of generic words, so it holds for any report.
 */
import type { Report } from '../report/outline/types.js';

export interface Rarity {
  /** The share (0–1) of a name's rarity that a text holds: the weights of the name's character pairs found in it over all its pairs'. */
  shared(name: string, text: string): number;
}

function pairsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) out.add(text.slice(i, i + 2));
  return out;
}

type Node = { paragraphs: Report['parts'][number]['paragraphs']; sections: Node[] };

function* sentencesOf(node: Node): Generator<string> {
  for (const p of node.paragraphs) for (const s of p.sentences) yield s.clean;
  for (const s of node.sections) yield* sentencesOf(s);
}

/** The rarity of character pairs over every sentence of some reports. */
export function rarityIn(reports: readonly Report[]): Rarity {
  const frequency = new Map<string, number>();
  let sentences = 0;
  for (const report of reports) {
    for (const part of report.parts) {
      for (const sentence of sentencesOf(part)) {
        sentences++;
        for (const pair of pairsOf(sentence)) frequency.set(pair, (frequency.get(pair) ?? 0) + 1);
      }
    }
  }
  // Smoothed inverse frequency: a pair in no sentence (a folded synonym) weighs the most.
  const weight = (pair: string) => Math.log((sentences + 1) / ((frequency.get(pair) ?? 0) + 1));
  return {
    shared(name, text) {
      let all = 0;
      let found = 0;
      for (const pair of pairsOf(name)) {
        const w = weight(pair);
        all += w;
        if (text.includes(pair)) found += w;
      }
      return all === 0 ? 0 : found / all;
    },
  };
}
