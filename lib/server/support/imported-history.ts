import { describeChanges, eventAction } from "@/lib/domain/event-format";
import type { ImportedHistoryEntry } from "./imported-article";
import type { ImportedHistoryView } from "@/lib/contracts/claims";
export type { ImportedHistoryView };

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
