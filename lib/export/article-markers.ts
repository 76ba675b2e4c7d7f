import { isPlaceable, type ReportClaim } from "./report";
import { splitIntoSegments } from "./segments";

/**
 * The article text as paragraphs of plain runs, each followed by the numbers of the
 * claims that end there. Formats without highlights (PDF, Markdown) print these as
 * bracketed markers, "[3]", after each claim's span: overlapping and nested claims then
 * need no special drawing, and the reader still sees where every claim stops.
 */
export interface MarkedRun {
  text: string;
  /** Claims whose span starts right before this run (ascending by number). */
  starting: ReportClaim[];
  /** Claims covering this run (ascending by number). */
  covering: ReportClaim[];
  /** Claims whose span ends right after this run (ascending by number). */
  ending: ReportClaim[];
}

export function articleParagraphs(text: string, claims: readonly ReportClaim[]): MarkedRun[][] {
  const placed = claims.filter((c) => isPlaceable(c, text.length));
  const byNumber = new Map(placed.map((c) => [c.number, c]));
  const paragraphs: MarkedRun[][] = [[]];
  for (const segment of splitIntoSegments(text, placed)) {
    const lines = segment.text.split("\n");
    // End markers go on the last line holding text, so a span ending in "\n" keeps its
    // marker; start markers on the first line holding text, likewise.
    let last = lines.length - 1;
    while (last > 0 && lines[last] === "") last--;
    let first = 0;
    while (first < last && lines[first] === "") first++;
    const covering = segment.covering.map((n) => byNumber.get(n)!);
    const startingHere = covering.filter((c) => c.start === segment.start);
    lines.forEach((line, i) => {
      if (i > 0) paragraphs.push([]);
      const ending = i === last ? segment.ending.map((n) => byNumber.get(n)!) : [];
      const starting = i === first ? startingHere : [];
      if (line || ending.length || starting.length) paragraphs[paragraphs.length - 1].push({ text: line, starting, covering, ending });
    });
  }
  return paragraphs.filter((runs) => runs.some((r) => r.text.trim() || r.ending.length));
}

/** "[3]" or "[3 draft]": the marker text shared by PDF and Markdown. */
export function markerLabel(claim: ReportClaim): string {
  return claim.draft ? `${claim.number} draft` : `${claim.number}`;
}
