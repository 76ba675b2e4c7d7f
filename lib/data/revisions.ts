import type { Db, Tx } from "./client";
import type { Actor } from "@/lib/domain/actor";
import { toRevisionSummary, type RevisionSummaryView } from "@/lib/revisions";

type Client = Tx | Db;

/** An article's revisions (issue 16): the saved texts and what re-anchoring did at each. */

const createdBy = { select: { id: true, name: true } } as const;

export async function insertRevision(
  tx: Tx,
  actor: Pick<Actor, "id">,
  revision: { articleId: string; number: number; doc: string; text: string; note: string | null; reanchor: unknown },
): Promise<RevisionSummaryView> {
  const row = await tx.articleRevision.create({
    data: { ...revision, reanchor: JSON.stringify(revision.reanchor), createdById: actor.id },
    include: { createdBy },
  });
  return toRevisionSummary(row);
}

/** Newest first. */
export async function listRevisions(client: Client, articleId: string): Promise<RevisionSummaryView[]> {
  const rows = await client.articleRevision.findMany({
    where: { articleId },
    orderBy: { number: "desc" },
    select: { number: true, note: true, reanchor: true, createdAt: true, createdBy },
  });
  return rows.map(toRevisionSummary);
}

export async function findRevision(client: Client, articleId: string, number: number): Promise<(RevisionSummaryView & { doc: unknown; text: string }) | null> {
  const row = await client.articleRevision.findUnique({ where: { articleId_number: { articleId, number } }, include: { createdBy } });
  return row ? { ...toRevisionSummary(row), doc: JSON.parse(row.doc) as unknown, text: row.text } : null;
}

/** The texts of some revisions of an article, by number (missing numbers are left out). */
export async function revisionTexts(client: Client, articleId: string, numbers: number[]): Promise<Map<number, string>> {
  const rows = await client.articleRevision.findMany({ where: { articleId, number: { in: numbers } }, select: { number: true, text: true } });
  return new Map(rows.map((r) => [r.number, r.text]));
}
