import { safeLinkHref } from "@/lib/domain/link-safety";
import { articleBlocks, type ArticleBlock, type ArticleRun } from "./article-blocks";
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

/** Inline formatting around one run; the claim mark sits inside it, so links never nest. */
function inlineHtml(run: ArticleRun, inner: string): string {
  let html = inner;
  const m = run.marks;
  if (m.code) html = `<code>${html}</code>`;
  if (m.bold) html = `<strong>${html}</strong>`;
  if (m.italic) html = `<em>${html}</em>`;
  if (m.strike) html = `<s>${html}</s>`;
  if (m.underline) html = `<u>${html}</u>`;
  if (m.link) {
    const href = safeLinkHref(m.link);
    html = href ? `<a class="ext" href="${escapeHtml(href)}">${html}</a>` : html;
  }
  return html;
}

function runsHtml(runs: readonly ArticleRun[], byNumber: Map<number, ReportClaim>): string {
  return runs
    .map((run) => {
      if (run.lineBreak) return `<br>${references(run.ending.map((c) => c.number), byNumber)}`;
      const text = escapeHtml(run.text);
      const inner = run.covering.length > 0 ? `${markOpen(run.covering)}${text}</mark>` : text;
      return inlineHtml(run, inner) + references(run.ending.map((c) => c.number), byNumber);
    })
    .join("");
}

function blockHtml(block: ArticleBlock, byNumber: Map<number, ReportClaim>, top = 1): string {
  switch (block.kind) {
    case "text": {
      const body = runsHtml(block.runs, byNumber);
      // The report's own outline is h1 (title) and h2 (sections): the article's top headings are h3.
      const h = Math.min(6, 3 + block.level - top);
      if (block.type === "heading") return `<h${h} class="a-h">${body}</h${h}>`;
      if (block.type === "code") return `<pre><code>${body}</code></pre>`;
      return body.trim() === "" ? "" : `<p>${body}</p>`;
    }
    case "quote": return `<blockquote class="a-quote">\n${block.children.map((b) => blockHtml(b, byNumber, top)).filter(Boolean).join("\n")}\n</blockquote>`;
    case "list": {
      const items = block.items.map((item) => `<li>${item.map((b) => blockHtml(b, byNumber, top)).filter(Boolean).join("\n")}</li>`).join("\n");
      return block.ordered ? `<ol${block.start !== 1 ? ` start="${block.start}"` : ""}>\n${items}\n</ol>` : `<ul>\n${items}\n</ul>`;
    }
    case "rule": return "<hr>";
  }
}

/**
 * The article with its own structure (headings, lists, quotes, links, emphasis) and the claim
 * highlights and references of renderArticleHtml. See article-blocks.ts.
 */
export function renderArticleDocHtml(doc: unknown, text: string, claims: readonly ReportClaim[]): string {
  const byNumber = new Map(claims.map((c) => [c.number, c]));
  const blocks = articleBlocks(doc, text, claims);
  const levels: number[] = [];
  const collect = (b: ArticleBlock): void => {
    if (b.kind === "text" && b.type === "heading") levels.push(b.level);
    else if (b.kind === "quote") b.children.forEach(collect);
    else if (b.kind === "list") b.items.forEach((item) => item.forEach(collect));
  };
  blocks.forEach(collect);
  const top = levels.length ? Math.min(...levels) : 1;
  return blocks.map((b) => blockHtml(b, byNumber, top)).filter(Boolean).join("\n");
}
