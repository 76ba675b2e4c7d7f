import type { Actor } from "@/lib/domain/actor";
import { renderMarkdown } from "@/lib/markdown";
import type { MarkdownPreviewInput } from "@/lib/validation/markdown";
import { authorize } from "./support/authorize";

/**
 * Renders a rationale or comment the way every view and export will show it. The
 * browser never renders or sanitises Markdown itself: it shows this server-made HTML
 * (live preview while typing, and the read-only rationale in the claim panel).
 */
export function previewMarkdown(actor: Actor, input: MarkdownPreviewInput): { html: string } {
  authorize(actor, "article.read");
  return { html: renderMarkdown(input.markdown) };
}
