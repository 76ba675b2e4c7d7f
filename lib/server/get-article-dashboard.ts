import { db } from "@/lib/data/client";
import type { Actor } from "@/lib/domain/actor";
import { REVIEW_STATES, type ReviewState, type Verdict } from "@/lib/domain/enums";
import { verdictKeys } from "@/lib/domain/rating-scale";
import { readRatingScale } from "./support/rating-scale";
import { notFound } from "@/lib/domain/errors";
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

/** Progress, verdict distribution, review states and who worked on an article: grouped queries only. */
export async function getArticleDashboard(actor: Actor, articleId: string): Promise<ArticleDashboard> {
  authorize(actor, "article.read");
  const article = await db.article.findFirst({ where: { id: articleId, deletedAt: null }, select: { id: true, title: true, publisher: true, publishedAt: true } });
  if (!article) throw notFound("The article");
  const [groups, activity, scale] = await Promise.all([
    db.claim.groupBy({ by: ["verdict", "reviewState"], where: { articleId, deletedAt: null }, _count: { _all: true } }),
    db.event.groupBy({ by: ["actorId"], where: { articleId, actorId: { not: null } }, _count: { _all: true }, _max: { createdAt: true } }),
    readRatingScale(db),
  ]);
  const people = await db.user.findMany({ where: { id: { in: activity.map((a) => a.actorId!) } }, select: { id: true, name: true } });
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  const sum = (pred: (g: (typeof groups)[number]) => boolean) => groups.filter(pred).reduce((n, g) => n + g._count._all, 0);
  return {
    article: { ...article, publishedAt: article.publishedAt?.toISOString().slice(0, 10) ?? null },
    total: sum(() => true),
    approved: sum((g) => g.reviewState === "approved"),
    byVerdict: verdictKeys(scale).map((verdict) => ({ verdict, count: sum((g) => g.verdict === verdict) })),
    byState: REVIEW_STATES.map((state) => ({ state, count: sum((g) => g.reviewState === state) })),
    contributors: activity
      .map((a) => ({ id: a.actorId!, name: nameOf.get(a.actorId!) ?? "Unknown user", events: a._count._all, lastActiveAt: a._max.createdAt?.toISOString() ?? "" }))
      .sort((a, b) => b.events - a.events || a.name.localeCompare(b.name)),
  };
}
