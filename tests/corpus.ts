import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS_DIR = join(import.meta.dirname, '..', 'corpus');

/** Every report shipped in corpus/, as [name, text]. */
export const corpus: ReadonlyArray<readonly [string, string]> = readdirSync(CORPUS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => [f, readFileSync(join(CORPUS_DIR, f), 'utf8')] as const);

export function corpusText(name: string): string {
  const hit = corpus.find(([f]) => f === name);
  if (!hit) throw new Error(`no corpus file ${name}`);
  return hit[1];
}
