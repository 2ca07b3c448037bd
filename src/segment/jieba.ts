import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { packageFile } from '../package-file.js';
import { locateWords } from './locate.js';
import type { Token, Tokenizer } from './types.js';

/**
 * What duizhao uses of nodejieba, written out: nodejieba is an optional dependency, so neither the
 * build nor the types may need it installed.
 */
export interface NodeJieba {
  load(options: { userDict: string }): void;
  cut(text: string): string[];
}

const DICT_FILE = 'duizhao.dict.utf8';

/** The domain dictionary shipped in the package's `dict/` folder, found from this module upwards (src/ or dist/). */
export function domainDictionaryPath(): string {
  const path = packageFile(join('dict', DICT_FILE));
  if (path === null) throw new Error(`duizhao: the domain dictionary ${DICT_FILE} was not found next to the package; reinstall duizhao`);
  return path;
}

let loaded: { jieba: NodeJieba; userDicts: string } | null = null;

/** Why nodejieba cannot be required here: the first line of the loader's error. */
export class NodejiebaMissing extends Error {
  constructor(readonly reason: string) {
    super(
      `duizhao: nodejieba cannot be loaded here (${reason}): it is an optional dependency built from C++ at install; use chooseTokenizer(), which falls back to jieba-wasm, or wasmJiebaTokenizerFromFiles()`,
    );
  }
}

/** nodejieba's addon, without its dictionary (loading that is what takes a second). */
export function requireNodejieba(): NodeJieba {
  try {
    return createRequire(import.meta.url)('nodejieba') as NodeJieba;
  } catch (error) {
    throw new NodejiebaMissing((error as Error).message.split('\n')[0]!);
  }
}

/**
 * nodejieba keeps one dictionary per process: a second `load()` replaces the first user dictionary,
 * and a missing file aborts the process. So it is loaded once, lazily, after checking every path.
 */
function loadJieba(userDicts: readonly string[]): NodeJieba {
  const joined = userDicts.join('|');
  if (loaded) {
    if (loaded.userDicts !== joined) {
      throw new Error(
        'duizhao: nodejieba is already loaded with other user dictionaries; it keeps one set per process, so pass all of them to the first jiebaTokenizer()',
      );
    }
    return loaded.jieba;
  }
  for (const path of userDicts) {
    if (!existsSync(path)) throw new Error(`duizhao: user dictionary not found: ${path}`);
  }
  const jieba = requireNodejieba();
  jieba.load({ userDict: joined });
  loaded = { jieba, userDicts: joined };
  return jieba;
}

export interface JiebaOptions {
  /** Extra user dictionaries (jieba format: `word [freq] [tag]` per line), loaded with the domain dictionary. */
  userDicts?: readonly string[];
}

/** The default tokenizer: nodejieba with the report vocabulary shipped in `dict/`. Loads on first use (about a second). */
export function jiebaTokenizer(options: JiebaOptions = {}): Tokenizer {
  const dicts = [domainDictionaryPath(), ...(options.userDicts ?? [])];
  return {
    tokenize(text: string): Token[] {
      return locateWords(text, loadJieba(dicts).cut(text));
    },
  };
}
