/**
 * Plain-text projection of a Tiptap/ProseMirror JSON document.
 *
 * Claims are stored as offsets into this text (see DESIGN.md, "Anchoring"), so the
 * projection must be deterministic and must agree with what ProseMirror itself
 * reports: `doc.textBetween(0, size, "\n", leaf => leaf is hardBreak ? "\n" : "")`.
 * We compute it from the JSON alone so that the server (which stores the JSON and
 * never instantiates an editor) and the browser produce the same offsets.
 *
 * Rules:
 *  - text nodes contribute their text;
 *  - consecutive textblocks (in document order, at any nesting depth) are separated
 *    by exactly one "\n"; an empty textblock still counts as a block;
 *  - `hardBreak` contributes "\n";
 *  - any other leaf (image, mention, horizontal rule) contributes nothing but, as in
 *    ProseMirror, occupies one position.
 */
import type { PMNode, ProjectionOptions } from "./schema-hints";
import { resolveHints, type ResolvedHints } from "./schema-hints";

/**
 * A stretch of a textblock where text offsets and ProseMirror positions advance
 * together (text nodes, hard breaks). Runs are split only by leaves that occupy a
 * position but no text, which is what makes the mapping non-linear.
 */
export interface InlineRun {
  textStart: number;
  posStart: number;
  length: number;
}

/** One textblock: its slice of the text and the positions of its content. */
export interface Segment {
  /** Node type name, e.g. "paragraph" or "heading"; useful for debugging and export. */
  type: string;
  textStart: number;
  textEnd: number;
  /** Position of the start of the block's content (just inside its open token). */
  posStart: number;
  /** Position of the end of the block's content (just before its close token). */
  posEnd: number;
  runs: InlineRun[];
}

export interface Projection {
  text: string;
  /** Textblocks in document order; non-overlapping and increasing in both coordinates. */
  segments: Segment[];
  /** `doc.content.size`: the largest valid position. */
  size: number;
}

/** Size of a node in ProseMirror positions, computed the way ProseMirror does. */
function nodeSize(node: PMNode, hints: ResolvedHints): number {
  if (node.type === "text") return (node.text ?? "").length;
  if (hints.isLeaf(node)) return 1;
  let size = 2; // open + close tokens
  for (const child of node.content ?? []) size += nodeSize(child, hints);
  return size;
}

class ProjectionBuilder {
  private parts: string[] = [];
  private length = 0;
  readonly segments: Segment[] = [];

  constructor(private readonly hints: ResolvedHints) {}

  get text(): string {
    return this.parts.join("");
  }

  /** Walks the children of a container whose content starts at `pos`; returns the end position. */
  visitChildren(children: readonly PMNode[], pos: number): number {
    let p = pos;
    for (const child of children) p = this.visit(child, p);
    return p;
  }

  /** Visits a node that starts at `pos`; returns the position just after it. */
  private visit(node: PMNode, pos: number): number {
    if (this.hints.isTextblock(node)) {
      return this.visitTextblock(node, pos + 1) + 1;
    }
    if (node.type === "text" || this.hints.isLeaf(node)) {
      // Text directly inside a non-textblock is invalid ProseMirror; we still count it
      // so positions stay right, but it has no textblock to live in.
      return pos + nodeSize(node, this.hints);
    }
    return this.visitChildren(node.content ?? [], pos + 1) + 1;
  }

  /** Projects a textblock whose content starts at `contentStart`; returns its content end. */
  visitTextblock(node: PMNode, contentStart: number): number {
    if (this.segments.length > 0) this.append("\n");
    const textStart = this.length;
    const runs: InlineRun[] = [];
    let pos = contentStart;
    for (const child of node.content ?? []) {
      const piece = this.inlineText(child);
      if (piece === null) {
        pos += nodeSize(child, this.hints);
        continue;
      }
      if (piece.length === 0) continue; // empty text nodes are invalid; ignore them
      const last = runs[runs.length - 1];
      // Adjacent text nodes (split only by marks) form one linear run.
      if (last && last.textStart + last.length === this.length && last.posStart + last.length === pos) {
        last.length += piece.length;
      } else {
        runs.push({ textStart: this.length, posStart: pos, length: piece.length });
      }
      this.append(piece);
      pos += piece.length;
    }
    this.segments.push({
      type: node.type,
      textStart,
      textEnd: this.length,
      posStart: contentStart,
      posEnd: pos,
      runs,
    });
    return pos;
  }

  /** Text contributed by an inline child, or null when it contributes none (a plain leaf). */
  private inlineText(child: PMNode): string | null {
    if (child.type === "text") return child.text ?? "";
    // A hard break is one position and one "\n": it keeps the mapping linear.
    if (this.hints.lineBreakTypes.has(child.type)) return "\n";
    return null;
  }

  private append(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }
}

/** Builds the projection: the text plus what is needed to map offsets to positions. */
export function projectDocument(doc: PMNode, options: ProjectionOptions = {}): Projection {
  const hints = resolveHints(options);
  const builder = new ProjectionBuilder(hints);
  // The root's content starts at position 0 (the doc node has no open token).
  const size = hints.isTextblock(doc)
    ? builder.visitTextblock(doc, 0)
    : builder.visitChildren(doc.content ?? [], 0);
  return { text: builder.text, segments: builder.segments, size };
}

/** The plain text that claims' offsets refer to. */
export function docToPlainText(doc: PMNode, options: ProjectionOptions = {}): string {
  return projectDocument(doc, options).text;
}

/**
 * Turns plain text into a document of paragraphs, one per "\n"-separated line, so
 * that `docToPlainText(textToDoc(t)) === t`. Empty lines become empty paragraphs
 * (valid in ProseMirror) rather than being dropped, which would shift offsets.
 */
export function textToDoc(text: string): PMNode {
  const paragraphs = text.split("\n").map((line): PMNode =>
    line.length === 0 ? { type: "paragraph" } : { type: "paragraph", content: [{ type: "text", text: line }] },
  );
  return { type: "doc", content: paragraphs };
}
