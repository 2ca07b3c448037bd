import type { ReportSource } from '../outline/types.js';
import { lineAndColumn } from '../span.js';

// Enough places for a reader to find the damage; a file with more is named with the count.
const PLACES_SHOWN = 5;

/**
 * The warning for a report read with bytes not valid in its encoding, one line without a prefix:
 * 'FILE: 2 places hold bytes that are not valid gb18030, read as �: line 12 column 5, line 80 column 3'.
 * Null for a clean file. `text` is the text the spans point into (`report.input`).
 */
export function damageWarning(file: string, text: string, source: ReportSource | undefined): string | null {
  if (!source || source.replaced.length === 0) return null;
  const { replaced, encoding } = source;
  const places = replaced.slice(0, PLACES_SHOWN).map(([at]) => {
    const { line, column } = lineAndColumn(text, at);
    return `line ${line} column ${column}`;
  });
  const more = replaced.length > PLACES_SHOWN ? `, and ${replaced.length - PLACES_SHOWN} more` : '';
  const held = replaced.length === 1 ? '1 place holds bytes' : `${replaced.length} places hold bytes`;
  return `${file}: ${held} that are not valid ${encoding}, read as \uFFFD: ${places.join(', ')}${more}`;
}
