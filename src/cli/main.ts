import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
// Only what every command needs is imported here; each command imports its own stages and renderers
// when it runs, so that `outline` never loads the diff, nor `check` the page or the batch workers.
import { PairingError } from '../check/pairing.js';
import { packageFile } from '../package-file.js';
import { interruptions } from './interrupt.js';
import { inertControls } from '../render/control.js';
import { FITTED } from '../check/fitted.js';
import { damageWarning, InputError, loadReport, type DecodeOptions } from '../report/index.js';
import { shown } from '../report/read/index.js';
import type { Report } from '../report/outline/types.js';
import { tokenizerFromEnvironment, tokenizerName, type TokenizerName } from '../segment/choose.js';
import type { Unpaired } from '../batch/types.js';
import type { TrackResult } from '../track/index.js';

/** A line (or lines) on stderr. File names and report text in it are untrusted: their control characters are shown, not obeyed. */
const tell = (text: string) => console.error(inertControls(text));

/** Exit codes: 0 success, 1 bad input (file missing, unreadable, not a report), 2 bad usage. */
const EXIT_INPUT = 1;
const EXIT_USAGE = 2;

class UsageError extends Error {}

const MAIN_HELP = `duizhao — compare Chinese government work reports (政府工作报告)

Usage:
  duizhao check PLAN REVIEW [--format json|markdown|csv|html] [--out FILE]
                                              the scorecard: PLAN's targets against REVIEW's account
  duizhao outline FILE [--json] [--depth N]   the report's parts, roles and sections
  duizhao extract FILE [--json]               its quantified targets and outcomes
  duizhao align A B [--to plan|review] [--json]
                                              pair A's plan sections with B's
  duizhao diff A B [--format text|json|html] [--out FILE]
                                              what changed between two reports
  duizhao batch PATHS… [--format md|csv|json] [--out FILE] [--jobs N] [--quiet]
                                              every consecutive-year pair of the same government, in one table
  duizhao track PATHS… [--indicator NAME] [--format text|csv|json] [--chart FILE]
                                              one government's targets and outcomes over the years
  duizhao page [--out FILE]                   write the drop-two-files page (works offline, in any browser)
  duizhao --help | --version

FILE may be .txt, .md, .html (a saved page), .docx or .pdf (with a text layer), or '-' for
standard input. Text is read as UTF-8, UTF-16, GB18030/GBK or Big5 (detected); every command takes
--encoding NAME to force one. Spans are offsets into the text as read. Words are cut by jieba-wasm,
or by nodejieba with --tokenizer nodejieba (or DUIZHAO_TOKENIZER=nodejieba): the same words either way.
Run 'duizhao COMMAND --help' for a command's options.
Exit codes: 0 success, 1 bad input, 2 bad usage.`;

const OUTLINE_HELP = `Usage: duizhao outline FILE [--json] [--depth N]

Prints the outline of a work report: title and metadata (government, level, plan year,
date, meeting, speaker), then each part with its role (review, plan, government, other),
its sections, their spans (character offsets into FILE's text) and counts of paragraphs
and sentences.

Options:
  --json       print JSON on stdout: { file, title, planYear, government, parts: [...] }
  --depth N    section levels to show in the text tree (default 2)
  --encoding NAME   read in this encoding (gbk, gb18030, big5, utf-16le, …) instead of detecting it
  --max-bytes N     refuse a file longer than N bytes (default 52428800, 50 MB)
  --tokenizer NAME  the word segmenter: wasm (jieba-wasm, the default) or nodejieba; the same words
  -h, --help   show this help`;

const EXTRACT_HELP = `Usage: duizhao extract FILE [--json]

Reads every quantified target in the report's plan parts (国内生产总值增长6%以上 → ≥6%, increase)
and every quantified outcome in its review parts (城镇新增就业1269万人), each with the indicator it
measures, its bound (exact, about, at_least, at_most, range), its direction and the span of its
evidence in FILE's text. Targets that only repeat an earlier one are marked.

Options:
  --json       print JSON on stdout: { file, targets: [...], outcomes: [...] }
  --encoding NAME   read in this encoding (gbk, gb18030, big5, utf-16le, …) instead of detecting it
  --max-bytes N     refuse a file longer than N bytes (default 52428800, 50 MB)
  --tokenizer NAME  the word segmenter: wasm (jieba-wasm, the default) or nodejieba; the same words
  -h, --help   show this help`;

