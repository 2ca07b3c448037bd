import { checkTargets } from '../compare.js';
import type { Evidence } from '../extract/types.js';
import { parseReport } from '../report/index.js';
import type { Report } from '../report/outline/types.js';
import { lineAndColumn } from '../report/span.js';
import type { Tokenizer } from '../segment/index.js';
import type { BatchPair, BatchRow, Place } from './types.js';

/** What a worker is given: the two reports' texts (read once, in the main thread) and how to score. */
export interface PairJob {
  government: string;
  planYear: number;
  plan: { file: string; text: string };
  review: { file: string; text: string };
  aboutTolerance?: number;
  /** Notes from reading (a plan year taken from a file name). */
  assumptions: string[];
}

export interface PairResult {
  pair: BatchPair;
  rows: BatchRow[];
}

function place(file: string, report: Report, evidence: Evidence): Place {
  return { file, ...lineAndColumn(report.input, evidence.span[0]), quote: evidence.text };
}

/** Scores one pair: the plan report's targets against the review report's account, as batch rows. */
export function scorePair(job: PairJob, tokenizer: Tokenizer): PairResult {
  const plan = parseReport(job.plan.text);
  const review = parseReport(job.review.text);
  const card = checkTargets(plan, review, {
    tokenizer,
    planFile: job.plan.file,
    reviewFile: job.review.file,
    ...(job.aboutTolerance === undefined ? {} : { aboutTolerance: job.aboutTolerance }),
  });
  const head = { government: job.government, level: plan.meta.level, planYear: job.planYear, plan: job.plan.file, review: job.review.file };
  const rows: BatchRow[] = card.rows.map((row) => {
    const evidence = row.outcome ?? row.mention;
    return { ...head, ...row, where: { target: place(job.plan.file, plan, row.target), outcome: evidence ? place(job.review.file, review, evidence) : null } };
  });
  return { pair: { ...head, summary: card.summary, assumptions: [...job.assumptions, ...card.assumptions] }, rows };
}
