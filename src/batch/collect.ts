import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../report/index.js';

// The formats a report may come in, by name; a file named on the command line is read whatever its name.
const REPORT_FILE = /\.(?:txt|md|markdown|html?|xhtml|docx|pdf)$/i;

/**
 * Every report file under the paths: a file as given, a folder's report files found recursively (hidden
 * ones skipped), in name order within each folder. A path that does not exist is an InputError.
 */
export function collectFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (!seen.has(file)) files.push(file);
    seen.add(file);
  };
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && REPORT_FILE.test(entry.name)) add(path);
    }
  };
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch (error) {
      throw new InputError(path, `cannot read it (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
    }
    if (isDirectory) walk(path);
    else add(path);
  }
  return files;
}