const ALIGN_HELP = `Usage: duizhao align A B [--to plan|review] [--json]

Pairs the plan sections of report A with the plan sections of report B (--to plan, the default:
like with like), or with the passages of B's review (--to review: a promise with its account, for
B the next year's report). Sections pair by their words (TF-IDF over jieba words) and headings, in
one global assignment; sections with no good partner are listed as new or dropped.

Options:
  --to plan|review   what of B to pair A's plan with (default plan)
  --json             print JSON: { pairs: [{ a: {heading, span} | null, b: ..., score }] }
  --encoding NAME   read in this encoding (gbk, gb18030, big5, utf-16le, …) instead of detecting it
  --max-bytes N     refuse a file longer than N bytes (default 52428800, 50 MB)
  --tokenizer NAME  the word segmenter: wasm (jieba-wasm, the default) or nodejieba; the same words
  -h, --help         show this help`;

const DIFF_HELP = `Usage: duizhao diff A B [--format text|json|html] [--out FILE]

Aligns the plan sections of A and B, diffs each pair word by word (numbers compared whole), and
lists the sections only in A (dropped) or only in B (new) and the key terms whose use shifted.

Options:
  --format text|json|html   text (default), JSON, or one self-contained HTML page
  --json                    short for --format json
  --out FILE                write to FILE instead of the terminal
  --encoding NAME   read in this encoding (gbk, gb18030, big5, utf-16le, …) instead of detecting it
  --max-bytes N     refuse a file longer than N bytes (default 52428800, 50 MB)
  --tokenizer NAME  the word segmenter: wasm (jieba-wasm, the default) or nodejieba; the same words
  -h, --help                show this help`;

const CHECK_HELP = `Usage: duizhao check PLAN REVIEW [--format json|markdown|csv|html] [--out FILE]

Scores every quantified target of PLAN (a year's work report) against the outcome that REVIEW
(the same government's report of the next year) gives for it: met, missed (with the margin),
unreported, or unclear (stated only in words, a multi-year figure, or not comparable), each with
the evidence spans of both reports and a confidence.

Options:
  --format markdown|csv|json|html   markdown (default), CSV (UTF-8 with BOM), JSON, or one page
  --json                            short for --format json
  --out FILE                        write to FILE instead of the terminal
  --tolerance X                     how far 左右 reaches, as a share of the target (default ${FITTED.tolerance}, fitted on the gold)
  --force                           score even when REVIEW is not PLAN's next year of the same government
  --explain                         add a column saying how each row was decided (the JSON always has it as trace)
  --encoding NAME   read in this encoding (gbk, gb18030, big5, utf-16le, …) instead of detecting it
  --max-bytes N     refuse a file longer than N bytes (default 52428800, 50 MB)
  --tokenizer NAME  the word segmenter: wasm (jieba-wasm, the default) or nodejieba; the same words
  -h, --help                        show this help`;

const BATCH_HELP = `Usage: duizhao batch PATHS… [--format md|csv|json] [--out FILE] [--jobs N] [--quiet]

Reads every report under PATHS (files, and folders searched recursively for .txt .md .html .docx .pdf),
tells each one's government and plan year from its own text (a year in the file name is only used
when the text names none), and scores every consecutive-year pair of the same government: one row
per target with government, level, plan year, target, outcome, verdict, reason, margin, and where
each figure stands (file:line:column and the quote). Reports that cannot be paired (only one year,
a gap, a duplicate) or read are listed with the reason; the rest still complete.

Rows are written as each pair finishes (in pair order), so a run stopped with Ctrl-C keeps what
finished; the output is then closed properly and the exit code is 130.

Options:
  --format md|csv|json   Markdown (default), CSV (UTF-8 with BOM), or JSON { rows, pairs, unpaired }
  --out FILE             write to FILE instead of standard output
  --jobs N               worker threads scoring pairs at once (default: one per core but one, at least one)
  --quiet                no progress on standard error
  --tolerance X          how far 左右 reaches, as a share of the target (default ${FITTED.tolerance}, fitted on the gold)
  --encoding NAME   read in this encoding (gbk, gb18030, big5, utf-16le, …) instead of detecting it
  --max-bytes N     refuse a file longer than N bytes (default 52428800, 50 MB)
  --tokenizer NAME  the word segmenter: wasm (jieba-wasm, the default) or nodejieba; the same words
  -h, --help             show this help`;

