/**
 * The duizhao command (cli/main.ts). Loading it takes a quarter of a second on a busy machine: a
 * batch catches Ctrl-C before, so that one pressed at any moment still leaves its output closed.
 */
import { catchInterrupts } from './cli/interrupt.js';

if (process.argv[2] === 'batch') catchInterrupts();
const { main } = await import('./cli/main.js');

// A reader that stops early ('duizhao diff … | head') is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));
