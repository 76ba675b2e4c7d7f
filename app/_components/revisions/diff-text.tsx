import type { DiffPart } from "@/lib/revisions";

/**
 * Renders word-diff parts as text with <ins>/<del>. Insertions and deletions differ in
 * colour AND in decoration (underline / strike-through), and screen readers hear which is
 * which, so the meaning never depends on colour alone. Text is rendered by React, never
 * as HTML.
 */
export function DiffText({ parts, className = "" }: { parts: readonly DiffPart[]; className?: string }) {
  return (
    <span className={`whitespace-pre-wrap ${className}`}>
      {parts.map((p, i) => {
        if (p.kind === "insert") {
          return (
            <ins key={i} className="rounded-sm bg-emerald-100 text-emerald-900 underline decoration-emerald-700 decoration-2 underline-offset-2" title="Inserted">
              <span className="sr-only">[inserted: </span>{p.text}<span className="sr-only">]</span>
            </ins>
          );
        }
        if (p.kind === "delete") {
          return (
            <del key={i} className="rounded-sm bg-red-100 text-red-900 line-through decoration-red-700 decoration-2" title="Deleted">
              <span className="sr-only">[deleted: </span>{p.text}<span className="sr-only">]</span>
            </del>
          );
        }
        return <span key={i}>{p.text}</span>;
      })}
    </span>
  );
}
