import type { Block, InlineRun } from "./blocks";
import { escapeMarkdown } from "./escape-markdown";

/**
 * Blocks written back as Markdown that is safe in any renderer with default options:
 * every piece of text is escaped (so nothing in it can become raw HTML, an autolink or a
 * link), links are written only with an href that passed the link rule, and code goes in
 * spans or fences longer than any backtick run inside. This is how a rationale enters the
 * Markdown export: never verbatim.
 */
function longestBacktickRun(text: string): number {
  return (text.match(/`+/g) ?? []).reduce((max, run) => Math.max(max, run.length), 0);
}

function codeSpan(text: string): string {
  const fence = "`".repeat(longestBacktickRun(text) + 1);
  const pad = text.startsWith("`") || text.endsWith("`") || text.startsWith(" ") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

function destination(href: string): string {
  return `<${href.replace(/[\s<>\\]/g, (ch) => encodeURIComponent(ch))}>`;
}

function styled(run: InlineRun): string {
  if (run.text === "\n") return "\\\n";
  if (run.code) return codeSpan(run.text.replace(/\n/g, " "));
  // Spaces stay outside the delimiters: CommonMark does not open "** x" or close "x **".
  const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(run.text) ?? ["", "", run.text, ""];
  if (!core) return run.text;
  let md = escapeMarkdown(core);
  if (run.strike) md = `~~${md}~~`;
  if (run.italic) md = `*${md}*`;
  if (run.bold) md = `**${md}**`;
  return `${lead}${md}${trail}`;
}

export function runsToMarkdown(runs: readonly InlineRun[]): string {
  let out = "";
  for (let i = 0; i < runs.length; ) {
    const href = runs[i].href;
    if (!href) {
      out += styled(runs[i++]);
      continue;
    }
    const group: InlineRun[] = [];
    while (i < runs.length && runs[i].href === href) group.push(runs[i++]);
    // A hard break cannot sit inside link text in every renderer: it becomes a space.
    const label = group.map((r) => styled(r.text === "\n" ? { ...r, text: " " } : r)).join("");
    out += `[${label}](${destination(href)})`;
  }
  return out;
}

function prefixLines(text: string, first: string, rest: string): string {
  return text.split("\n").map((line, i) => (line === "" ? (i === 0 ? first : rest).trimEnd() : (i === 0 ? first : rest) + line)).join("\n");
}

export function blocksToMarkdown(blocks: readonly Block[]): string {
  return blocks
    .map((block): string => {
      switch (block.kind) {
        case "paragraph":
          return runsToMarkdown(block.runs);
        case "heading":
          return runsToMarkdown(block.runs.map((r) => ({ ...r, bold: true })));
        case "list":
          return block.items
            .map((item, i) => {
              const marker = block.ordered ? `${block.start + i}. ` : "- ";
              return prefixLines(blocksToMarkdown(item) || escapeMarkdown(" "), marker, " ".repeat(marker.length));
            })
            .join("\n");
        case "quote":
          return prefixLines(blocksToMarkdown(block.blocks), "> ", "> ");
        case "code": {
          const fence = "`".repeat(Math.max(3, longestBacktickRun(block.text) + 1));
          return `${fence}\n${block.text}\n${fence}`;
        }
        case "rule":
          return "---";
      }
    })
    .filter((md) => md !== "")
    .join("\n\n");
}
