import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { TokenizerName } from '../segment/index.js';
import type { PairJob, PairResult } from './score.js';

// A worker says once that it is ready (its segmenter loaded), then answers one job at a time: its
// answer is to the job its slot holds.
type Answer = { ready: true } | { ok: true; result: PairResult } | { ok: false; error: string };

/**
 * A worker thread running the batch worker: the built batch-worker.js next to the bundle, or from the
 * sources (tests, tsx) the TypeScript file, loaded after registering tsx in the thread.
 */
function startWorker(tokenizer: TokenizerName): Worker {
  const workerData = { tokenizer };
  // The thread takes node's flags, but not one that only a string of code may have ('node --input-type=module -e …').
  const execArgv = process.execArgv.filter((flag) => !flag.startsWith('--input-type'));
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./batch-worker.js', import.meta.url), { execArgv, workerData });
  // Module hooks registered inside a worker thread do not reach its imports on Node 20; tsx's require
  // hook does: the worker's TypeScript is compiled to CommonJS as it is required.
  const require = createRequire(import.meta.url);
  const tsx = require.resolve('tsx/cjs/api');
  const script = fileURLToPath(new URL('./worker.ts', import.meta.url));
  return new Worker(`require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(script)});`, { eval: true, workerData });
}

interface Slot {
  worker: Worker;
  /** Whether the worker has loaded its segmenter: one that dies before is not started again (it would die again). */
  started: boolean;
  job: { resolve: (r: PairResult) => void; reject: (e: Error) => void } | null;
  /** Whether the worker is inside its own code (loading its segmenter, scoring a pair) rather than waiting for a job. */
  busy: boolean;
  /** Called when it next waits for a job, or ends. */
  idle: (() => void) | null;
}

/** A fixed number of worker threads segmenting with `tokenizer`, each scoring one pair at a time; jobs wait in order for a free one. */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Array<{ job: PairJob; resolve: (r: PairResult) => void; reject: (e: Error) => void }> = [];
  private stopped = false;
  private closing: Promise<void> | null = null;

  /** Whether close() was called, or the workers could not start. */
  get closed(): boolean {
    return this.stopped;
  }

  constructor(
    size: number,
    private readonly tokenizer: TokenizerName,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: startWorker(this.tokenizer), started: false, job: null, busy: true, idle: null };
    slot.worker.on('message', (answer: Answer) => {
      slot.busy = false;
      slot.idle?.();
      slot.started = true;
      const job = slot.job;
      slot.job = null;
      // A job given up by close() has been rejected already.
      if (job && 'ok' in answer) {
        if (answer.ok) job.resolve(answer.result);
        else job.reject(new Error(answer.error));
      }
      if (!this.stopped) this.next(slot);
    });
    // A worker that dies (out of memory, a native crash) fails its pair; a fresh one takes its place.
    slot.worker.on('error', (error) => this.lost(slot, error));
    slot.worker.on('exit', (code) => {
      slot.busy = false;
      slot.idle?.();
      if (!this.stopped) this.lost(slot, new Error(`the worker stopped (exit code ${code})`));
    });
    return slot;
  }

  private lost(slot: Slot, error: Error): void {
    slot.job?.reject(error);
    slot.job = null;
    if (this.stopped) return;
    if (!slot.started) {
      // It could not start (its script missing, the dictionary unreadable): every pair fails with the reason.
      void this.close(error);
      return;
    }
    const k = this.slots.indexOf(slot);
    if (k < 0) return;
    void slot.worker.terminate();
    this.slots[k] = this.spawn();
    this.next(this.slots[k]!);
  }

  private next(slot: Slot): void {
    if (slot.busy || slot.job) return;
    const waiting = this.queue.shift();
    if (!waiting) return;
    slot.job = { resolve: waiting.resolve, reject: waiting.reject };
    slot.busy = true;
    slot.worker.postMessage(waiting.job);
  }

  /** Scores a pair on the first free worker. */
  run(job: PairJob): Promise<PairResult> {
    if (this.stopped) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      const free = this.slots.find((s) => !s.busy && s.job === null);
      if (free) this.next(free);
    });
  }

  /**
   * Ends every worker; jobs not finished are rejected at once (with `reason`, by default 'stopped').
   * A worker inside its own code is ended when it is done with it: ending a thread inside a native
   * call (nodejieba's) aborts the whole process, output cut short.
   */
  close(reason = new Error('stopped')): Promise<void> {
    this.closing ??= this.end(reason);
    return this.closing;
  }

  private async end(reason: Error): Promise<void> {
    this.stopped = true;
    for (const waiting of this.queue.splice(0)) waiting.reject(reason);
    for (const slot of this.slots) {
      slot.job?.reject(reason);
      slot.job = null;
    }
    await Promise.all(this.slots.map((slot) => this.idle(slot).then(() => slot.worker.terminate())));
  }

  private idle(slot: Slot): Promise<void> {
    return slot.busy ? new Promise((resolve) => (slot.idle = resolve)) : Promise.resolve();
  }
}
