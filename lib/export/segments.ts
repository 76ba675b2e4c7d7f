import type { ExportClaim } from "./types";

/**
 * Claims may overlap and nest, so the article text cannot be wrapped in one element per
 * claim. Instead it is cut at every claim boundary into segments; each segment knows
 * every claim that covers it, and which claims end at its end (where their reference
 * number goes). Renderers then mark each segment on its own, never crossing tags.
 */
export interface TextSegment {
  start: number;
  end: number;
  text: string;
  /** Numbers of the claims covering this segment, ascending. */
  covering: number[];
  /** Numbers of the claims whose span ends exactly at this segment's end, ascending. */
  ending: number[];
}

type Span = Pick<ExportClaim, "number" | "start" | "end">;

/** Sweep over sorted boundaries: O((n + c) log c) for text length n and c claims. */
export function splitIntoSegments(text: string, spans: readonly Span[]): TextSegment[] {
  const boundaries = new Set<number>([0, text.length]);
  const startsAt = new Map<number, Span[]>();
  const endsAt = new Map<number, Span[]>();
  for (const span of spans) {
    boundaries.add(span.start);
    boundaries.add(span.end);
    (startsAt.get(span.start) ?? startsAt.set(span.start, []).get(span.start)!).push(span);
    (endsAt.get(span.end) ?? endsAt.set(span.end, []).get(span.end)!).push(span);
  }
  const points = [...boundaries].sort((a, b) => a - b);
  const active = new Set<number>();
  const segments: TextSegment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    for (const span of endsAt.get(start) ?? []) active.delete(span.number);
    for (const span of startsAt.get(start) ?? []) active.add(span.number);
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      covering: [...active].sort((a, b) => a - b),
      ending: (endsAt.get(end) ?? []).map((s) => s.number).sort((a, b) => a - b),
    });
  }
  return segments;
}
