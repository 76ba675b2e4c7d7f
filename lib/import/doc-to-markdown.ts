import { headingLevel, listStart, safeLanguage } from "./escape";
import { inlineToMarkdown, longestBacktickRun } from "./markdown-inline";
import type { PMDoc, PMNode } from "./types";

/**
 * Document → GFM Markdown for export. Aimed at round-tripping through `bodyToDoc(…,
 * "markdown")`; known losses: runs of spaces and leading indentation in paragraphs
 * (Markdown collapses them), spaces at the edge of a link or emphasis (moved outside
 * it) and bare URLs, which GFM turns into links on the way back.
 */

// A line starting like this would become a list, heading underline or thematic break.
function escapeLineStart(line: string): string {
  const trimmed = line.replace(/^[ \t]+/, "");
  return trimmed.replace(/^([-+=])/, "\\$1").replace(/^(\d{1,9})([.)])/, "$1\\$2");
}

function paragraphToMarkdown(node: PMNode): string {
  return inlineToMarkdown(node.content ?? []).split("\n").map(escapeLineStart).join("\n");
}

function prefixLines(text: string, first: string, rest: string): string {
  return text
    .split("\n")
    .map((line, i) => (line === "" ? (i === 0 ? first : rest).trimEnd() : (i === 0 ? first : rest) + line))
    .join("\n");
}

function codeFence(node: PMNode): string {
  const code = (node.content ?? []).map((n) => n.text ?? "").join("");
  const fence = "`".repeat(Math.max(3, longestBacktickRun(code) + 1));
  return `${fence}${safeLanguage(node.attrs?.language) ?? ""}\n${code}\n${fence}`;
}

function listToMarkdown(node: PMNode, alternate: boolean): string {
  const ordered = node.type === "orderedList";
  const start = listStart(node.attrs?.start);
  return (node.content ?? [])
    .map((item, i) => {
      // Two adjacent lists of one kind would merge; CommonMark starts a new list when
      // the bullet character or the ordered delimiter changes.
      const marker = ordered ? `${start + i}${alternate ? ")" : "."} ` : `${alternate ? "*" : "-"} `;
      return prefixLines(blocksToMarkdown(item.content ?? [], true), marker, " ".repeat(marker.length));
    })
    .join("\n");
}

function blockToMarkdown(node: PMNode, alternate: boolean): string {
  switch (node.type) {
    case "paragraph":
      return paragraphToMarkdown(node);
    case "heading":
      // An ATX heading is one line; inline HTML <br> keeps its line breaks.
      return `${"#".repeat(headingLevel(node.attrs?.level))} ${inlineToMarkdown(node.content ?? [], "<br>")}`;
    case "bulletList":
    case "orderedList":
      return listToMarkdown(node, alternate);
    case "blockquote":
      return prefixLines(blocksToMarkdown(node.content ?? [], false), "> ", "> ");
    case "codeBlock":
      return codeFence(node);
    case "horizontalRule":
      return "---";
    default:
      return node.content ? blocksToMarkdown(node.content, false) : inlineToMarkdown([node]);
  }
}

// CommonMark lets a list interrupt a paragraph (no blank line) only if it is a bullet
// list or starts at 1, and its first item does not begin with a blank line.
function canFollowTightly(node: PMNode): boolean {
  const listOk = node.type === "bulletList" || (node.type === "orderedList" && listStart(node.attrs?.start) === 1);
  return listOk && Boolean(node.content?.[0]?.content?.[0]?.content?.length);
}

function tightAfter(prev: PMNode, node: PMNode, index: number): boolean {
  if (prev.type !== "paragraph") return false;
  // An item whose first paragraph is empty starts with a blank line; a second blank line
  // would end the list item, so its real content must follow on the very next line.
  if (index === 1 && !prev.content?.length) return true;
  return canFollowTightly(node);
}

function blocksToMarkdown(nodes: readonly PMNode[], inListItem: boolean): string {
  let out = "";
  let alternate = false;
  nodes.forEach((node, i) => {
    const prev = nodes[i - 1];
    // Flip the list marker for each list directly following a list of the same kind.
    alternate = prev?.type === node.type && node.type.endsWith("List") ? !alternate : false;
    if (i > 0) out += inListItem && tightAfter(prev, node, i) ? "\n" : "\n\n";
    out += blockToMarkdown(node, alternate);
  });
  return out;
}

export function docToMarkdown(doc: PMDoc): string {
  const md = blocksToMarkdown(doc.content, false);
  return md ? `${md}\n` : "";
}
