import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText } from '../src/index.js';

export const CORPUS_DIR = join(import.meta.dirname, '..', 'corpus');

/** Every report shipped in corpus/, as [name, text], decoded as the library reads it (some are GB18030). */
export const corpus: ReadonlyArray<readonly [string, string]> = readdirSync(CORPUS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => [f, decodeText(readFileSync(join(CORPUS_DIR, f)), f)] as const);

export function corpusText(name: string): string {
  const hit = corpus.find(([f]) => f === name);
  if (!hit) throw new Error(`no corpus file ${name}`);
  return hit[1];
}
