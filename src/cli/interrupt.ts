/**
 * Ctrl-C in the CLI. Node's default, ending the process at once, suits a command that writes its
 * output in one piece at the end. A batch writes as it goes: it catches every Ctrl-C, and the first
 * stops it after the pairs being scored, so that its output is always closed (valid JSON) and its exit
 * code 130. Later ones change nothing: ending sooner would cut the output, or end a worker inside
 * nodejieba, which aborts the process.
 */
const stop = new AbortController();
let caught = false;

/** From now on, every Ctrl-C stops rather than ends the process. */
export function catchInterrupts(): void {
  if (caught) return;
  caught = true;
  process.on('SIGINT', () => stop.abort());
}

/** Aborted by the first Ctrl-C caught (catching from now on, if not yet). */
export function interruptions(): AbortSignal {
  catchInterrupts();
  return stop.signal;
}
