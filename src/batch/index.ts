import { damageWarning, InputError, loadDecoded, parseReport, requireReport } from '../report/index.js';
import { collectFiles } from './collect.js';
import { pairReports, planYearOf, type ReadReport } from './pair.js';
import { WorkerPool } from './pool.js';
import { defaultJobs } from './workers.js';
import { availableTokenizer, tokenizerFromEnvironment } from '../segment/index.js';
import type { PairJob, PairResult } from './score.js';
import type { BatchEvent, BatchOptions, BatchResult } from './types.js';

export type * from './types.js';
export { collectFiles } from './collect.js';
export { defaultJobs } from './workers.js';
export { pairReports, type ReadReport, type ReportPair } from './pair.js';

/** Reads every report file; one that cannot be read or is not a report is left out with the reason. */
async function readAll(files: readonly string[], options: BatchOptions): Promise<{ read: ReadReport[]; failed: Array<{ file: string; reason: string }> }> {
  const read: ReadReport[] = [];
  const failed: Array<{ file: string; reason: string }> = [];
  for (const [k, file] of files.entries()) {
    // Text is read synchronously: let a stop (Ctrl-C) through between files.
    await new Promise((next) => setImmediate(next));
    if (options.signal?.aborted) break;
    try {
      const { text, source } = await loadDecoded(file, { ...(options.encoding ? { encoding: options.encoding } : {}), ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}) });
      const report = requireReport(parseReport(text), file);
      read.push({ file, text, report, damage: damageWarning(file, text, source), ...planYearOf(file, report) });
    } catch (error) {
      // One report that cannot be read or parsed is left out with the reason; the rest go on.
      failed.push({ file, reason: error instanceof InputError ? error.problem : `cannot be parsed (${(error as Error).message})` });
    }
    options.onProgress?.({ phase: 'read', done: k + 1, total: files.length, current: file });
  }
  return { read, failed };
}

/**
 * Scores every consecutive-year pair of the same government among the reports under `paths` (files
 * and folders), yielding each pair with its rows in pair order as soon as it and the pairs before it
 * are done, after the reports left out (unreadable, or with no pair) with the reason. Pairs are scored
 * on `jobs` worker threads; `signal` stops the batch after the pairs already finished.
 */
export async function* batchStream(paths: readonly string[], options: BatchOptions = {}): AsyncGenerator<BatchEvent> {
  const jobs = options.jobs ?? defaultJobs();
  if (!(Number.isInteger(jobs) && jobs >= 1)) throw new RangeError(`duizhao: jobs must be a whole number of threads ≥ 1, got ${options.jobs}`);
  // Told here, once, if nodejieba was asked for and cannot load: the workers are sent what loads.
  const tokenizer = availableTokenizer(options.tokenizer ?? tokenizerFromEnvironment() ?? 'wasm');
  const files = collectFiles(paths, options.skip);
  // The workers load their dictionaries while this thread reads the reports.
  const pool = files.length < 2 ? null : new WorkerPool(Math.min(jobs, files.length - 1), tokenizer);
  const stop = () => void pool?.close();
  options.signal?.addEventListener('abort', stop, { once: true });
  try {
    yield* scoreAll(files, pool, options);
  } finally {
    options.signal?.removeEventListener('abort', stop);
    await pool?.close();
  }
}

async function* scoreAll(files: readonly string[], pool: WorkerPool | null, options: BatchOptions): AsyncGenerator<BatchEvent> {
  const { read, failed } = await readAll(files, options);
  // Stopped while reading: the reports not read would make false reasons ('only one year').
  if (options.signal?.aborted) return;
  const { pairs, unpaired } = pairReports(read);
  for (const u of [...failed, ...unpaired]) yield { type: 'unpaired', unpaired: u };
  if (pool === null || pairs.length === 0) return;
  const jobs = pairs.map(
    ({ government, plan, review }): PairJob => ({
      government,
      planYear: plan.planYear!,
      plan: { file: plan.file, text: plan.text },
      review: { file: review.file, text: review.text },
      assumptions: [plan, review].flatMap((r) => [
        ...(r.yearFromName ? [`${r.file}: the plan year ${r.planYear} is read from the file name; the text names none`] : []),
        ...(r.damage ? [r.damage] : []),
      ]),
      ...(options.aboutTolerance === undefined ? {} : { aboutTolerance: options.aboutTolerance }),
    }),
  );
  // Every pair starts now and waits for a worker; results are yielded in pair order.
  let done = 0;
  const finished: Array<PairResult | undefined> = [];
  const results = jobs.map((job, k) =>
    pool.run(job).then(
      (result): PairResult | Error => {
        finished[k] = result;
        options.onProgress?.({ phase: 'score', done: ++done, total: jobs.length, current: `${job.plan.file} → ${job.review.file}` });
        return result;
      },
      (error: Error) => {
        // Pairs dropped by a stop (or by a consumer that stopped reading) are not progress.
        if (!pool.closed) options.onProgress?.({ phase: 'score', done: ++done, total: jobs.length, current: `${job.plan.file} → ${job.review.file}` });
        return error;
      },
    ),
  );
  for (const [k, pending] of results.entries()) {
    const result = await pending;
    if (options.signal?.aborted) {
      // Stopped: every pair already finished is given, in order; the rest were not scored.
      for (const r of finished.slice(k)) if (r) yield { type: 'pair', ...r };
      return;
    }
    if (result instanceof Error) yield { type: 'unpaired', unpaired: { file: jobs[k]!.plan.file, reason: `could not be scored against ${jobs[k]!.review.file}: ${result.message}` } };
    else yield { type: 'pair', ...result };
  }
}

/** The whole batch at once: DESIGN.md's `{ pairs, unpaired, rows }`. */
export async function batch(paths: readonly string[], options: BatchOptions = {}): Promise<BatchResult> {
  const out: BatchResult = { pairs: [], unpaired: [], rows: [] };
  for await (const event of batchStream(paths, options)) {
    if (event.type === 'unpaired') out.unpaired.push(event.unpaired);
    else {
      out.pairs.push(event.pair);
      out.rows.push(...event.rows);
    }
  }
  return out;
}
export { batchWriter, type BatchFormat, type BatchWriter } from './write.js';
