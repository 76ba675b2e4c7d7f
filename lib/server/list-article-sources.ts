import { db } from "@/lib/data/client";
import type { Actor } from "@/lib/domain/actor";
import { notFound } from "@/lib/domain/errors";
import { authorize } from "./support/authorize";
import type { ArticleSourceView } from "@/lib/contracts/articles";
export type { ArticleSourceView };

/** Sources already cited by this article's claims, for "reuse a source" pickers. */
export async function listArticleSources(actor: Actor, articleId: string, query?: string): Promise<ArticleSourceView[]> {
  authorize(actor, "article.read");
  const article = await db.article.findFirst({ where: { id: articleId, deletedAt: null }, select: { id: true } });
  if (!article) throw notFound("The article");
  const q = query?.trim();
  const sources = await db.source.findMany({
    where: {
      claims: { some: { claim: { articleId, deletedAt: null } } },
      ...(q ? { OR: [{ title: { contains: q } }, { url: { contains: q } }, { publisher: { contains: q } }] } : {}),
    },
    include: { _count: { select: { claims: { where: { claim: { articleId, deletedAt: null } } } } } },
    orderBy: { title: "asc" },
    take: 200,
  });
  return sources.map((s) => ({
    id: s.id,
    url: s.url,
    title: s.title,
    publisher: s.publisher,
    accessedAt: s.accessedAt?.toISOString().slice(0, 10) ?? null,
    archiveUrl: s.archiveUrl,
    claimCount: s._count.claims,
  }));
}
