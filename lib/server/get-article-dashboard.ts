import type { Actor } from "@/lib/domain/actor";
import { REVIEW_STATES, type ReviewState, type Verdict } from "@/lib/domain/enums";
import { verdictKeys } from "@/lib/domain/rating-scale";
import { readRatingScale } from "./support/rating-scale";
import { notFound } from "@/lib/domain/errors";
import { findArticleHeader } from "@/lib/data/articles";
import { countClaimsByVerdictAndState } from "@/lib/data/claims";
import { eventCountsByActor } from "@/lib/data/events";
import { readTransaction } from "@/lib/data/transaction";
import { authorize } from "./support/authorize";

export interface ArticleDashboard {
  article: { id: string; title: string; publisher: string | null; publishedAt: string | null };
  total: number;
  approved: number;
  /** Every verdict of the newsroom's scale (unchecked first), zeros included so the chart keeps its shape. */
  byVerdict: { verdict: Verdict; count: number }[];
  byState: { state: ReviewState; count: number }[];
  /** People who changed anything in this article (from the event log), most active first. */
  contributors: { id: string; name: string; events: number; lastActiveAt: string }[];
}

/** Progress, verdict distribution, review states and who worked on an article: grouped queries only, one snapshot. */
export async function getArticleDashboard(actor: Actor, articleId: string): Promise<ArticleDashboard> {
  authorize(actor, "article.read");
  const found = await readTransaction(async (tx) => {
    const article = await findArticleHeader(tx, articleId);
    if (!article) return null;
    const groups = await countClaimsByVerdictAndState(tx, articleId);
    return { article, groups, activity: await eventCountsByActor(tx, articleId), scale: await readRatingScale(tx) };
  });
  if (!found) throw notFound("The article");
  const { article, groups, activity, scale } = found;
  const sum = (pred: (g: (typeof groups)[number]) => boolean) => groups.filter(pred).reduce((n, g) => n + g.count, 0);
  return {
    article: { id: article.id, title: article.title, publisher: article.publisher, publishedAt: article.publishedAt?.toISOString().slice(0, 10) ?? null },
    total: sum(() => true),
    approved: sum((g) => g.reviewState === "approved"),
    byVerdict: verdictKeys(scale).map((verdict) => ({ verdict, count: sum((g) => g.verdict === verdict) })),
    byState: REVIEW_STATES.map((state) => ({ state, count: sum((g) => g.reviewState === state) })),
    contributors: activity
      .map((a) => ({ id: a.actorId, name: a.name ?? "Unknown user", events: a.events, lastActiveAt: a.lastAt?.toISOString() ?? "" }))
      .sort((a, b) => b.events - a.events || a.name.localeCompare(b.name)),
  };
}
