/**
 * A batch worker thread: loads the dictionary once, then scores the pairs it is sent, one at a time,
 * answering each with its rows or the one-line reason it could not be scored.
 */
import { parentPort } from 'node:worker_threads';
import { jiebaTokenizer } from '../segment/index.js';
import { scorePair, type PairJob } from './score.js';

const tokenizer = jiebaTokenizer();
parentPort!.on('message', (job: PairJob) => {
  try {
    parentPort!.postMessage({ ok: true, result: scorePair(job, tokenizer) });
  } catch (error) {
    parentPort!.postMessage({ ok: false, error: (error as Error).message });
  }
});
