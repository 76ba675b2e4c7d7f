import { db } from "@/lib/data/client";
import type { Actor } from "@/lib/domain/actor";
import { notFound } from "@/lib/domain/errors";
import { toRevisionSummary, type RevisionView } from "@/lib/revisions";
import { revisionNumberParam } from "@/lib/validation/revision";
import { authorize } from "./support/authorize";

/** One revision of an article, with its document and plain text, for read-only viewing. */
export async function getArticleRevision(actor: Actor, articleId: string, rawNumber: unknown): Promise<RevisionView & { articleTitle: string; latest: number }> {
  authorize(actor, "article.read");
  const number = revisionNumberParam.parse(rawNumber);
  const article = await db.article.findFirst({ where: { id: articleId, deletedAt: null }, select: { title: true, revisionNumber: true } });
  if (!article) throw notFound("The article");
  const row = await db.articleRevision.findUnique({
    where: { articleId_number: { articleId, number } },
    include: { createdBy: { select: { id: true, name: true } } },
  });
  if (!row) throw notFound(`Revision ${number} of this article`);
  return {
    ...toRevisionSummary(row),
    articleId,
    articleTitle: article.title,
    latest: article.revisionNumber,
    doc: JSON.parse(row.doc) as unknown,
    text: row.text,
  };
}
