import type { Actor } from "@/lib/domain/actor";
import { latestArticleEventId } from "@/lib/data/event-feed";
import { authorize } from "./support/authorize";

/**
 * The newest change of an article. A page reads it together with the article and hands it
 * to `useArticleEvents(…, { after })`, so the live feed starts exactly where the rendered
 * state ends: nothing that happens between rendering and connecting is missed.
 */
export async function getArticleEventCursor(actor: Actor, articleId: string): Promise<number> {
  authorize(actor, "article.read");
  return latestArticleEventId(articleId);
}
