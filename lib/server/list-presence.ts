import type { Actor } from "@/lib/domain/actor";
import { presenceStore, type PresenceUser } from "@/lib/realtime/presence";
import { authorize } from "./support/authorize";

/** Who has the article open right now (on this server instance), and what they edit. */
export async function listPresence(actor: Actor, articleId: string): Promise<{ users: PresenceUser[] }> {
  authorize(actor, "article.read");
  return { users: presenceStore().list(articleId) };
}
