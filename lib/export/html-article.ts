import { escapeHtml } from "./escape";
import { isPlaceable, type ReportClaim } from "./report";
import { splitIntoSegments, type TextSegment } from "./segments";

/**
 * The article text with claim highlights. Each segment covered by claims becomes its own
 * <mark>; where several claims overlap the mark is darker (d2, d3) and its title lists
 * every claim number. A claim's superscript reference sits where the claim ends and links
 * to its entry below. Paragraphs are the text's lines ("\n"), closed and reopened even
 * inside a highlight, because no segment-level mark crosses a paragraph.
 */
function markOpen(covering: number[]): string {
  const depth = Math.min(covering.length, 3);
  const label = covering.length === 1 ? `Claim ${covering[0]}` : `Claims ${covering.join(", ")}`;
  return `<mark class="d${depth}" title="${label}">`;
}

function references(numbers: number[], byNumber: Map<number, ReportClaim>): string {
  if (numbers.length === 0) return "";
  const links = numbers.map((n) => {
    const draft = byNumber.get(n)?.draft ? " draft" : "";
    return `<a href="#claim-${n}" id="ref-${n}">${n}${draft}</a>`;
  });
  return `<sup class="ref">[${links.join(", ")}]</sup>`;
}

function renderSegment(segment: TextSegment, byNumber: Map<number, ReportClaim>): string[] {
  // Returns the segment's HTML split into paragraph pieces (one more piece per "\n").
  const open = segment.covering.length > 0 ? markOpen(segment.covering) : "";
  const close = open ? "</mark>" : "";
  const pieces = segment.text.split("\n").map((line) => (line && open ? `${open}${escapeHtml(line)}${close}` : escapeHtml(line)));
  // A span ending on a line break gets its reference on the line it quotes, not the next.
  let last = pieces.length - 1;
  while (last > 0 && pieces[last] === "") last--;
  pieces[last] += references(segment.ending, byNumber);
  return pieces;
}

export function renderArticleHtml(text: string, claims: readonly ReportClaim[]): string {
  const placed = claims.filter((c) => isPlaceable(c, text.length));
  const byNumber = new Map(placed.map((c) => [c.number, c]));
  const paragraphs: string[] = [];
  let current = "";
  for (const segment of splitIntoSegments(text, placed)) {
    const pieces = renderSegment(segment, byNumber);
    current += pieces[0];
    for (let i = 1; i < pieces.length; i++) {
      paragraphs.push(current);
      current = pieces[i];
    }
  }
  paragraphs.push(current);
  return paragraphs
    .filter((p) => p.trim() !== "")
    .map((p) => `<p>${p}</p>`)
    .join("\n");
}
