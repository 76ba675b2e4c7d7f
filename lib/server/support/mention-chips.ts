import { escapeHtml } from "@/lib/export/escape";

/**
 * Marks each @mention of a comment's mentioned people as a chip in its rendered HTML
 * (server side, on top of the one Markdown renderer). Only text between tags is touched, so
 * attributes and link targets never change; names are matched as the renderer escaped them.
 */
export function highlightMentions(html: string, names: readonly string[]): string {
  if (names.length === 0 || !html.includes("@")) return html;
  // Longest first, so "@Ana Lopes" wins over a colleague called "Ana".
  const tokens = [...new Set(names)].sort((a, b) => b.length - a.length).map((n) => `@${escapeHtml(n)}`);
  const pattern = new RegExp(`(^|[^\\p{L}\\p{N}_])(${tokens.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}_])`, "gu");
  return html
    .split(/(<[^>]*>)/)
    .map((part) => (part.startsWith("<") ? part : part.replace(pattern, (_m, lead: string, token: string) => `${lead}<span class="mention-chip">${token}</span>`)))
    .join("");
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
