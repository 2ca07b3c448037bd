/**
 * A batch worker thread: scores the pairs it is sent, one at a time (the segmenter loads its
 * dictionary on the first), answering each with its rows or the one-line reason it could not be scored.
 */
import { parentPort } from 'node:worker_threads';
import { scorePair, type PairJob } from './score.js';

parentPort!.on('message', (job: PairJob) => {
  try {
    parentPort!.postMessage({ ok: true, result: scorePair(job) });
  } catch (error) {
    parentPort!.postMessage({ ok: false, error: (error as Error).message });
  }
});
