import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

/** Runs a snippet in a fresh Node process from the package root, as a user's script would. */
function node(args: string[]): string {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout.trim();
}

const SNIPPET = `parseReport('各位代表：\\n一、2024年工作回顾\\n过去一年。\\n二、2025年工作安排\\n要做好工作。').parts.map(p => p.role).join(',')`;

describe('the built package', () => {
  it('works with import (ESM)', () => {
    const out = node(['--input-type=module', '-e', `import { parseReport } from 'duizhao'; console.log(${SNIPPET})`]);
    expect(out).toBe('other,review,plan');
  });

  it('works with require (CommonJS)', () => {
    const out = node(['-e', `const { parseReport } = require('duizhao'); console.log(${SNIPPET})`]);
    expect(out).toBe('other,review,plan');
  });

  it('ships type declarations for both', () => {
    const pkg = JSON.parse(node(['-p', `JSON.stringify(require('./package.json').exports['.'])`]));
    expect(pkg.import.types).toBe('./dist/index.d.ts');
    expect(pkg.require.types).toBe('./dist/index.d.cts');
    node(['-e', `require('fs').accessSync('dist/index.d.ts'); require('fs').accessSync('dist/index.d.cts')`]);
  });
});
