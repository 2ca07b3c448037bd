import { onFirstUse } from '../../on-first-use.js';
import { CHANGING, SHIFTING } from './traditional-chars.js';

type Convert = (text: string) => string;
/** opencc-js's `Converter` (from 'opencc-js/t2cn'). */
export type OpenccConverter = (o: { from: string; to: string }) => Convert;

/** opencc-js, needed only for text that may be in traditional characters. */
export const opencc = onFirstUse<{ Converter: OpenccConverter }>('opencc-js/t2cn');

let convert: Convert | null = null;

/** Traditional to simplified (Hong Kong and Taiwan forms both), built on first use. */
function toSimplified(): Convert {
  if (!convert) {
    const { Converter } = opencc.get();
    const fromHongKong = Converter({ from: 'hk', to: 'cn' });
    const fromTaiwan = Converter({ from: 'tw', to: 'cn' });
    convert = (text) => fromTaiwan(fromHongKong(text));
  }
  return convert;
}

const SAMPLE = 20_000;
// Simplified text changes in almost no character; a traditional repost in a large share of them.
const TRADITIONAL_SHARE = 0.05;

// What the conversion can do to a character (traditional-chars.ts): change it in place, or start a
// replacement of another length.
const CHANGES = 1;
const SHIFTS = 2;
interface CharKinds {
  bmp: Uint8Array;
  astral: Map<number, number>;
}
let kinds: CharKinds | null = null;

function charKinds(): CharKinds {
  const out: CharKinds = { bmp: new Uint8Array(0x10000), astral: new Map() };
  const mark = (chars: string, kind: number) => {
    for (const ch of chars.replaceAll('\n', '')) {
      const cp = ch.codePointAt(0)!;
      if (cp > 0xffff) out.astral.set(cp, (out.astral.get(cp) ?? 0) | kind);
      else out.bmp[cp] = out.bmp[cp]! | kind;
    }
  };
  mark(CHANGING, CHANGES);
  mark(SHIFTING, SHIFTS);
  return out;
}

/**
 * The Chinese characters of `sample` and how many of its UTF-16 units the conversion could change,
 * Infinity when it could move some (a replacement of another length shifts every unit after it).
 * Conversion only replaces dictionary keys, so this bounds the units it changes.
 */
function changeable(sample: string): { cjk: number; units: number } {
  kinds ??= charKinds();
  let cjk = 0;
  let units = 0;
  for (let i = 0; i < sample.length; i++) {
    const cp = sample.codePointAt(i)!;
    const astral = cp > 0xffff;
    const kind = astral ? (kinds.astral.get(cp) ?? 0) : kinds.bmp[cp]!;
    if (cp >= 0x4e00 && cp <= 0x9fff) cjk++;
    if (kind & SHIFTS) units = Number.POSITIVE_INFINITY;
    else if (kind & CHANGES) units += astral ? 2 : 1;
    if (astral) i++;
  }
  return { cjk, units };
}

/** True when the text is written in traditional characters (an HK or TW repost). */
export function looksTraditional(text: string): boolean {
  const sample = text.slice(0, SAMPLE);
  const { cjk, units } = changeable(sample);
  if (cjk === 0) return false;
  // The share changed is at most the share changeable: below the traditional share, no need to convert.
  if (units / cjk < TRADITIONAL_SHARE) return false;
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
