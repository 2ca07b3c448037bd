/** A half-open range `[start, end)` of JavaScript string offsets into the original input. */
export type Span = readonly [start: number, end: number];

/** The characters a span covers: the evidence a reader can check. */
export function sliceSpan(input: string, span: Span): string {
  return input.slice(span[0], span[1]);
}
