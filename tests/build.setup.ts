import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** Builds dist/ once, so the CLI and package tests run what users install. */
export default function setup(): void {
  execFileSync('npx', ['tsup', '--silent'], { cwd: join(import.meta.dirname, '..'), stdio: 'inherit' });
}
