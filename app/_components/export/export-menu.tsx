"use client";
import { useEffect, useId, useRef, useState } from "react";
import type { ExportFormat } from "@/lib/export/types";

const FORMATS: { format: ExportFormat; label: string; description: string }[] = [
  { format: "html", label: "HTML report", description: "The article with highlighted claims and the full fact-check, for the web." },
  { format: "pdf", label: "PDF report", description: "The same report as a printable document." },
  { format: "markdown", label: "Markdown", description: "The report as plain text with Markdown formatting." },
  { format: "csv", label: "CSV spreadsheet", description: "One row per claim, for Excel or Google Sheets." },
  { format: "json", label: "Factdesk JSON", description: "Everything, for backup or import into another Factdesk." },
  { format: "claimreview", label: "ClaimReview (JSON-LD)", description: "schema.org markup that search engines read. Approved claims only." },
  { format: "w3c", label: "W3C Web Annotations", description: "The claims as annotations for Hypothesis and similar tools." },
];

/**
 * "Export" button with a menu of downloads, one per format. A disclosure (button with
 * aria-expanded controlling a panel of links) rather than an ARIA menu: the panel mixes a
 * checkbox and links, which Tab handles naturally. Escape or a click outside closes it.
 */
export function ExportMenu({ articleId }: { articleId: string }) {
  const [open, setOpen] = useState(false);
  const [drafts, setDrafts] = useState(false);
  const [internal, setInternal] = useState(false);
  // The panel opens towards the side with room: right-aligned under a button near the
  // right edge (a page header), left-aligned when the button sits near the left edge.
  const [alignLeft, setAlignLeft] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  const href = (format: ExportFormat) => `/api/articles/${encodeURIComponent(articleId)}/export?format=${format}${drafts ? "&drafts=1" : ""}${internal ? "&audience=internal" : ""}`;

  return (
    <div ref={root} className="relative inline-block text-left">
      <button ref={button} type="button" className="btn" aria-expanded={open} aria-controls={`${id}-panel`} onClick={() => {
          setAlignLeft((button.current?.getBoundingClientRect().right ?? Infinity) < 400);
          setOpen((v) => !v);
        }}>
        Export
        <span aria-hidden className="text-xs">▾</span>
      </button>
      <div id={`${id}-panel`} hidden={!open} className={`absolute ${alignLeft ? "left-0" : "right-0"} z-20 mt-1 w-96 max-w-[calc(100vw-2rem)] rounded-lg border border-slate-200 bg-white p-2 shadow-lg`}>
        <div className="border-b border-slate-100 px-2 pb-2">
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" className="mt-0.5" checked={drafts} onChange={(e) => setDrafts(e.target.checked)} aria-describedby={`${id}-drafts-help`} />
            <span>
              Include drafts
              <span id={`${id}-drafts-help`} className="block text-xs text-slate-600">
                Adds claims that are not approved yet, marked “Draft”. Leave off for anything that leaves the newsroom.
              </span>
            </span>
          </label>
          <label className="mt-2 flex items-start gap-2 text-sm">
            <input type="checkbox" className="mt-0.5" checked={internal} onChange={(e) => setInternal(e.target.checked)} aria-describedby={`${id}-internal-help`} />
            <span>
              Internal report
              <span id={`${id}-internal-help`} className="block text-xs text-slate-600">
                Names who created, was assigned and approved each claim. Reports for readers leave staff out.
              </span>
            </span>
          </label>
        </div>
        <ul aria-label="Export formats" className="pt-1">
          {FORMATS.map((f) => (
            <li key={f.format}>
              <a href={href(f.format)} download className="block rounded px-2 py-1.5 hover:bg-slate-50 focus:bg-slate-50" onClick={() => setOpen(false)} data-format={f.format}>
                <span className="block text-sm font-medium text-slate-900">{f.label}</span>
                <span className="block text-xs text-slate-600">{f.description}</span>
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
