import { describeChanges, eventAction, revertableFields, type RevertableField } from "@/lib/domain/event-format";
import type { ChangeEvent } from "./change-event";

/**
 * One line of a history or activity list: the stored event plus its readable form. Built
 * the same way on the server (history pages) and in the browser (live SSE events).
 */
export interface HistoryEntry {
  id: number;
  type: string;
  actor: { id: string; name: string } | null;
  claimId: string | null;
  /** The claim's quote, when known (activity lists name the claim). */
  claimExact: string | null;
  targetType: string;
  targetId: string;
  createdAt: string;
  note: string | null;
  /** "set a verdict: disputed" (follows the actor's name). */
  action: string;
  /** ["verdict: unchecked → disputed", "rationale changed"]. */
  changes: string[];
  /** Claim fields that can be set back to their value before this change. */
  revertable: RevertableField[];
}

export function toHistoryEntry(event: ChangeEvent, claimExact: string | null = null): HistoryEntry {
  return {
    id: event.id,
    type: event.type,
    actor: event.actor,
    claimId: event.claimId,
    claimExact,
    targetType: event.targetType,
    targetId: event.targetId,
    createdAt: event.createdAt,
    note: event.note,
    action: eventAction(event),
    changes: describeChanges(event),
    revertable: revertableFields(event),
  };
}
