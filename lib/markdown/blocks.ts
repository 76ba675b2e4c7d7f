import { Parser } from "htmlparser2";

/**
 * The structure of rendered Markdown, for outputs that are not HTML (PDF, plain text,
 * re-written Markdown). It is read from renderMarkdown's safe HTML, not from the Markdown
 * source, so every output sees exactly what the HTML view shows: the same escaping of raw
 * HTML, the same images-as-links and the same link rule (an href here has passed it).
 */
export interface InlineRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  strike?: boolean;
  /** A safe link target (lib/domain/link-safety); absent when the text is not a link. */
  href?: string;
}

export type Block =
  | { kind: "paragraph"; runs: InlineRun[] }
  | { kind: "heading"; runs: InlineRun[] }
  | { kind: "list"; ordered: boolean; start: number; items: Block[][] }
  | { kind: "quote"; blocks: Block[] }
  | { kind: "code"; text: string }
  | { kind: "rule" };

interface Element {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
}
type Node = Element | string;

function parseTree(html: string): Element {
  const root: Element = { tag: "root", attrs: {}, children: [] };
  const stack: Element[] = [root];
  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        const el: Element = { tag, attrs, children: [] };
        stack[stack.length - 1].children.push(el);
        stack.push(el);
      },
      ontext(text) {
        stack[stack.length - 1].children.push(text);
      },
      onclosetag() {
        if (stack.length > 1) stack.pop();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return root;
}

type Style = Omit<InlineRun, "text">;

const STYLE_OF: Record<string, Style> = {
  strong: { bold: true }, b: { bold: true }, em: { italic: true }, i: { italic: true },
  code: { code: true }, del: { strike: true }, s: { strike: true },
};

function inlineRuns(nodes: readonly Node[], style: Style = {}, out: InlineRun[] = []): InlineRun[] {
  for (const node of nodes) {
    if (typeof node === "string") {
      // HTML collapses the source's line breaks inside a paragraph into spaces.
      const text = style.code ? node : node.replace(/\s+/g, " ");
      if (text) out.push({ text, ...style });
    } else if (node.tag === "br") {
      out.push({ text: "\n", ...style });
    } else if (node.tag === "a") {
      inlineRuns(node.children, node.attrs.href ? { ...style, href: node.attrs.href } : style, out);
    } else {
      inlineRuns(node.children, { ...style, ...STYLE_OF[node.tag] }, out);
    }
  }
  return out;
}

function trimRuns(runs: InlineRun[]): InlineRun[] {
  const kept = runs.filter((r) => r.text !== "");
  if (kept.length) {
    kept[0] = { ...kept[0], text: kept[0].text.replace(/^ +/, "") };
    const last = kept.length - 1;
    kept[last] = { ...kept[last], text: kept[last].text.replace(/ +$/, "") };
  }
  return kept.filter((r) => r.text !== "");
}

function textOf(node: Node): string {
  return typeof node === "string" ? node : node.children.map(textOf).join("");
}

const BLOCK_TAGS = new Set(["p", "h4", "h5", "h6", "ul", "ol", "blockquote", "pre", "hr", "table", "li"]);

function toBlocks(nodes: readonly Node[]): Block[] {
  const blocks: Block[] = [];
  let loose: Node[] = [];
  const flushLoose = () => {
    const runs = trimRuns(inlineRuns(loose));
    if (runs.length) blocks.push({ kind: "paragraph", runs });
    loose = [];
  };
  for (const node of nodes) {
    if (typeof node === "string" || !BLOCK_TAGS.has(node.tag)) {
      loose.push(node);
      continue;
    }
    flushLoose();
    blocks.push(...blockOf(node));
  }
  flushLoose();
  return blocks;
}

function tableBlocks(table: Element): Block[] {
  // A table becomes one line per row, cells separated by " | ": readable in every output.
  const rows: Element[] = [];
  const collect = (el: Element) => el.children.forEach((c) => typeof c !== "string" && (c.tag === "tr" ? rows.push(c) : collect(c)));
  collect(table);
  return rows.map((row) => {
    const cells = row.children.filter((c): c is Element => typeof c !== "string" && (c.tag === "td" || c.tag === "th"));
    const runs: InlineRun[] = [];
    cells.forEach((cell, i) => {
      if (i > 0) runs.push({ text: " | " });
      runs.push(...trimRuns(inlineRuns(cell.children, cell.tag === "th" ? { bold: true } : {})));
    });
    return { kind: "paragraph" as const, runs };
  });
}

function blockOf(el: Element): Block[] {
  switch (el.tag) {
    case "p":
    case "li": {
      const runs = trimRuns(inlineRuns(el.children));
      return runs.length ? [{ kind: "paragraph", runs }] : [];
    }
    case "h4": case "h5": case "h6": {
      const runs = trimRuns(inlineRuns(el.children));
      return runs.length ? [{ kind: "heading", runs }] : [];
    }
    case "ul": case "ol": {
      const items = el.children
        .filter((c): c is Element => typeof c !== "string" && c.tag === "li")
        .map((li) => toBlocks(li.children));
      const start = Number.parseInt(el.attrs.start ?? "1", 10);
      return [{ kind: "list", ordered: el.tag === "ol", start: Number.isSafeInteger(start) ? start : 1, items }];
    }
    case "blockquote":
      return [{ kind: "quote", blocks: toBlocks(el.children) }];
    case "pre":
      return [{ kind: "code", text: textOf(el).replace(/\n$/, "") }];
    case "hr":
      return [{ kind: "rule" }];
    case "table":
      return tableBlocks(el);
    default:
      return toBlocks(el.children);
  }
}

/** The blocks of HTML produced by renderMarkdown (not for arbitrary HTML). */
export function blocksFromRenderedHtml(html: string): Block[] {
  return toBlocks(parseTree(html).children);
}
