import { eventAction, type FormattableEvent } from "@/lib/domain/event-format";
import type { ChangeEvent } from "./change-event";

/**
 * The one-line toast for a change someone else made: "Ana marked a claim", "Ben set a
 * verdict: disputed", "Rui approved a claim". Only the first name: toasts are glanced at.
 * Returns null for the viewer's own changes (they already see them) when `selfId` is given.
 */
export function describeEvent(event: FormattableEvent & Pick<ChangeEvent, "actor">, selfId?: string | null): string | null {
  if (selfId && event.actor?.id === selfId) return null;
  const who = event.actor ? firstName(event.actor.name) : "Someone";
  return `${who} ${eventAction(event)}`;
}

export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] || name;
}
