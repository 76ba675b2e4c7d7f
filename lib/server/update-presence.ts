import { articleExists } from "@/lib/data/articles";
import { withDb } from "@/lib/data/handle";
import type { Actor } from "@/lib/domain/actor";
import { notFound } from "@/lib/domain/errors";
import type { PresenceUser } from "@/lib/realtime/presence";
import { presenceSchema, type PresenceInput } from "@/lib/validation/collaboration";
import { parseInput } from "@/lib/validation/parse-once";
import { authorize } from "./support/authorize";
import { presenceHub } from "./support/presence";

/**
 * A browser tab says "I am on this article, editing this claim" (every ~5 s) or "I am
 * leaving". Presence is ephemeral (a row per tab in the Presence table, shared by every
 * instance; lib/realtime/presence.ts), so it is not an Event and needs no transaction; the
 * change is pushed to the article's SSE streams on every instance.
 */
export async function updatePresence(actor: Actor, articleId: string, raw: PresenceInput): Promise<{ users: PresenceUser[] }> {
  authorize(actor, "article.read");
  const input = parseInput(presenceSchema, raw);
  const hub = presenceHub();
  const clientId = input.clientId ?? "default";
  if (input.leaving) return { users: await hub.leave(articleId, actor.id, clientId) };
  if (!(await withDb((client) => articleExists(client, articleId)))) throw notFound("The article");
  return { users: await hub.heartbeat(articleId, { id: actor.id, name: actor.name }, clientId, input.editingClaimId ?? null) };
}
