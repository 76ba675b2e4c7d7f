/**
 * Markdown written by people in Factdesk (rationales, comments): one renderer, on the
 * server, for every view and export.
 *
 * - renderMarkdown(md): safe HTML for pages and reports (renderMarkdownMany for many).
 * - markdownToPlainText(md): what a reader sees, as text (CSV cells, search snippets).
 * - markdownBlocks(md): the rendered structure, for drawing it elsewhere (PDF).
 * - markdownToSafeMarkdown(md): the same content re-written as Markdown that is safe in
 *   any renderer with default options (the Markdown export).
 * - escapeMarkdown(text): literal text inside Markdown.
 *
 * All of them go through renderMarkdown, so they agree with what the HTML view shows, and
 * every link in them has passed the one link rule (lib/domain/link-safety).
 */
import { blocksFromRenderedHtml, type Block } from "./blocks";
import { blocksToPlainText } from "./plain-text";
import { renderMarkdown, renderMarkdownMany } from "./render";
import { blocksToMarkdown } from "./safe-markdown";

export { renderMarkdown, renderMarkdownMany } from "./render";
export { escapeMarkdown } from "./escape-markdown";
export type { Block, InlineRun } from "./blocks";

export function markdownBlocks(markdown: string): Block[] {
  return blocksFromRenderedHtml(renderMarkdown(markdown));
}

/** markdownBlocks for many texts at once (one sanitiser pass, see renderMarkdownMany). */
export function markdownBlocksMany(markdowns: readonly string[]): Block[][] {
  return renderMarkdownMany(markdowns).map(blocksFromRenderedHtml);
}

export function markdownToPlainText(markdown: string): string {
  return blocksToPlainText(markdownBlocks(markdown));
}

export function markdownToSafeMarkdown(markdown: string): string {
  return blocksToMarkdown(markdownBlocks(markdown));
}

export { blocksToPlainText, blocksToMarkdown };
