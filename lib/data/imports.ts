import type { Db, Tx } from "./client";
import type { Actor } from "@/lib/domain/actor";
import type { Anchor } from "@/lib/anchoring";
import type { AnchorStatus } from "@/lib/domain/enums";

type Client = Tx | Db;

/** The writes of a factdesk/1 import (issue 16), in the caller's transaction. */

/** Accounts named in a file, by email. */
export async function usersByEmail(client: Client, emails: readonly string[]): Promise<Array<{ id: string; email: string; role: string; active: boolean }>> {
  return client.user.findMany({ where: { email: { in: [...emails] } }, select: { id: true, email: true, role: true, active: true } });
}

/** Source ids of these (normalised) URLs, for those that exist. */
export async function sourceIdsByUrl(tx: Tx, urls: readonly string[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (let i = 0; i < urls.length; i += 500) {
    for (const row of await tx.source.findMany({ where: { url: { in: urls.slice(i, i + 500) } }, select: { id: true, url: true } })) ids.set(row.url, row.id);
  }
  return ids;
}

export async function insertSources(
  tx: Tx,
  actor: Pick<Actor, "id">,
  sources: ReadonlyArray<{ url: string; title: string; publisher: string | null; accessedAt: Date | null; archiveUrl: string | null }>,
): Promise<void> {
  if (sources.length === 0) return;
  await tx.source.createMany({ data: sources.map((s) => ({ ...s, createdById: actor.id })) });
}

export interface ImportedClaimRow extends Anchor {
  articleId: string;
  anchorStatus: AnchorStatus;
  previousExact?: string | null;
  claimant: string | null;
  normalized: string | null;
  verdict: string;
  rationale: string;
  reviewState: string;
  assigneeId: string | null;
  verdictSetById: string | null;
  approvedById: string | null;
  approvedAt: Date | null;
  importedHistory: string | null;
  createdById: string;
  updatedById: string;
  createdAt: Date;
}

export async function insertImportedClaim(tx: Tx, row: ImportedClaimRow): Promise<string> {
  return (await tx.claim.create({ data: row, select: { id: true } })).id;
}

export async function insertImportedLinks(
  tx: Tx,
  links: ReadonlyArray<{ claimId: string; sourceId: string; stance: string; excerpt: string | null; createdById: string; createdAt: Date }>,
): Promise<void> {
  if (links.length > 0) await tx.claimSource.createMany({ data: [...links] });
}

export async function insertImportedComment(
  tx: Tx,
  row: { claimId: string; parentId: string | null; authorId: string; body: string; createdAt: Date; editedAt: Date | null; resolvedAt: Date | null },
): Promise<string> {
  return (await tx.comment.create({ data: row, select: { id: true } })).id;
}

/** Removes the sources an import created that no claim cites (after a failed import). */
export async function deleteUnusedSources(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await tx.source.deleteMany({ where: { id: { in: [...ids] }, claims: { none: {} } } });
}
