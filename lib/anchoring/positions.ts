/**
 * Mapping between plain-text offsets (UTF-16 code units, like JS strings) and
 * ProseMirror positions (which also count UTF-16 code units inside text nodes).
 *
 * The editor draws claims as decorations at positions; the database stores
 * offsets. Both directions must be exact, including across paragraphs.
 *
 * Where one offset corresponds to several positions (an inline image has a
 * position but no text), `bias` decides: "start" picks the last such position
 * (hugging the next character, right for the start of a range) and "end" picks the
 * first (hugging the previous character, right for the end of a range). That keeps
 * a highlight from swallowing an adjacent image.
 */
import type { InlineRun, Projection, Segment } from "./projection";

export type Bias = "start" | "end";

export interface PosRange {
  from: number;
  to: number;
}

export interface TextRange {
  start: number;
  end: number;
}

/** Index of the last element whose key is <= value, or -1. Arrays here are sorted by key. */
function lastAtOrBefore<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) <= value) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

function assertInteger(name: string, value: number, max: number): void {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new RangeError(`${name} ${value} is outside 0..${max}`);
  }
}

function offsetToPosInSegment(seg: Segment, offset: number, bias: Bias): number {
  const runs = seg.runs;
  if (bias === "start") {
    // Latest position for this offset: at the block end, or inside the run that
    // contains the next character.
    if (offset === seg.textEnd) return seg.posEnd;
    const i = lastAtOrBefore(runs, offset, (r) => r.textStart);
    const run = runs[i];
    return run.posStart + (offset - run.textStart);
  }
  // Earliest position: at the block start, or inside the run holding the previous character.
  if (offset === seg.textStart) return seg.posStart;
  const i = lastAtOrBefore(runs, offset - 1, (r) => r.textStart);
  const run = runs[i];
  return run.posStart + (offset - run.textStart);
}

/**
 * ProseMirror position for a text offset. With no textblocks at all (an empty
 * document) every offset is 0 and maps to position 0.
 */
export function textOffsetToPos(projection: Projection, offset: number, bias: Bias = "start"): number {
  assertInteger("Text offset", offset, projection.text.length);
  const segs = projection.segments;
  if (segs.length === 0) return 0;
  // Each offset belongs to exactly one block: the "\n" between two blocks ends one
  // block's range and starts the next one's.
  const i = lastAtOrBefore(segs, offset, (s) => s.textStart);
  return offsetToPosInSegment(segs[Math.max(0, i)], offset, bias);
}

function posToOffsetInSegment(seg: Segment, pos: number): number {
  const i = lastAtOrBefore<InlineRun>(seg.runs, pos, (r) => r.posStart);
  if (i < 0) return seg.textStart; // before the first run: only leaves precede
  const run = seg.runs[i];
  // Past the run's end means we are among leaves, which have no text width.
  return run.textStart + Math.min(pos - run.posStart, run.length);
}

/**
 * Text offset for a ProseMirror position. Positions inside structure (between two
 * blocks, inside a list item before its paragraph, on a horizontal rule) have no
 * text of their own: "start" moves them to the start of the next textblock, "end"
 * to the end of the previous one, so a range stays within the text it covers.
 */
export function posToTextOffset(projection: Projection, pos: number, bias: Bias = "start"): number {
  assertInteger("Position", pos, projection.size);
  const segs = projection.segments;
  const i = lastAtOrBefore(segs, pos, (s) => s.posStart);
  if (i < 0) return 0; // before the first textblock's content
  const seg = segs[i];
  if (pos <= seg.posEnd) return posToOffsetInSegment(seg, pos);
  const next = segs[i + 1];
  if (bias === "start" && next) return next.textStart;
  return seg.textEnd;
}

/** Positions for a text range; a collapsed range stays collapsed. */
export function textRangeToPosRange(projection: Projection, start: number, end: number): PosRange {
  if (end < start) throw new RangeError(`Text range end ${end} is before its start ${start}`);
  const from = textOffsetToPos(projection, start, "start");
  if (start === end) return { from, to: from };
  return { from, to: textOffsetToPos(projection, end, "end") };
}

/** Text range for positions (e.g. an editor selection). */
export function posRangeToTextRange(projection: Projection, from: number, to: number): TextRange {
  if (to < from) throw new RangeError(`Position range end ${to} is before its start ${from}`);
  const start = posToTextOffset(projection, from, "start");
  const end = posToTextOffset(projection, to, "end");
  // A selection lying wholly in structure (e.g. a horizontal rule) covers no text.
  return end < start ? { start, end: start } : { start, end };
}
