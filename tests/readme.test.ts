import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Lexer, marked, type Tokens } from 'marked';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * The README renders: a fence left open turns the sections after it into one code block, which a
 * renderer shows as a wall of text. It is rendered here as GitHub and npm would, with marked.
 */
const README = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
const blocks = (Lexer.lex(README) as Tokens.Generic[]).filter((t): t is Tokens.Code => t.type === 'code');

// A code block longer than this is prose swallowed by a fence left open.
const MAX_BLOCK_LINES = 40;

describe('the README', () => {
  it('renders to HTML with every section heading outside code', () => {
    const html = marked.parse(README, { async: false });
    const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
    const rendered = [...html.matchAll(/<h([2-4])[^>]*>(.*?)<\/h\1>/g)].map((m) => m[2]!.replace(/<[^>]+>/g, '').replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => entities[e]!));
    const written = (README.match(/^#{2,4} .+$/gm) ?? []).map((h) => h.replace(/^#+ /, '').replace(/`/g, ''));
    expect(written.length).toBeGreaterThan(10);
    expect(rendered).toEqual(written);
  });

  it(`has no code block longer than ${MAX_BLOCK_LINES} lines`, () => {
    for (const block of blocks) expect(block.text.split('\n').length, block.text.slice(0, 60)).toBeLessThanOrEqual(MAX_BLOCK_LINES);
  });

  it('has js and ts blocks that parse', () => {
    const code = blocks.filter((b) => /^(?:js|ts|javascript|typescript)$/.test(b.lang ?? ''));
    expect(code.length).toBeGreaterThan(3);
    for (const block of code) {
      const source = ts.createSourceFile('block.ts', block.text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const errors = (source as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      expect(errors, block.text.slice(0, 80)).toEqual([]);
    }
  });
});
