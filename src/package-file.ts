import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// src/ or dist/ sits this many folders at most under the package root.
const LEVELS = 4;

/**
 * A file shipped with the package, found from this module upwards (in the sources, src/; built,
 * dist/): the first of `paths` (relative to a folder) that exists at the nearest level, or null.
 */
export function packageFile(...paths: string[]): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < LEVELS; i++) {
    for (const path of paths) if (existsSync(join(dir, path))) return join(dir, path);
    dir = dirname(dir);
  }
  return null;
}