const TRACK_HELP = `Usage: duizhao track PATHS… [--indicator NAME] [--format text|csv|json] [--chart FILE]

One government's track record: its reports under PATHS (files or folders, any supported format) are
paired year by year as batch pairs them, and for each indicator (or only NAME: synonyms fold, so
GDP, 地区生产总值 and 经济增长 are one) the target each plan set and the outcome the next year's report
gave for it, with the verdict and where each figure stands.

Options:
  --indicator NAME       only this indicator
  --government NAME      the government to follow when PATHS hold reports of several, as the reports
                         name it in their text (满城区 finds 保定市满城区)
  --format text|csv|json a table (default), CSV (UTF-8 with BOM), or JSON { government, years, series, unpaired }
  --out FILE             write the table to FILE instead of standard output
  --chart FILE           also write a self-contained SVG chart of the first indicator (targets, outcomes,
                         misses marked, every point linked to its evidence)
  --jobs N               worker threads (default: one per core but one, at least one)
  --quiet                no progress on standard error
  --encoding NAME   read in this encoding (gbk, gb18030, big5, utf-16le, …) instead of detecting it
  --max-bytes N     refuse a file longer than N bytes (default 52428800, 50 MB)
  --tokenizer NAME  the word segmenter: wasm (jieba-wasm, the default) or nodejieba; the same words
  -h, --help             show this help`;

const PAGE_HELP = `Usage: duizhao page [--out FILE]

Writes one self-contained HTML page (about 7 MB: the browser build and the word segmenter inlined)
where a journalist drops two reports (a year's and the next year's, as text or saved web pages in any
Chinese encoding) or pastes their text, and gets the scorecard and the side-by-side diff, with CSV and
Markdown downloads. It works offline, opened as a file or from a local server; nothing leaves the page.

Options:
  --out FILE   where to write it (default duizhao.html)
  -h, --help   show this help`;

