import { renderRationaleHtml } from "@/lib/export/rationale-html";

/**
 * A rationale's Markdown, rendered by the same helper as the exported report: marked with
 * raw HTML escaped, then sanitize-html with a small allow-list (http(s) links only). Its
 * output is the only HTML this page injects.
 */
export function RationaleView({ markdown, className = "" }: { markdown: string; className?: string }) {
  const html = renderRationaleHtml(markdown);
  if (!html) return <p className={`text-sm italic text-slate-600 ${className}`}>No rationale yet.</p>;
  return <div className={`wb-rationale text-sm ${className}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
