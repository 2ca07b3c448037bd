/**
 * Benchmark (not a test): extracting targets and outcomes from the largest corpus report, with the
 * parse of the same text beside it.
 *
 *   npm run bench
 */
import { extract, parseReport } from '../src/index.js';
import { largestCorpusReport, median, RUNS, time } from './timing.js';

const { name, text } = largestCorpusReport();
const report = parseReport(text);
const parse = median(time(() => parseReport(text)));
const extraction = median(time(() => extract(report)));
const { targets, outcomes } = extract(report);

console.log(`\n${name}: ${text.length.toLocaleString('en')} characters, ${targets.length} targets, ${outcomes.length} outcomes; median of ${RUNS} runs\n`);
console.log('step                                   median ms');
console.log(`parseReport                            ${parse.toFixed(2).padStart(9)}`);
console.log(`extract (on the parsed report)         ${extraction.toFixed(2).padStart(9)}`);
