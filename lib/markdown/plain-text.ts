import type { Block, InlineRun } from "./blocks";

/**
 * Blocks as plain text: what a reader sees, without Markdown syntax. Links keep their
 * address in parentheses when it differs from the text, so a CSV cell or snippet does
 * not lose the reference; list items get "- " or "1. ", quotes "> ", paragraphs a blank line.
 */
function decodeSafely(href: string): string {
  try {
    return decodeURI(href);
  } catch {
    return href;
  }
}

function runsText(runs: readonly InlineRun[]): string {
  let out = "";
  let label = "";
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i];
    out += run.text;
    if (!run.href) continue;
    label += run.text;
    if (runs[i + 1]?.href === run.href) continue;
    // A bare URL or address that became a link already shows its target.
    const shown = label.trim();
    const target = decodeSafely(run.href);
    if (shown !== run.href && shown !== target && `mailto:${shown}` !== target) out += ` (${run.href})`;
    label = "";
  }
  return out;
}

function indent(text: string, first: string, rest: string): string {
  return text.split("\n").map((line, i) => (i === 0 ? first : line ? rest : "") + line).join("\n");
}

export function blocksToPlainText(blocks: readonly Block[]): string {
  return blocks
    .map((block): string => {
      switch (block.kind) {
        case "paragraph":
        case "heading":
          return runsText(block.runs);
        case "list":
          return block.items
            .map((item, i) => {
              const marker = block.ordered ? `${block.start + i}. ` : "- ";
              return indent(blocksToPlainText(item), marker, " ".repeat(marker.length));
            })
            .join("\n");
        case "quote":
          return indent(blocksToPlainText(block.blocks), "> ", "> ");
        case "code":
          return block.text;
        case "rule":
          return "—";
      }
    })
    .filter((text) => text !== "")
    .join("\n\n");
}
