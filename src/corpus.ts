import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { packageFile } from './package-file.js';
import { InputError } from './report/index.js';

/** The folder of reports bundled with the package (found from this module, in the source tree or in dist/). */
function corpusDir(): string {
  const provenance = packageFile(join('corpus', 'PROVENANCE.md'));
  if (provenance === null) throw new Error('duizhao: the bundled corpus was not found next to the package; reinstall duizhao');
  return dirname(provenance);
}

/** The names of the bundled reports: 'national-2021.txt', 'hailar-2012.txt', … */
export function corpusFiles(): string[] {
  return readdirSync(corpusDir())
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

/**
 * The path of a bundled report, so examples run from an installed package:
 * `compare(corpusPath('national-2021.txt'), corpusPath('national-2022.txt'))`.
 */
export function corpusPath(name: string): string {
  if (!corpusFiles().includes(name)) throw new InputError(name, `not a bundled report (they are: ${corpusFiles().join(', ')})`);
  return join(corpusDir(), name);
}
