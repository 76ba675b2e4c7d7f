import type { AutosaveStatus } from "./use-autosave";

const TEXT: Record<AutosaveStatus | "pending", { label: string; tone: string }> = {
  idle: { label: "", tone: "" },
  pending: { label: "Unsaved changes", tone: "text-amber-800" },
  saving: { label: "Saving…", tone: "text-slate-700" },
  saved: { label: "Saved", tone: "text-green-800" },
  offline: { label: "Offline, will retry", tone: "text-red-800" },
  conflict: { label: "Not saved: someone else changed this claim", tone: "text-red-800" },
  failed: { label: "Not saved: see the message above", tone: "text-red-800" },
};

/** Where the claim's autosave stands, read out politely to screen readers as it changes. */
export function AutosaveStatusLine({ status, restored }: { status: AutosaveStatus | "pending"; restored: boolean }) {
  const { label, tone } = TEXT[status];
  return (
    <p aria-live="polite" className={`mr-auto text-xs ${tone}`} data-testid="autosave-status" data-status={status}>
      {restored && status !== "saved" && <span className="block text-slate-700">Restored your unsaved edit from this browser.</span>}
      {label}
    </p>
  );
}
