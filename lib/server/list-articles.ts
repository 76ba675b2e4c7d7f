import { db } from "@/lib/data/client";
import type { Actor } from "@/lib/domain/actor";
import { authorize } from "./support/authorize";

export interface ArticleSummary {
  id: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  updatedAt: string;
  claimCount: number;
  checkedCount: number;
  approvedCount: number;
}

/** The article list: counts come from one grouped query, not one query per article. */
export async function listArticles(actor: Actor): Promise<ArticleSummary[]> {
  authorize(actor, "article.read");
  const articles = await db.article.findMany({
    where: { deletedAt: null },
    orderBy: { updatedAt: "desc" },
    select: { id: true, title: true, publisher: true, publishedAt: true, updatedAt: true },
  });
  const groups = await db.claim.groupBy({
    by: ["articleId", "verdict", "reviewState"],
    where: { deletedAt: null, articleId: { in: articles.map((a) => a.id) } },
    _count: { _all: true },
  });
  return articles.map((a) => {
    const mine = groups.filter((g) => g.articleId === a.id);
    const sum = (pred: (g: (typeof mine)[number]) => boolean) => mine.filter(pred).reduce((n, g) => n + g._count._all, 0);
    return {
      id: a.id,
      title: a.title,
      publisher: a.publisher,
      publishedAt: a.publishedAt?.toISOString().slice(0, 10) ?? null,
      updatedAt: a.updatedAt.toISOString(),
      claimCount: sum(() => true),
      checkedCount: sum((g) => g.verdict !== "unchecked"),
      approvedCount: sum((g) => g.reviewState === "approved"),
    };
  });
}
