import { sameMarks, type MarkSet } from "./marks";
import type { PMNode } from "./types";

/**
 * Turning a run of collected inline nodes into valid textblock content, with the
 * whitespace rules a browser applies to normal (non-pre) text.
 */

// HTML's "ASCII whitespace"; deliberately not \s, which would also eat no-break spaces
// that authors use on purpose (e.g. "10&nbsp;km").
const HTML_SPACE_RUN = /[ \t\n\f\r]+/g;
// C0 controls (except tab/newline) and DEL are invisible garbage in an article and
// would only shift anchoring offsets.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;

export function stripControlChars(text: string): string {
  return text.replace(CONTROL_CHARS, "");
}

export function textNode(raw: string, marks: MarkSet): PMNode {
  const text = stripControlChars(raw).replace(HTML_SPACE_RUN, " ");
  if (!marks.length) return { type: "text", text };
  // Fresh mark objects: callers may mutate the returned document, and these must not
  // alias the module-level mark constants. Key order as in ProseMirror's toJSON, so the
  // stored string matches an editor save.
  const own = marks.map((m) => (m.attrs ? { type: m.type, attrs: { ...m.attrs } } : { type: m.type }));
  return { type: "text", marks: own, text };
}

export function hardBreak(): PMNode {
  return { type: "hardBreak" };
}

function withText(node: PMNode, text: string): PMNode {
  return { ...node, text };
}

/**
 * Collapses spaces across node boundaries, trims the block's edges and the spaces
 * around line breaks, drops empty text nodes (ProseMirror rejects them), merges
 * neighbours with identical marks (as ProseMirror's Fragment does) and drops trailing
 * breaks, which a browser does not render either. Returns null when nothing visible
 * is left, so callers can drop the empty block.
 */
export function finishInline(nodes: readonly PMNode[]): PMNode[] | null {
  const out: PMNode[] = [];
  let afterSpace = true; // start of block counts as "after a space": leading space is dropped

  const trimTrailingSpace = () => {
    const last = out[out.length - 1];
    if (last?.type !== "text" || !last.text?.endsWith(" ")) return;
    const text = last.text.slice(0, -1);
    if (text) out[out.length - 1] = withText(last, text);
    else out.pop();
  };

  for (const node of nodes) {
    if (node.type !== "text") {
      if (node.type === "hardBreak") trimTrailingSpace();
      out.push(node);
      afterSpace = true;
      continue;
    }
    let text = node.text ?? "";
    if (afterSpace && text.startsWith(" ")) text = text.slice(1);
    if (!text) continue;
    afterSpace = text.endsWith(" ");
    const last = out[out.length - 1];
    if (last?.type === "text" && sameMarks(last.marks, node.marks)) {
      out[out.length - 1] = withText(last, (last.text ?? "") + text);
    } else {
      out.push(withText(node, text));
    }
  }

  for (;;) {
    trimTrailingSpace();
    if (out[out.length - 1]?.type === "hardBreak") out.pop();
    else break;
  }
  // \S also treats no-break spaces as blank: "<p>&nbsp;</p>" is a Word-style spacer.
  return out.some((n) => n.type === "text" && /\S/.test(n.text ?? "")) ? out : null;
}
