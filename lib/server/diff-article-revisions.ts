import { db } from "@/lib/data/client";
import type { Actor } from "@/lib/domain/actor";
import { notFound } from "@/lib/domain/errors";
import { diffStats, wordDiff, type DiffPart } from "@/lib/revisions";
import { revisionDiffQuerySchema, type RevisionDiffQuery } from "@/lib/validation/revision";
import { authorize } from "./support/authorize";

export interface RevisionDiffView {
  from: number;
  to: number;
  parts: DiffPart[];
  insertedWords: number;
  deletedWords: number;
}

/** Word-level differences between two revisions of an article's text. */
export async function diffArticleRevisions(actor: Actor, articleId: string, raw: RevisionDiffQuery): Promise<RevisionDiffView> {
  authorize(actor, "article.read");
  const { from, to } = revisionDiffQuerySchema.parse(raw);
  const article = await db.article.findFirst({ where: { id: articleId, deletedAt: null }, select: { id: true } });
  if (!article) throw notFound("The article");
  const rows = await db.articleRevision.findMany({ where: { articleId, number: { in: [from, to] } }, select: { number: true, text: true } });
  const older = rows.find((r) => r.number === from);
  const newer = rows.find((r) => r.number === to);
  if (!older) throw notFound(`Revision ${from} of this article`);
  if (!newer) throw notFound(`Revision ${to} of this article`);
  const parts = wordDiff(older.text, newer.text);
  return { from, to, parts, ...diffStats(parts) };
}
