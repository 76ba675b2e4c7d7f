import type { Actor } from "@/lib/domain/actor";
import { notFound } from "@/lib/domain/errors";
import { findClaimProvenance } from "@/lib/data/claims";
import { listClaimEvents } from "@/lib/data/events";
import { readTransaction } from "@/lib/data/transaction";
import { toHistoryEntry, type HistoryEntry } from "@/lib/realtime/history-entry";
import { historyQuerySchema, type HistoryQuery } from "@/lib/validation/collaboration";
import { parseInput } from "@/lib/validation/parse-once";
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
  const query = parseInput(historyQuerySchema, raw);
  const limit = query.limit ?? 100;
  const found = await readTransaction(async (tx) => {
    const claim = await findClaimProvenance(tx, claimId);
    return claim ? { claim, events: await listClaimEvents(tx, claimId, { before: query.before, limit }) } : null;
  });
  if (!found) throw notFound("The claim");
  const { claim, events } = found;
  const page = events.slice(0, limit);
  return {
    events: page.map((event) => toHistoryEntry(event, claim.exact)),
    imported: toImportedHistory(claim.importedHistory),
    nextBefore: events.length > limit ? page[page.length - 1].id : null,
  };
}
