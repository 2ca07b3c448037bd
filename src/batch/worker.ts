/**
 * A batch worker thread: loads its segmenter's dictionary as soon as it starts (while the main thread
 * reads the reports), then scores the pairs it is sent, one at a time, answering each with its rows or
 * the one-line reason it could not be scored.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { chooseTokenizer, type TokenizerName } from '../segment/index.js';
import { scorePair, type PairJob } from './score.js';

const tokenizer = chooseTokenizer((workerData as { tokenizer: TokenizerName }).tokenizer);
// The first cut builds the dictionary's index (about half a second): done now, not in the first pair.
tokenizer.tokenize('政府工作报告');
// Idle from here on: the pool may end this thread between jobs (never inside a native call).
parentPort!.postMessage({ ready: true });
parentPort!.on('message', (job: PairJob) => {
  try {
    parentPort!.postMessage({ ok: true, result: scorePair(job, tokenizer) });
  } catch (error) {
    parentPort!.postMessage({ ok: false, error: (error as Error).message });
  }
});
