import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { InputError, readReport } from './report/index.js';
import { extract } from './extract/index.js';
import { extractionText, outlineJson, outlineText } from './render/index.js';

/** Exit codes: 0 success, 1 bad input (file missing, unreadable, not a report), 2 bad usage. */
const EXIT_INPUT = 1;
const EXIT_USAGE = 2;

class UsageError extends Error {}

const MAIN_HELP = `duizhao — compare Chinese government work reports (政府工作报告)

Usage:
  duizhao outline FILE [--json] [--depth N]   the report's parts, roles and sections
  duizhao extract FILE [--json]               its quantified targets and outcomes
  duizhao --help | --version

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
  -h, --help   show this help`;

const EXTRACT_HELP = `Usage: duizhao extract FILE [--json]

Reads every quantified target in the report's plan parts (国内生产总值增长6%以上 → ≥6%, increase)
and every quantified outcome in its review parts (城镇新增就业1269万人), each with the indicator it
measures, its bound (exact, about, at_least, at_most, range), its direction and the span of its
evidence in FILE's text. Targets that only repeat an earlier one are marked.

Options:
  --json       print JSON on stdout: { file, targets: [...], outcomes: [...] }
  -h, --help   show this help`;

/** The one FILE a command reads, or a usage error. */
function oneFile(command: string, positionals: string[]): string {
  if (positionals.length !== 1) throw new UsageError(`${command} takes one FILE, got ${positionals.length}`);
  return positionals[0]!;
}

function extractCommand(args: string[]): void {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) return void console.log(EXTRACT_HELP);
  const file = oneFile('extract', positionals);
  const report = readReport(file);
  const extraction = extract(report);
  console.log(values.json ? JSON.stringify({ file, ...extraction }, null, 2) : extractionText(report, extraction, file));
}

function outline(args: string[]): void {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, depth: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return void console.log(OUTLINE_HELP);
  const file = oneFile('outline', positionals);
  const depth = values.depth === undefined ? 2 : Number(values.depth);
  if (!Number.isInteger(depth) || depth < 0) throw new UsageError(`--depth must be a whole number ≥ 0, got '${values.depth}'`);
  const report = readReport(file);
  console.log(values.json ? JSON.stringify(outlineJson(report, file), null, 2) : outlineText(report, file, depth));
}

function version(): string {
  return (createRequire(import.meta.url)('../package.json') as { version: string }).version;
}

export function main(argv: string[]): number {
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
      case 'outline':
        outline(rest);
        return 0;
      case 'extract':
        extractCommand(rest);
        return 0;
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (error) {
    if (error instanceof InputError) {
      console.error(`duizhao: ${error.message}`);
      return EXIT_INPUT;
    }
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`duizhao: ${(error as Error).message}\nRun 'duizhao --help' for usage.`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
