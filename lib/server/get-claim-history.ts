import { db } from "@/lib/data/client";
import type { Actor } from "@/lib/domain/actor";
import { notFound } from "@/lib/domain/errors";
import { changeEventSelect, toChangeEvent } from "@/lib/realtime/change-event";
import { toHistoryEntry, type HistoryEntry } from "@/lib/realtime/history-entry";
import { historyQuerySchema, type HistoryQuery } from "@/lib/validation/collaboration";
import { authorize } from "./support/authorize";
import { toImportedHistory, type ImportedHistoryView } from "./support/imported-history";

export interface HistoryPage {
  events: HistoryEntry[];
  /**
   * History that came with an imported file, oldest first: read-only provenance, names and
   * times as text (never linked to accounts here). Shown apart, under "Imported history".
   */
  imported: ImportedHistoryView[];
  /** Pass as `before` for the next (older) page; null at the beginning of history. */
  nextBefore: number | null;
}

/** A claim's history, newest first: every change to it, its sources and its discussion. */
export async function getClaimHistory(actor: Actor, claimId: string, raw: HistoryQuery = {}): Promise<HistoryPage> {
  authorize(actor, "article.read");
  const query = historyQuerySchema.parse(raw);
  const limit = query.limit ?? 100;
  const claim = await db.claim.findUnique({ where: { id: claimId }, select: { id: true, exact: true, importedHistory: true } });
  if (!claim) throw notFound("The claim");
  const rows = await db.event.findMany({
    where: { claimId, ...(query.before ? { id: { lt: query.before } } : {}) },
    orderBy: { id: "desc" },
    take: limit + 1,
    select: changeEventSelect,
  });
  const page = rows.slice(0, limit);
  return {
    events: page.map((row) => toHistoryEntry(toChangeEvent(row), claim.exact)),
    imported: toImportedHistory(claim.importedHistory),
    nextBefore: rows.length > limit ? page[page.length - 1].id : null,
  };
}
