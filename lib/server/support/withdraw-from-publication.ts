import type { Actor } from "@/lib/domain/actor";
import { findPublicationByArticle, pausePublicationRow, replacePublicationSnapshot, type PublicationRow } from "@/lib/data/publications";
import type { Tx } from "@/lib/data/transaction";
import { buildSnapshot, correctionChanges } from "@/lib/publish/snapshot";
import { appendEvent } from "@/lib/data/events";
import { readPublicationContext } from "./publication-context";

/**
 * Claims whose approval was withdrawn (their words changed in a revision) leave the public
 * page in the same transaction, as a dated correction with `note`, instead of staying public
 * on words no reviewer approved until someone republishes. Nothing else in the snapshot moves
 * (new approvals still wait for a reviewer's republish); with no claim left the page is paused.
 */
export async function withdrawFromPublication(tx: Tx, actor: Actor, articleId: string, claimIds: string[], note: string): Promise<void> {
  if (claimIds.length === 0) return;
  const previous = await findPublicationByArticle(tx, articleId);
  if (!previous || previous.status !== "published") return;
  const withdrawn = new Set(claimIds);
  const kept = previous.snapshot.claims.filter((c) => !withdrawn.has(c.claimId));
  if (kept.length === previous.snapshot.claims.length) return;
  const now = new Date();
  const before = { status: previous.status, version: previous.version, claims: previous.snapshot.claims.length };

  if (kept.length === 0) {
    await pausePublishedPage(tx, actor, previous, note, now);
    return;
  }

  const s = previous.snapshot;
  // The rest of the snapshot stays as published: same organisation and address.
  const ctx = { ...(await readPublicationContext(tx, s.slug, now)), baseUrl: s.baseUrl, organisation: s.organisation };
  const changes = correctionChanges(s.claims, kept);
  const snapshot = buildSnapshot(
    { title: s.title, publisher: s.publisher, byline: s.byline, url: s.articleUrl, publishedAt: s.articlePublishedAt },
    kept,
    ctx,
    s,
    { note, changes },
  );
  const row = await replacePublicationSnapshot(tx, previous.id, snapshot, now);
  await appendEvent(tx, actor, {
    type: "publication.republished",
    targetType: "article",
    targetId: articleId,
    articleId,
    before,
    after: { slug: row.slug, version: row.version, status: row.status, claims: kept.length, corrected: true },
    note,
  });
}

/**
 * Takes a live page down (410 Gone with `note`) and records `publication.paused`: the one way
 * a page is paused, whether a reviewer pauses it or its last claim's approval is withdrawn.
 */
export async function pausePublishedPage(tx: Tx, actor: Pick<Actor, "id">, current: PublicationRow, note: string, now: Date): Promise<PublicationRow> {
  const row = await pausePublicationRow(tx, current.id, note, now);
  await appendEvent(tx, actor, {
    type: "publication.paused",
    targetType: "article",
    targetId: current.articleId,
    articleId: current.articleId,
    before: { status: "published", version: current.version },
    after: { slug: row.slug, status: "paused", version: row.version },
    note,
  });
  return row;
}