/** Writes a command's output to `out` when given, else to stdout. */
function emit(text: string, out: string | undefined): void {
  if (out === undefined) return void console.log(text);
  try {
    writeFileSync(out, text.endsWith('\n') ? text : `${text}\n`);
  } catch (error) {
    throw new InputError(out, `cannot write the file (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
}

/** The two files a comparing command reads, or a usage error. */
function twoFiles(command: string, positionals: string[]): [string, string] {
  if (positionals.length !== 2) throw new UsageError(`${command} takes two files A and B, got ${positionals.length}`);
  if (positionals[0] === '-' && positionals[1] === '-') throw new UsageError('only one of the two files can come from standard input (-)');
  return [positionals[0]!, positionals[1]!];
}

async function checkCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      json: { type: 'boolean' },
      out: { type: 'string' },
      tolerance: { type: 'string' },
      force: { type: 'boolean' },
      explain: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' }, ...READ_OPTIONS,
    },
  });
  if (values.help) return void console.log(CHECK_HELP);
  const [planFile, reviewFile] = twoFiles('check', positionals);
  const format = values.json ? 'json' : (values.format ?? 'markdown');
  if (!['markdown', 'csv', 'json', 'html'].includes(format)) throw new UsageError(`--format must be markdown, csv, json or html, got '${format}'`);
  const tolerance = toleranceOption(values.tolerance);
  const tokenizer = tokenizerOption(values.tokenizer);
  const { checkTargets } = await import('../compare.js');
  const { scorecardCsv, scorecardHtml, scorecardJson, scorecardMarkdown } = await import('../render/scorecard.js');
  const plan = await load(planFile, values);
  const review = await load(reviewFile, values);
  const card = checkTargets(plan, review, { planFile: shown(planFile), reviewFile: shown(reviewFile), force: values.force ?? false, tokenizer, ...(tolerance === undefined ? {} : { aboutTolerance: tolerance }) });
  if (card.warning) tell(`duizhao: warning: ${card.warning}; scored anyway (--force)`);
  for (const assumed of card.assumptions) tell(`duizhao: warning: ${assumed}`);
  const text =
    format === 'json'
      ? JSON.stringify(scorecardJson(card), null, 2)
      : format === 'csv'
        ? scorecardCsv(card)
        : format === 'html'
          ? scorecardHtml(card, plan, review)
          : scorecardMarkdown(card, { explain: values.explain ?? false });
  emit(text, values.out);
}

/** Where a command's streamed output goes: a file opened once, or standard output. */
function outputTo(out: string | undefined): { write: (text: string) => void; close: () => void } {
  if (out === undefined) return { write: (text) => void process.stdout.write(text), close: () => {} };
  let fd: number;
  try {
    fd = openSync(out, 'w');
  } catch (error) {
    throw new InputError(out, `cannot write the file (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
  const write = (text: string) => {
    try {
      if (text) writeSync(fd, text);
    } catch (error) {
      throw new InputError(out, `cannot write the file (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
    }
  };
  return { write, close: () => closeSync(fd) };
}

/** The reports a batch or track left out, one line each, for stderr. */
function leftOutLines(left: readonly Unpaired[]): string[] {
  return left.length ? [`duizhao: ${left.length} file${left.length === 1 ? '' : 's'} left out:`, ...left.map((u) => `  ${u.file}: ${u.reason}`)] : [];
}

/** Exit code of a run stopped by Ctrl-C (128 + SIGINT), as shells report it. */
const EXIT_INTERRUPTED = 130;

async function batchCommand(args: string[]): Promise<number> {
  // Ctrl-C is caught from the CLI's first moment (cli.ts): it stops the batch after the pairs being scored.
  const stop = interruptions();
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      jobs: { type: 'string' },
      quiet: { type: 'boolean' },
      tolerance: { type: 'string' },
      help: { type: 'boolean', short: 'h' }, ...READ_OPTIONS,
    },
  });
  if (values.help) {
    console.log(BATCH_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('batch takes one or more files or folders of reports');
  const format = values.format ?? 'md';
  if (format !== 'md' && format !== 'csv' && format !== 'json') throw new UsageError(`--format must be md, csv or json, got '${format}'`);
  const jobs = jobsOption(values.jobs);
  const tolerance = toleranceOption(values.tolerance);
  const decoding = decodeOptions(values);
  const tokenizer = tokenizerOption(values.tokenizer);
  const { batchStream, batchWriter, collectFiles } = await import('../batch/index.js');
  const { progressReporter } = await import('../batch/progress.js');
  // Before any output is opened: a path that does not exist, or no report file at all. The output
  // file itself is never read as a report (a run writing into a folder it reads).
  const skip = values.out === undefined ? [] : [values.out];
  if (collectFiles(positionals, skip).length === 0) throw new InputError(positionals.join(' '), 'no report files (.txt .md .html .docx .pdf) found');
  // A bar redrawn in place would break the table when both go to one terminal: lines then.
  const progress = values.quiet ? null : progressReporter(process.stderr, process.stderr.isTTY === true && (values.out !== undefined || !process.stdout.isTTY));
  const output = outputTo(values.out);
  const writer = batchWriter(format);
  const left: Unpaired[] = [];
  let pairs = 0;
  let rows = 0;
  try {
    output.write(writer.start());
    for await (const event of batchStream(positionals, { ...decoding, jobs, skip, tokenizer, signal: stop, onProgress: progress?.onProgress, ...(tolerance === undefined ? {} : { aboutTolerance: tolerance }) })) {
      if (event.type === 'unpaired') {
        left.push(event.unpaired);
        output.write(writer.unpaired(event.unpaired));
      } else {
        pairs++;
        rows += event.rows.length;
        output.write(writer.pair(event.pair, event.rows));
      }
    }
    output.write(writer.end());
  } finally {
    progress?.finish();
    output.close();
  }
  // The files left out are always said (--quiet silences progress, not warnings).
  const lines = values.quiet ? [] : [`duizhao: ${pairs} pair${pairs === 1 ? '' : 's'} scored, ${rows} targets${values.out ? ` written to ${values.out}` : ''}`];
  lines.push(...leftOutLines(left));
  if (stop.aborted) lines.push('duizhao: interrupted: the pairs finished before Ctrl-C are written; the rest were not scored');
  if (lines.length) tell(lines.join('\n'));
  if (stop.aborted) return EXIT_INTERRUPTED;
  if (pairs === 0) throw new InputError(positionals.join(' '), 'no consecutive-year pair of one government found among the reports (the files left out are listed above)');
  return 0;
}

/** --jobs as a number of threads, or undefined when not given. */
function jobsOption(value: string | undefined): number | undefined {
  const jobs = value === undefined ? undefined : Number(value);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) throw new UsageError(`--jobs takes a whole number of threads ≥ 1, got '${value}'`);
  return jobs;
}

async function trackCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      indicator: { type: 'string' },
      government: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      chart: { type: 'string' },
      jobs: { type: 'string' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' }, ...READ_OPTIONS,
    },
  });
  if (values.help) return void console.log(TRACK_HELP);
  if (positionals.length === 0) throw new UsageError('track takes one or more files or folders of one government\'s reports');
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'csv' && format !== 'json') throw new UsageError(`--format must be text, csv or json, got '${format}'`);
  const jobs = jobsOption(values.jobs);
  const tokenizer = tokenizerOption(values.tokenizer);
  const { track, trackCsv, trackSvg, trackText } = await import('../track/index.js');
  const { progressReporter } = await import('../batch/progress.js');
  const progress = values.quiet ? null : progressReporter(process.stderr);
  let result: TrackResult;
  try {
    result = await track(positionals, { ...decodeOptions(values), jobs, tokenizer, onProgress: progress?.onProgress, indicator: values.indicator, government: values.government });
  } finally {
    progress?.finish();
  }
  if (result.unpaired.length) tell(leftOutLines(result.unpaired).join('\n'));
  emit(format === 'json' ? JSON.stringify(result, null, 2) : format === 'csv' ? trackCsv(result) : trackText(result), values.out);
  if (values.chart !== undefined) {
    const series = result.series[0]!;
    emit(trackSvg(series), values.chart);
    if (!values.quiet) tell(`duizhao: chart of ${series.label} (${series.measure}) written to ${values.chart}`);
  }
}

async function pageCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) return void console.log(PAGE_HELP);
  if (positionals.length) throw new UsageError(`page takes no files (it reads them in the browser), got ${positionals.join(' ')}`);
  const out = values.out ?? 'duizhao.html';
  const { pageHtml } = await import('../page/index.js');
  emit(pageHtml(), out);
  tell(`duizhao: wrote ${out}: open it in a browser and drop two reports on it`);
}

async function alignCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { to: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, ...READ_OPTIONS },
  });
  if (values.help) return void console.log(ALIGN_HELP);
  const [fileA, fileB] = twoFiles('align', positionals);
  const to = values.to ?? 'plan';
  if (to !== 'plan' && to !== 'review') throw new UsageError(`--to must be plan or review, got '${to}'`);
  const tokenizer = tokenizerOption(values.tokenizer);
  const { alignSections } = await import('../align/index.js');
  const { alignJson, alignText } = await import('../render/align.js');
  const pairs = alignSections(await load(fileA, values), await load(fileB, values), { to, tokenizer });
  console.log(values.json ? JSON.stringify(alignJson(pairs), null, 2) : alignText(pairs, shown(fileA), shown(fileB)));
}

async function diffCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string' }, json: { type: 'boolean' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' }, ...READ_OPTIONS },
  });
  if (values.help) return void console.log(DIFF_HELP);
  const [fileA, fileB] = twoFiles('diff', positionals);
  const format = values.json ? 'json' : (values.format ?? 'text');
  if (format !== 'text' && format !== 'json' && format !== 'html') throw new UsageError(`--format must be text, json or html, got '${format}'`);
  const tokenizer = tokenizerOption(values.tokenizer);
  const { diffReports } = await import('../diff/index.js');
  const a = await load(fileA, values);
  const b = await load(fileB, values);
  const diff = diffReports(a, b, { tokenizer });
  const { pairs: _pairs, ...rest } = diff;
  const text =
    format === 'json'
      ? JSON.stringify({ a: fileA, b: fileB, ...rest }, null, 2)
      : format === 'html'
        ? (await import('../render/diff-html.js')).diffHtml(diff, a, b, fileA, fileB)
        : (await import('../render/diff-text.js')).diffText(diff, fileA, fileB);
  emit(text, values.out);
}


// How every command reads its files and cuts their words.
const READ_OPTIONS = { encoding: { type: 'string' }, 'max-bytes': { type: 'string' }, tokenizer: { type: 'string' } } as const;

/**
 * --tokenizer, else DUIZHAO_TOKENIZER, else jieba-wasm: the same words as nodejieba (the library's
 * default), and the first answer about twice as fast, since its dictionary loads in a fraction of the time.
 */
function tokenizerOption(value: string | undefined): TokenizerName {
  try {
    return value === undefined ? (tokenizerFromEnvironment() ?? 'wasm') : tokenizerName(value, '--tokenizer');
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/^duizhao: /, ''));
  }
}

/** --tolerance as a number, or undefined when not given. */
function toleranceOption(value: string | undefined): number | undefined {
  const tolerance = value === undefined ? undefined : value.trim() === '' ? NaN : Number(value);
  if (tolerance !== undefined && !(tolerance >= 0 && tolerance < 1)) throw new UsageError(`--tolerance must be a share between 0 and 1, got '${value}'`);
  return tolerance;
}

/** Reads a report for a command: any supported format, '-' for standard input, `encoding` to force one. */
async function load(file: string, values: { encoding?: string; 'max-bytes'?: string; tokenizer?: string }): Promise<Report> {
  const report = await loadReport(file, decodeOptions(values));
  const damage = damageWarning(shown(file), report.input, report.source);
  if (damage) tell(`duizhao: warning: ${damage}`);
  return report;
}

/** --encoding and --max-bytes, checked (and --tokenizer, which every command takes, though only those cutting words use it). */
function decodeOptions(values: { encoding?: string; 'max-bytes'?: string; tokenizer?: string }): DecodeOptions {
  tokenizerOption(values.tokenizer);
  const { encoding } = values;
  if (encoding !== undefined) {
    try {
      new TextDecoder(encoding);
    } catch {
      throw new UsageError(`unknown encoding '${encoding}' (use a label such as gbk, gb18030, big5, utf-16le)`);
    }
  }
  const limit = values['max-bytes'];
  const maxBytes = limit === undefined ? undefined : Number(limit);
  if (maxBytes !== undefined && !(Number.isInteger(maxBytes) && maxBytes > 0)) throw new UsageError(`--max-bytes takes a whole number of bytes, got '${limit}'`);
  const onWaiting = (file: string) => tell(`duizhao: waiting for input on ${file}: a named pipe that nothing writes to yet (Ctrl-C to stop)`);
  return { ...(encoding ? { encoding } : {}), ...(maxBytes ? { maxBytes } : {}), onWaiting };
}

/** The one FILE a command reads, or a usage error. */
function oneFile(command: string, positionals: string[]): string {
  if (positionals.length !== 1) throw new UsageError(`${command} takes one FILE, got ${positionals.length}`);
  return positionals[0]!;
}

async function extractCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, ...READ_OPTIONS } });
  if (values.help) return void console.log(EXTRACT_HELP);
  const file = oneFile('extract', positionals);
  const { extract } = await import('../extract/index.js');
  const { extractionText } = await import('../render/extraction.js');
  const report = await load(file, values);
  const extraction = extract(report);
  console.log(values.json ? JSON.stringify({ file: shown(file), ...extraction }, null, 2) : extractionText(report, extraction, shown(file)));
}

async function outline(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, depth: { type: 'string' }, help: { type: 'boolean', short: 'h' }, ...READ_OPTIONS },
  });
  if (values.help) return void console.log(OUTLINE_HELP);
  const file = oneFile('outline', positionals);
  const depth = values.depth === undefined ? 2 : values.depth.trim() === '' ? NaN : Number(values.depth);
  if (!Number.isInteger(depth) || depth < 0) throw new UsageError(`--depth must be a whole number ≥ 0, got '${values.depth}'`);
  const { outlineJson, outlineText } = await import('../render/outline.js');
  const report = await load(file, values);
  console.log(values.json ? JSON.stringify(outlineJson(report, shown(file)), null, 2) : outlineText(report, shown(file), depth));
}

function version(): string {
  return (JSON.parse(readFileSync(packageFile('package.json')!, 'utf8')) as { version: string }).version;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        console.log(MAIN_HELP);
        return command === undefined ? EXIT_USAGE : 0;
      case '--version':
      case '-v':
        console.log(version());
        return 0;
      case 'check':
        await checkCommand(rest);
        return 0;
      case 'outline':
        await outline(rest);
        return 0;
      case 'extract':
        await extractCommand(rest);
        return 0;
      case 'align':
        await alignCommand(rest);
        return 0;
      case 'batch':
        return await batchCommand(rest);
      case 'track':
        await trackCommand(rest);
        return 0;
      case 'page':
        await pageCommand(rest);
        return 0;
      case 'diff':
        await diffCommand(rest);
        return 0;
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (error) {
    if (error instanceof InputError || error instanceof PairingError) {
      tell(`duizhao: ${error instanceof PairingError ? error.message.replace('use force', 'use --force') : error.message}`);
      return EXIT_INPUT;
    }
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      tell(`duizhao: ${(error as Error).message}\nRun 'duizhao --help' for usage.`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
