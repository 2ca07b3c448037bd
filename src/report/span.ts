/** A half-open range `[start, end)` of JavaScript string offsets into the original input. */
export type Span = readonly [start: number, end: number];

/** The characters a span covers: the evidence a reader can check. */
export function sliceSpan(input: string, span: Span): string {
  return input.slice(span[0], span[1]);
}

/** The 1-based line and column of an offset, as editors count them (a line ends at '\n'). */
export function lineAndColumn(input: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = input.indexOf('\n'); i >= 0 && i < offset; i = input.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
