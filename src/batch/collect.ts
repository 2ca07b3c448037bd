import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from '../report/index.js';

// The formats a report may come in, by name; a file named on the command line is read whatever its name.
const REPORT_FILE = /\.(?:txt|md|markdown|html?|xhtml|docx|pdf)$/i;

const problem = (error: unknown) => `cannot read it (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`;

/** A folder's entries in name order; a folder that cannot be listed is an InputError naming it. */
function entriesOf(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    throw new InputError(dir, problem(error));
  }
}

/** Whether a folder entry is a file, following a link to one (a link to a folder is not followed: no cycles). */
function isFile(entry: Dirent, path: string): boolean {
  if (entry.isFile()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Every report file under the paths: a file as given, a folder's report files found recursively (hidden
 * ones skipped, links to files followed), in name order within each folder; each file once, however it
 * is named, and none of `skip` (the output file). A path that does not exist is an InputError.
 */
export function collectFiles(paths: readonly string[], skip: readonly string[] = []): string[] {
  const files: string[] = [];
  const seen = new Set(skip.map((s) => resolve(s)));
  const add = (file: string) => {
    const key = resolve(file);
    if (!seen.has(key)) files.push(file);
    seen.add(key);
  };
  const walk = (dir: string) => {
    for (const entry of entriesOf(dir)) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (REPORT_FILE.test(entry.name) && isFile(entry, path)) add(path);
    }
  };
  for (const path of paths) {
    if (path === '-') throw new InputError(path, 'batch and track read files and folders, not standard input');
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch (error) {
      throw new InputError(path, problem(error));
    }
    if (isDirectory) walk(path);
    else add(path);
  }
  return files;
}
