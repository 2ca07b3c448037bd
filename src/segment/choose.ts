import { jiebaTokenizer, NodejiebaMissing, requireNodejieba } from './jieba.js';
import type { Tokenizer } from './types.js';
import { wasmJiebaTokenizerFromFiles } from './wasm-files.js';

/** The word segmenters duizhao ships: nodejieba (a native addon) and jieba-rs compiled to WebAssembly. */
export const TOKENIZER_NAMES = ['nodejieba', 'wasm'] as const;
export type TokenizerName = (typeof TOKENIZER_NAMES)[number];
/** A tokenizer of one's own, or one of duizhao's by name. */
export type TokenizerChoice = Tokenizer | TokenizerName;

/** The environment variable that names the segmenter when no option does. */
export const TOKENIZER_ENV = 'DUIZHAO_TOKENIZER';

/** A segmenter's name, checked; `where` says where it was given, for the error. */
export function tokenizerName(value: string, where: string): TokenizerName {
  const name = TOKENIZER_NAMES.find((n) => n === value);
  if (!name) throw new RangeError(`duizhao: ${where} must be ${TOKENIZER_NAMES.join(' or ')}, got '${value}'`);
  return name;
}

/** The segmenter `DUIZHAO_TOKENIZER` names, if it is set (there is no environment in a browser). */
export function tokenizerFromEnvironment(): TokenizerName | undefined {
  const value = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env[TOKENIZER_ENV];
  return value ? tokenizerName(value, TOKENIZER_ENV) : undefined;
}

let nodejiebaProblem: string | null | undefined;

/**
 * Whether nodejieba's addon loads here. It is an optional dependency: where it could not be built
 * (no C++ toolchain) or loaded, duizhao says so once and segments with jieba-wasm, which gives the
 * same words on the bundled reports.
 */
function nodejiebaLoads(): boolean {
  if (nodejiebaProblem === undefined) {
    try {
      requireNodejieba();
      nodejiebaProblem = null;
    } catch (error) {
      if (!(error instanceof NodejiebaMissing)) throw error;
      nodejiebaProblem = error.reason;
      console.error(`duizhao: nodejieba cannot be loaded here (${nodejiebaProblem}); segmenting with jieba-wasm instead, which gives the same words`);
    }
  }
  return nodejiebaProblem === null;
}

/** The segmenter that will be used for `name`: nodejieba where its addon loads, else jieba-wasm. */
export function availableTokenizer(name: TokenizerName): TokenizerName {
  return name === 'nodejieba' && !nodejiebaLoads() ? 'wasm' : name;
}

let wasm: Tokenizer | null = null;

/**
 * The tokenizer to use: the caller's own, or the one named (by `choice`, else by DUIZHAO_TOKENIZER,
 * else nodejieba, the library's default in Node). Both named ones load their dictionary once per
 * process (or worker thread) and give the same answers.
 */
export function chooseTokenizer(choice?: TokenizerChoice): Tokenizer {
  if (typeof choice === 'object') return choice;
  const name = choice === undefined ? (tokenizerFromEnvironment() ?? 'nodejieba') : tokenizerName(choice, 'tokenizer');
  if (availableTokenizer(name) === 'nodejieba') return jiebaTokenizer();
  wasm ??= wasmJiebaTokenizerFromFiles();
  return wasm;
}
