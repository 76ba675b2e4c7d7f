import type { Actor } from "@/lib/domain/actor";
import { notFound } from "@/lib/domain/errors";
import { diffStats, wordDiff, type DiffPart } from "@/lib/revisions";
import { revisionDiffQuerySchema, type RevisionDiffQuery } from "@/lib/validation/revision";
import { parseInput } from "@/lib/validation/parse-once";
import { articleExists } from "@/lib/data/articles";
import { withDb } from "@/lib/data/handle";
import { revisionTexts } from "@/lib/data/revisions";
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
  const { from, to } = parseInput(revisionDiffQuerySchema, raw);
  if (!(await withDb((db) => articleExists(db, articleId)))) throw notFound("The article");
  const texts = await withDb((db) => revisionTexts(db, articleId, [from, to]));
  const older = texts.get(from);
  const newer = texts.get(to);
  if (older === undefined) throw notFound(`Revision ${from} of this article`);
  if (newer === undefined) throw notFound(`Revision ${to} of this article`);
  const parts = wordDiff(older, newer);
  return { from, to, parts, ...diffStats(parts) };
}
