import type { Actor } from "@/lib/domain/actor";
import { notFound } from "@/lib/domain/errors";
import { findArticleHeader } from "@/lib/data/articles";
import { listRevisions } from "@/lib/data/revisions";
import { readTransaction } from "@/lib/data/transaction";
import type { RevisionSummaryView } from "@/lib/revisions";
import { authorize } from "./support/authorize";

export interface RevisionListView {
  article: { id: string; title: string; version: number; revisionNumber: number };
  /** Newest first. */
  revisions: RevisionSummaryView[];
}

/** An article's revisions: who saved each, when, with what note and what re-anchoring did. */
export async function listArticleRevisions(actor: Actor, articleId: string): Promise<RevisionListView> {
  authorize(actor, "article.read");
  const found = await readTransaction(async (tx) => {
    const article = await findArticleHeader(tx, articleId);
    return article ? { article, revisions: await listRevisions(tx, articleId) } : null;
  });
  if (!found) throw notFound("The article");
  const { article, revisions } = found;
  return { article: { id: article.id, title: article.title, version: article.version, revisionNumber: article.revisionNumber }, revisions };
}
