import { availableParallelism, freemem } from 'node:os';

/** Memory kept free for each worker: its segmenter (jieba-wasm about 90 MB, nodejieba about 300 MB) and a pair's reports. */
const MEMORY_PER_WORKER = 512 * 1024 * 1024;

/**
 * How many workers score pairs by default: one per core but the one the main thread needs (it reads,
 * parses and pairs every report, then writes the rows), as many as free memory holds, at least one.
 * On a 2-core machine that is one: a second worker shared a core with the main thread and made the
 * bundled corpus's batch no faster while adding a segmenter's memory (README, "Speed").
 */
export function defaultJobs(cores = availableParallelism(), free = freemem()): number {
  return Math.max(1, Math.min(cores - 1, Math.floor(free / MEMORY_PER_WORKER)));
}
