import { withDb } from "@/lib/data/handle";
import { countUnread, markRead } from "@/lib/data/notifications";
import type { Actor } from "@/lib/domain/actor";
import { markNotificationsReadSchema, type MarkNotificationsReadInput } from "@/lib/validation/notifications";
import { parseInput } from "@/lib/validation/parse-once";
import { authorize } from "./support/authorize";

/**
 * Marks some of the actor's notifications read, or all of them. Only their own rows match,
 * so another person's ids change nothing (and reveal nothing: the count is of theirs).
 */
export async function markNotificationsRead(actor: Actor, raw: MarkNotificationsReadInput): Promise<{ marked: number; unread: number }> {
  authorize(actor, "mention.read");
  const input = parseInput(markNotificationsReadSchema, raw);
  return withDb(async (client) => {
    const marked = await markRead(client, actor.id, "ids" in input ? input.ids : null);
    return { marked, unread: await countUnread(client, actor.id) };
  });
}
