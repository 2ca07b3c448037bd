import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { traditionalChars } from '../scripts/traditional-chars.js';
import { CHANGING, SHIFTING } from '../src/report/normalize/traditional-chars.js';
import { looksTraditional } from '../src/report/normalize/traditional.js';
import { corpus } from './corpus.js';

type Converter = (o: { from: string; to: string }) => (s: string) => string;
const require = createRequire(import.meta.url);
const toTraditional = (require('opencc-js/cn2t') as { Converter: Converter }).Converter({ from: 'cn', to: 'hk' });
const t2cn = (require('opencc-js/t2cn') as { Converter: Converter }).Converter;
const fromHongKong = t2cn({ from: 'hk', to: 'cn' });
const fromTaiwan = t2cn({ from: 'tw', to: 'cn' });

/** The decision by converting the whole sample, as looksTraditional made it before it bounded the change. */
function convertedShare(text: string): boolean {
  const sample = text.slice(0, 20_000);
  const cjk = sample.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  if (cjk === 0) return false;
  const simplified = fromTaiwan(fromHongKong(sample));
  let changed = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] !== simplified[i]) changed++;
  return changed / cjk >= 0.05;
}

describe('the generated traditional characters', () => {
  it('are those of the installed opencc-js (else run `npx tsx scripts/traditional-chars.ts`)', () => {
    const { changing, shifting } = traditionalChars();
    expect(CHANGING.replaceAll('\n', '')).toBe(changing);
    expect(SHIFTING.replaceAll('\n', '')).toBe(shifting);
  });

  it('let looksTraditional decide as converting the sample does', () => {
    const texts = corpus.flatMap(([, text]) => [text, toTraditional(text.slice(0, 3000)) + text]);
    // A compatibility ideograph converts to a character of another length; a sprinkling of traditional ones.
    texts.push('\u{2F800}'.repeat(3) + '经济发展'.repeat(50), '經濟'.repeat(3) + '经济发展'.repeat(47), '經濟'.repeat(6) + '经济发展'.repeat(44));
    for (const text of texts) expect(looksTraditional(text)).toBe(convertedShare(text));
  });
});
