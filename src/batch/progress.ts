import { inertControls } from '../render/control.js';
import { truncate } from '../render/width.js';
import type { BatchProgress } from './types.js';

const BAR = 24;

function seconds(ms: number): string {
  const s = Math.round(ms / 1000);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/**
 * Progress of a batch on a stream: a bar redrawn in place (reports done of total, the pair just
 * finished, the time left at the pace so far) when `bar` (by default, on a terminal), one plain line
 * per step otherwise.
 */
export function progressReporter(stream: NodeJS.WriteStream, bar = stream.isTTY === true): { onProgress: (p: BatchProgress) => void; finish: () => void } {
  const started = Date.now();
  let scoreStarted = 0;
  let drawn = false;
  const onProgress = (p: BatchProgress) => {
    // A file name is untrusted: its control characters are shown, not obeyed.
    const current = inertControls(p.current);
    // Scoring starts when reading ends: the time left is paced from there.
    if (p.phase === 'read' && p.done === p.total) scoreStarted = Date.now();
    if (p.phase === 'score' && scoreStarted === 0) scoreStarted = started;
    if (!bar) {
      // Reading is quick: one line when it is done, then one per pair.
      if (p.phase === 'read' && p.done < p.total) return;
      stream.write(p.phase === 'read' ? `duizhao: read ${p.total} files\n` : `duizhao: scored ${p.done}/${p.total}: ${current}\n`);
      return;
    }
    const filled = Math.round((BAR * p.done) / p.total);
    const elapsed = Date.now() - (p.phase === 'score' ? scoreStarted : started);
    const eta = p.phase === 'score' && p.done > 0 && p.done < p.total ? ` · ETA ${seconds((elapsed / p.done) * (p.total - p.done))}` : '';
    const what = p.phase === 'read' ? 'files read' : 'pairs scored';
    const line = `[${'█'.repeat(filled)}${'░'.repeat(BAR - filled)}] ${p.done}/${p.total} ${what}${eta} · ${current}`;
    // Cut to the terminal's width in columns (Chinese takes two): a wrapped bar could not be redrawn in place.
    stream.write(`\r\x1b[2K${truncate(line, (stream.columns ?? 100) - 1)}`);
    drawn = true;
  };
  return { onProgress, finish: () => void (drawn && stream.write('\r\x1b[2K')) };
}
