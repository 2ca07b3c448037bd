import { describe, expect, it } from 'vitest';
import { extract, parseReport, type Report, type Section, type SourceNode } from '../src/index.js';
import { corpus } from './corpus.js';

/** Every node of the tree with a span: parts, sections, paragraphs, sentences. */
function* nodes(report: Report): Generator<[string, SourceNode]> {
  function* section(s: Section): Generator<[string, SourceNode]> {
    yield [`section ${s.heading}`, s];
    for (const p of s.paragraphs) yield* paragraph(p);
    for (const child of s.sections) yield* section(child);
  }
  function* paragraph(p: Report['parts'][number]['paragraphs'][number]): Generator<[string, SourceNode]> {
    yield ['paragraph', p];
    for (const s of p.sentences) yield ['sentence', s];
  }
  for (const part of report.parts) {
    yield [`part ${part.heading}`, part];
    for (const p of part.paragraphs) yield* paragraph(p);
    for (const s of part.sections) yield* section(s);
  }
}

describe.each(corpus)('spans of %s', (_name, input) => {
  const report = parseReport(input);

  it('every node’s text is input.slice(span)', () => {
    let count = 0;
    for (const [what, node] of nodes(report)) {
      expect(node.span[0], what).toBeLessThanOrEqual(node.span[1]);
      expect(node.text, what).toBe(input.slice(node.span[0], node.span[1]));
      count++;
    }
    expect(count).toBeGreaterThan(100);
  });

  it('headings lie inside their node and read the same once markup and layout are removed', () => {
    for (const [what, node] of nodes(report)) {
      if (!('headingSpan' in node)) continue;
      const { headingSpan, span, heading } = node as SourceNode & { headingSpan: readonly [number, number]; heading: string };
      expect(headingSpan[0], what).toBeGreaterThanOrEqual(span[0]);
      expect(headingSpan[1], what).toBeLessThanOrEqual(span[1]);
      // NFKC folds full-width forms the way normalization does, without calling the code under test.
      const fold = (t: string) => t.normalize('NFKC').replace(/\*\*|[\s\u200b#]/g, '');
      expect(fold(input.slice(headingSpan[0], headingSpan[1])), what).toBe(fold(heading));
    }
  });

  it('paragraphs are in order, do not overlap, and every sentence lies in its paragraph', () => {
    const paragraphs = [...nodes(report)]
      .filter(([w]) => w === 'paragraph')
      .map(([, n]) => n as Report['parts'][number]['paragraphs'][number])
      .sort((a, b) => a.span[0] - b.span[0]);
    for (let i = 1; i < paragraphs.length; i++) expect(paragraphs[i]!.span[0]).toBeGreaterThanOrEqual(paragraphs[i - 1]!.span[1]);
    for (const p of paragraphs) {
      for (const s of p.sentences) {
        expect(s.span[0]).toBeGreaterThanOrEqual(p.span[0]);
        expect(s.span[1]).toBeLessThanOrEqual(p.span[1]);
      }
    }
  });

  it('no character of the report is lost: paragraphs hold all its non-space, non-markup text', () => {
    const inParagraphs = [...nodes(report)]
      .filter(([w]) => w === 'paragraph')
      .map(([, n]) => n)
      .sort((a, b) => a.span[0] - b.span[0])
      .map((n) => n.text)
      .join('');
    // Breaks written out as text ('\r\n', xushui-*) and a lone '&nbsp;' between paragraphs are layout, as spaces are.
    const visible = (t: string) => t.replace(/\*\*|#|\\r\\n|\\[rn]|&nbsp;|[\s\u200b-\u200d\ufeff]/g, '');
    // Compared as booleans plus lengths: a failing diff of two 50,000-character strings helps nobody.
    expect(visible(inParagraphs).length).toBe(visible(input).length);
    expect(visible(inParagraphs) === visible(input)).toBe(true);
  });

  it('every target and outcome: text, figure and sentence are input.slice of their spans', () => {
    const { targets, outcomes } = extract(report);
    expect(targets.length + outcomes.length).toBeGreaterThan(20);
    for (const f of [...targets, ...outcomes]) {
      expect(f.text, f.id).toBe(input.slice(f.span[0], f.span[1]));
      expect(f.sentence.text, f.id).toBe(input.slice(f.sentence.span[0], f.sentence.span[1]));
      expect(f.quantitySpan[0] >= f.span[0] && f.quantitySpan[1] <= f.span[1], `${f.id} figure inside its evidence`).toBe(true);
      expect(f.span[0] >= f.sentence.span[0] && f.span[1] <= f.sentence.span[1], `${f.id} evidence inside its sentence`).toBe(true);
    }
  });
});
