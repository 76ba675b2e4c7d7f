import { escapeHtml, headingLevel, listStart, safeLanguage } from "./escape";
import { sameMarks } from "./marks";
import { safeHref } from "./url";
import type { PMDoc, PMMark, PMNode } from "./types";

/**
 * Document → HTML for showing a stored revision or exporting. The document is treated as
 * untrusted (it may have been edited through the API): every text is escaped, only known
 * node and mark types produce tags, and links keep only http(s)/mailto targets.
 */

const MARK_TAGS: Record<string, string> = {
  bold: "strong",
  italic: "em",
  underline: "u",
  strike: "s",
  code: "code",
};

const ORDERED_LIST_TYPES = new Set(["1", "a", "A", "i", "I"]);

interface OpenMark {
  mark: PMMark;
  close: string;
}

function openMark(mark: PMMark): OpenMark {
  if (mark.type === "link") {
    const href = safeHref(typeof mark.attrs?.href === "string" ? mark.attrs.href : null);
    // An unsafe link still occupies a slot in the open-mark stack, but renders as text.
    if (!href) return { mark, close: "" };
    return { mark, close: `<a href="${escapeHtml(href)}" rel="noopener noreferrer nofollow">` };
  }
  const tag = MARK_TAGS[mark.type];
  return { mark, close: tag ? `<${tag}>` : "" };
}

function closingTag(open: OpenMark): string {
  if (!open.close) return "";
  return open.mark.type === "link" ? "</a>" : `</${MARK_TAGS[open.mark.type]}>`;
}

/**
 * Marks shared with the previous node stay open, like ProseMirror's DOMSerializer does,
 * so "<strong>a <em>b</em></strong>" is not split into two <strong> elements.
 */
function renderInline(nodes: readonly PMNode[]): string {
  let html = "";
  const open: OpenMark[] = [];
  for (const node of nodes) {
    const marks = node.marks ?? [];
    let keep = 0;
    while (keep < open.length && keep < marks.length && sameMarks([open[keep].mark], [marks[keep]])) keep++;
    while (open.length > keep) html += closingTag(open.pop() as OpenMark);
    for (const mark of marks.slice(keep)) {
      const opened = openMark(mark);
      html += opened.close;
      open.push(opened);
    }
    if (node.type === "hardBreak") html += "<br>";
    else html += escapeHtml(node.text ?? "");
  }
  while (open.length) html += closingTag(open.pop() as OpenMark);
  return html;
}

function renderBlocks(nodes: readonly PMNode[] | undefined, separator = "\n"): string {
  return (nodes ?? []).map(renderBlock).join(separator);
}

function textOf(node: PMNode): string {
  return node.text ?? (node.content ?? []).map(textOf).join("");
}

function orderedListOpenTag(node: PMNode): string {
  const start = listStart(node.attrs?.start);
  const type = node.attrs?.type;
  const startAttr = start === 1 ? "" : ` start="${start}"`;
  const typeAttr = typeof type === "string" && ORDERED_LIST_TYPES.has(type) ? ` type="${type}"` : "";
  return `<ol${startAttr}${typeAttr}>`;
}

function renderBlock(node: PMNode): string {
  switch (node.type) {
    case "paragraph":
      return `<p>${renderInline(node.content ?? [])}</p>`;
    case "heading": {
      const level = headingLevel(node.attrs?.level);
      return `<h${level}>${renderInline(node.content ?? [])}</h${level}>`;
    }
    case "bulletList":
      return `<ul>\n${renderBlocks(node.content)}\n</ul>`;
    case "orderedList":
      return `${orderedListOpenTag(node)}\n${renderBlocks(node.content)}\n</ol>`;
    case "listItem":
      return `<li>${renderBlocks(node.content, "")}</li>`;
    case "blockquote":
      return `<blockquote>\n${renderBlocks(node.content)}\n</blockquote>`;
    case "codeBlock": {
      const language = safeLanguage(node.attrs?.language);
      const cls = language ? ` class="language-${language}"` : "";
      // HTML parsers drop one newline right after <pre>; double it so a leading blank
      // line in the code survives a round trip.
      const code = textOf(node);
      return `<pre><code${cls}>${code.startsWith("\n") ? "\n" : ""}${escapeHtml(code)}</code></pre>`;
    }
    case "horizontalRule":
      return "<hr>";
    case "text":
    case "hardBreak":
      return renderInline([node]);
    default:
      // Unknown block (a schema from the future, or tampering): keep its text, no markup.
      return node.content ? renderBlocks(node.content) : escapeHtml(node.text ?? "");
  }
}

export function docToHtml(doc: PMDoc): string {
  return renderBlocks(doc.content);
}
