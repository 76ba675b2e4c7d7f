import { describeChanges, eventAction } from "@/lib/domain/event-format";
import type { ImportedHistoryEntry } from "./imported-article";

/** One line of a claim's imported history, as the History tab shows it. */
export interface ImportedHistoryView {
  type: string;
  /** The name the file gives, as text; null when the file names nobody. */
  actor: string | null;
  createdAt: string;
  /** "approved a claim" */
  action: string;
  /** "verdict: unchecked → disputed" */
  changes: string[];
  note: string | null;
}

/** The stored provenance (Claim.importedHistory JSON) as readable lines; [] when absent or unreadable. */
export function toImportedHistory(json: string | null): ImportedHistoryView[] {
  if (!json) return [];
  let entries: ImportedHistoryEntry[];
  try {
    entries = JSON.parse(json) as ImportedHistoryEntry[];
  } catch {
    return [];
  }
  if (!Array.isArray(entries)) return [];
  return entries.map((e) => ({
    type: e.type,
    actor: e.actor?.name ?? null,
    createdAt: e.createdAt,
    action: eventAction(e),
    changes: describeChanges(e),
    note: e.note ?? null,
  }));
}
