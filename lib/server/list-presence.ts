import type { Actor } from "@/lib/domain/actor";
import type { PresenceUser } from "@/lib/realtime/presence";
import { authorize } from "./support/authorize";
import { presenceHub } from "./support/presence";

/** Who has the article open right now (through any server instance), and what they edit. */
export async function listPresence(actor: Actor, articleId: string): Promise<{ users: PresenceUser[] }> {
  authorize(actor, "article.read");
  return { users: await presenceHub().list(articleId) };
}
