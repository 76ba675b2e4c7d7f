"use client";

/** "Fetching… 3 s" with a Cancel button, announced politely to screen readers. */
export function FetchProgress({ label = "Fetching", elapsed, onCancel, small }: { label?: string; elapsed: number; onCancel: () => void; small?: boolean }) {
  return (
    <div className={`flex items-center gap-2 ${small ? "text-xs" : "text-sm"} text-slate-700`} data-testid="fetch-progress">
      <span role="status" aria-live="polite">
        {label}… {elapsed} s
      </span>
      <button type="button" className={`btn ${small ? "btn-sm" : ""}`} onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
