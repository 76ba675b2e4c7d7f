import type { Actor } from "@/lib/domain/actor";
import { notFound } from "@/lib/domain/errors";
import { findArticleHeader } from "@/lib/data/articles";
import { withDb } from "@/lib/data/handle";
import { findRevision } from "@/lib/data/revisions";
import type { RevisionView } from "@/lib/revisions";
import { revisionNumberParam } from "@/lib/validation/revision";
import { parseInput } from "@/lib/validation/parse-once";
import { authorize } from "./support/authorize";

/** One revision of an article, with its document and plain text, for read-only viewing. */
export async function getArticleRevision(actor: Actor, articleId: string, rawNumber: unknown): Promise<RevisionView & { articleTitle: string; latest: number }> {
  authorize(actor, "article.read");
  const number = parseInput(revisionNumberParam, rawNumber);
  const article = await withDb((db) => findArticleHeader(db, articleId));
  if (!article) throw notFound("The article");
  const revision = await withDb((db) => findRevision(db, articleId, number));
  if (!revision) throw notFound(`Revision ${number} of this article`);
  return { ...revision, articleId, articleTitle: article.title, latest: article.revisionNumber };
}
