/**
 * What the browser build has in place of Node's built-in modules: the names the bundled code imports,
 * each failing with one clear line if called. Only Node's paths (reading files, nodejieba, workers)
 * call them; the browser entry reads its input with readInput and segments with the WASM tokenizer.
 */
const unavailable =
  (name: string) =>
  (..._: unknown[]): never => {
    throw new Error(`duizhao: ${name} is not available in the browser build: pass text, a File or bytes to readInput(), and a tokenizer from loadTokenizer()`);
  };

export const readFileSync = unavailable('readFileSync');
export const existsSync = unavailable('existsSync');
export const readdirSync = unavailable('readdirSync');
export const statSync = unavailable('statSync');
export const openSync = unavailable('openSync');
export const readSync = unavailable('readSync');
export const closeSync = unavailable('closeSync');
export const writeSync = unavailable('writeSync');
export const writeFileSync = unavailable('writeFileSync');
export const createRequire = unavailable('createRequire (nodejieba, opencc-js from disk)');
export const dirname = unavailable('dirname');
export const join = unavailable('join');
export const basename = unavailable('basename');
export const fileURLToPath = unavailable('fileURLToPath');
export const pathToFileURL = unavailable('pathToFileURL');
export const inflateSync = unavailable('inflateSync (PDF files)');
export const inflateRawSync = unavailable('inflateRawSync (Word files)');
export const availableParallelism = unavailable('availableParallelism');
// Flags for openSync, which fails here anyway: only named so that the code using them builds.
export const constants = {};
