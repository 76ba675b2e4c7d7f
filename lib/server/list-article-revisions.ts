import { db } from "@/lib/data/client";
import type { Actor } from "@/lib/domain/actor";
import { notFound } from "@/lib/domain/errors";
import { toRevisionSummary, type RevisionSummaryView } from "@/lib/revisions";
import { authorize } from "./support/authorize";

export interface RevisionListView {
  article: { id: string; title: string; version: number; revisionNumber: number };
  /** Newest first. */
  revisions: RevisionSummaryView[];
}

/** An article's revisions: who saved each, when, with what note and what re-anchoring did. */
export async function listArticleRevisions(actor: Actor, articleId: string): Promise<RevisionListView> {
  authorize(actor, "article.read");
  const article = await db.article.findFirst({
    where: { id: articleId, deletedAt: null },
    select: { id: true, title: true, version: true, revisionNumber: true },
  });
  if (!article) throw notFound("The article");
  const rows = await db.articleRevision.findMany({
    where: { articleId },
    orderBy: { number: "desc" },
    select: { number: true, note: true, reanchor: true, createdAt: true, createdBy: { select: { id: true, name: true } } },
  });
  return { article, revisions: rows.map(toRevisionSummary) };
}
