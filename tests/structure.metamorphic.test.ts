import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/index.js';
import { corpus } from './corpus.js';
import { fingerprint } from './fingerprint.js';
import { apply, rolesKept, VARIANTS } from './structure-variants.js';

/*
 * The structure of a report is read from its text, not from the words of its headings: rewrite the
 * part headings of every corpus report the ways real reports write them, and each part must keep its
 * role (at least 98% of the characters) and the report the same targets and outcomes.
 */

describe.each(corpus)('%s keeps its structure however its headings are written', (_name, text) => {
  const original = parseReport(text);
  const expected = fingerprint(original);

  it.each(VARIANTS)('%s', (_variant, edit) => {
    const edits = edit(original);
    const variant = parseReport(apply(text, edits));
    expect(rolesKept(original, variant, edits)).toBeGreaterThanOrEqual(0.98);
    const got = fingerprint(variant);
    expect(got.targets).toEqual(expected.targets);
    expect(got.outcomes).toEqual(expected.outcomes);
  });
});
