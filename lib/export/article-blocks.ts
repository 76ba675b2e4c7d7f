import { resolveHints, type PMNode } from "@/lib/anchoring/schema-hints";
import { isPlaceable, type ReportClaim } from "./report";
import { splitIntoSegments } from "./segments";

/**
 * The article as the reader saw it (issue 11 §4): headings, paragraphs, lists, block quotes,
 * code and links from the stored document, cut into runs at every claim boundary so the HTML
 * and PDF reports can draw both the structure and the claims. Claim offsets are offsets into
 * the document's plain-text projection (lib/anchoring/projection.ts); this walk follows the
 * same rules (one "\n" between textblocks, "\n" per hard break). When the document does not
 * project to the stored text (an old or foreign document), the text's lines are used as
 * plain paragraphs, as before, so a claim is never drawn on the wrong words.
 */
export interface InlineMarks {
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  strike?: boolean;
  underline?: boolean;
  /** The link's href as stored; renderers pass it through the link-safety rule. */
  link?: string;
}

export interface ArticleRun {
  start: number;
  end: number;
  text: string;
  marks: InlineMarks;
  /** A hard break (its text is "\n"). */
  lineBreak?: boolean;
  /** Numbers of the claims covering this run, ascending. */
  covering: number[];
  /** Claims whose span starts at this run / ends after it (ascending by number). */
  starting: ReportClaim[];
  ending: ReportClaim[];
}

export type ArticleBlock =
  | { kind: "text"; type: "paragraph" | "heading" | "code"; level: number; runs: ArticleRun[] }
  | { kind: "quote"; children: ArticleBlock[] }
  | { kind: "list"; ordered: boolean; start: number; items: ArticleBlock[][] }
  | { kind: "rule" };

type TextBlock = Extract<ArticleBlock, { kind: "text" }>;

const hints = resolveHints({});

function marksOf(node: PMNode): InlineMarks {
  const marks: InlineMarks = {};
  for (const raw of (node.marks ?? []) as Array<{ type?: string; attrs?: Record<string, unknown> }>) {
    switch (raw?.type) {
      case "bold": marks.bold = true; break;
      case "italic": marks.italic = true; break;
      case "code": marks.code = true; break;
      case "strike": marks.strike = true; break;
      case "underline": marks.underline = true; break;
      case "link": if (typeof raw.attrs?.href === "string") marks.link = raw.attrs.href; break;
    }
  }
  return marks;
}

/** Walks the document the way the projection does, collecting blocks and the text they project to. */
class Walker {
  text = "";
  private first = true;
  readonly textBlocks: TextBlock[] = [];

  blocks(nodes: readonly PMNode[]): ArticleBlock[] {
    const out: ArticleBlock[] = [];
    for (const node of nodes) out.push(...this.block(node));
    return out;
  }

  private block(node: PMNode): ArticleBlock[] {
    if (hints.isTextblock(node)) return [this.textBlock(node)];
    const children = node.content ?? [];
    switch (node.type) {
      case "blockquote": return [{ kind: "quote", children: this.blocks(children) }];
      case "bulletList":
      case "orderedList":
      case "taskList": {
        const start = Number(node.attrs?.start ?? 1);
        return [{ kind: "list", ordered: node.type === "orderedList", start: Number.isFinite(start) ? start : 1, items: children.map((item) => this.blocks(item.content ?? [])) }];
      }
      case "horizontalRule": return [{ kind: "rule" }];
      default: return hints.isLeaf(node) ? [] : this.blocks(children);
    }
  }

  private textBlock(node: PMNode): TextBlock {
    if (!this.first) this.text += "\n";
    this.first = false;
    const runs: ArticleRun[] = [];
    for (const child of node.content ?? []) {
      const start = this.text.length;
      if (child.type === "text") {
        const t = child.text ?? "";
        if (!t) continue;
        this.text += t;
        runs.push({ start, end: start + t.length, text: t, marks: marksOf(child), covering: [], starting: [], ending: [] });
      } else if (hints.lineBreakTypes.has(child.type)) {
        this.text += "\n";
        runs.push({ start, end: start + 1, text: "\n", marks: {}, lineBreak: true, covering: [], starting: [], ending: [] });
      }
    }
    const type = node.type === "heading" ? "heading" : node.type === "codeBlock" ? "code" : "paragraph";
    const level = type === "heading" ? Math.min(6, Math.max(1, Number(node.attrs?.level ?? 2) || 2)) : 0;
    const block: TextBlock = { kind: "text", type, level, runs };
    this.textBlocks.push(block);
    return block;
  }
}

/** Plain paragraphs from the text's lines: the fallback when the document and text disagree. */
function paragraphsOf(text: string): { blocks: ArticleBlock[]; textBlocks: TextBlock[] } {
  const textBlocks: TextBlock[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    const runs: ArticleRun[] = line ? [{ start: offset, end: offset + line.length, text: line, marks: {}, covering: [], starting: [], ending: [] }] : [];
    textBlocks.push({ kind: "text", type: "paragraph", level: 0, runs });
    offset += line.length + 1;
  }
  return { blocks: textBlocks, textBlocks };
}

function structure(doc: unknown, text: string): { blocks: ArticleBlock[]; textBlocks: TextBlock[] } {
  const root = doc as PMNode | null;
  if (root && typeof root === "object" && Array.isArray(root.content)) {
    const walker = new Walker();
    const blocks = walker.blocks(root.content);
    if (walker.text === text) return { blocks, textBlocks: walker.textBlocks };
  }
  return paragraphsOf(text);
}

/** Cuts runs at claim boundaries and records which claims cover, start at and end after each piece. */
function markClaims(textBlocks: TextBlock[], text: string, claims: readonly ReportClaim[]): void {
  const placed = claims.filter((c) => isPlaceable(c, text.length));
  const segments = splitIntoSegments(text, placed);
  const all: ArticleRun[] = [];
  let s = 0;
  for (const block of textBlocks) {
    const cut: ArticleRun[] = [];
    for (const run of block.runs) {
      let from = run.start;
      while (from < run.end) {
        while (s < segments.length - 1 && segments[s].end <= from) s++;
        const seg = segments[s];
        const to = Math.min(run.end, seg.end);
        cut.push({ ...run, start: from, end: to, text: text.slice(from, to), covering: seg.covering, starting: [], ending: [] });
        from = to;
      }
    }
    block.runs = cut;
    all.push(...cut);
  }
  if (all.length === 0) return;
  // A claim's start marker goes on the first piece it covers, its end marker (and reference)
  // on the last: a span that begins or ends on the line break between blocks still gets both.
  for (const claim of placed) {
    const first = all.find((r) => r.end > claim.start) ?? all[all.length - 1];
    let last = all[0];
    for (const r of all) {
      if (r.start < claim.end) last = r;
      else break;
    }
    first.starting.push(claim);
    last.ending.push(claim);
  }
  for (const r of all) {
    r.starting.sort((a, b) => a.number - b.number);
    r.ending.sort((a, b) => a.number - b.number);
  }
}

export function articleBlocks(doc: unknown, text: string, claims: readonly ReportClaim[]): ArticleBlock[] {
  const { blocks, textBlocks } = structure(doc, text);
  markClaims(textBlocks, text, claims);
  return blocks;
}
