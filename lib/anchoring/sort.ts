/**
 * Ordering and overlap of anchored spans. Claims may overlap and nest, and the
 * editor and exports list them in reading order with an enclosing claim before
 * the claims nested in it.
 */

export interface Span {
  start: number;
  end: number;
}

/**
 * Document order: by start; at the same start the longer span first, so that
 * an enclosing claim precedes those nested in it (as in a tree walk).
 */
export function compareAnchors(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}

/** True when the spans share at least one character. Touching spans ([0,5) and [5,9)) do not overlap. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `inner` lies within `outer` (a span contains itself). */
export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
