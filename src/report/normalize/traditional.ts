import { createRequire } from 'node:module';

type Convert = (text: string) => string;
/** opencc-js's `Converter` (from 'opencc-js/t2cn'). */
export type OpenccConverter = (o: { from: string; to: string }) => Convert;

let convert: Convert | null = null;

/** Sets the converter from opencc-js's `Converter`, where it cannot be required (the browser build imports it). */
export function useOpencc(Converter: OpenccConverter): void {
  const fromHongKong = Converter({ from: 'hk', to: 'cn' });
  const fromTaiwan = Converter({ from: 'tw', to: 'cn' });
  convert = (text) => fromTaiwan(fromHongKong(text));
}

/** Traditional to simplified (Hong Kong and Taiwan forms both), loaded on first use. */
function toSimplified(): Convert {
  if (!convert) useOpencc((createRequire(import.meta.url)('opencc-js/t2cn') as { Converter: OpenccConverter }).Converter);
  return convert!;
}

const CJK = /[\u4e00-\u9fff]/g;
const SAMPLE = 20_000;
// Simplified text changes in almost no character; a traditional repost in a large share of them.
const TRADITIONAL_SHARE = 0.05;

/** True when the text is written in traditional characters (an HK or TW repost). */
export function looksTraditional(text: string): boolean {
  const sample = text.slice(0, SAMPLE);
  const cjk = sample.match(CJK)?.length ?? 0;
  if (cjk === 0) return false;
  const simplified = toSimplified()(sample);
  let changed = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] !== simplified[i]) changed++;
  return changed / cjk >= TRADITIONAL_SHARE;
}

/**
 * A line in simplified characters, one character for one, so every character keeps its place:
 * phrase conversions that would change the length are done character by character instead.
 */
export function simplifyInPlace(line: string): string {
  const converted = toSimplified()(line);
  // The same length is not enough: an astral character turned into a BMP one beside a change the
  // other way keeps the length and shifts every offset between them, splitting surrogate pairs.
  if (converted.length === line.length && sameShape(line, converted)) return converted;
  return [...line].map((ch) => {
    const one = toSimplified()(ch);
    return one.length === ch.length ? one : ch;
  }).join('');
}

const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;

/** Whether two strings have their surrogate halves at the same offsets. */
function sameShape(a: string, b: string): boolean {
  for (let i = 0; i < a.length; i++) if (isSurrogate(a.charCodeAt(i)) !== isSurrogate(b.charCodeAt(i))) return false;
  return true;
}
