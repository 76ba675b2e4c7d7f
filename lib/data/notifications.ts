import type { Tx } from "@/lib/data/client";
import { fastDb, sqliteDateTime, statement } from "./sqlite/write-connection";
import { cuid } from "./sqlite/cuid";
import { parseMutedKinds, recipients, type NotificationDraft, type NotificationKind } from "@/lib/domain/notifications";

/** The notifications store: one person's inbox rows and their per-kind settings. */

export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  summary: string;
  detail: string | null;
  articleId: string | null;
  claimId: string | null;
  commentId: string | null;
  actorId: string | null;
  readAt: string | null;
  createdAt: string;
}

type Client = Pick<Tx, "notification" | "notificationSetting">;

/**
 * Writes the inbox rows a change causes, in the caller's transaction (so they exist exactly
 * when the change and its Event do), skipping the actor and kinds a recipient turned off.
 * One item per person per change, unless the change is many (a bulk assignment: one per claim).
 */
export async function insertNotifications(tx: Client, actorId: string, eventId: number, drafts: readonly NotificationDraft[], onePerPerson = true): Promise<number> {
  if (drafts.length === 0) return 0;
  const userIds = [...new Set(drafts.map((d) => d.userId))];
  const fast = fastDb(tx);
  const settings = fast
    ? (statement(fast, `SELECT "userId", "muted" FROM "NotificationSetting" WHERE "userId" IN (${userIds.map(() => "?").join(", ")})`).all(...userIds) as { userId: string; muted: string }[])
    : await tx.notificationSetting.findMany({ where: { userId: { in: userIds } }, select: { userId: true, muted: true } });
  const muted = new Map(settings.map((s) => [s.userId, parseMutedKinds(s.muted)]));
  const rows = recipients(drafts, actorId, muted, onePerPerson);
  if (rows.length === 0) return 0;
  if (fast) {
    // The hot writes on prepared statements (issue 16, item 7); ids and times as Prisma makes them.
    const now = sqliteDateTime(new Date());
    const insert = statement(
      fast,
      `INSERT INTO "Notification" ("id", "userId", "kind", "eventId", "actorId", "articleId", "claimId", "commentId", "summary", "detail", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const d of rows) insert.run(cuid(), d.userId, d.kind, eventId, actorId, d.articleId ?? null, d.claimId ?? null, d.commentId ?? null, d.summary, d.detail ?? null, now);
    return rows.length;
  }
  await tx.notification.createMany({
    data: rows.map((d) => ({
      userId: d.userId,
      kind: d.kind,
      eventId,
      actorId,
      articleId: d.articleId ?? null,
      claimId: d.claimId ?? null,
      commentId: d.commentId ?? null,
      summary: d.summary,
      detail: d.detail ?? null,
    })),
  });
  return rows.length;
}

export async function listNotificationRows(client: Client, userId: string, limit: number): Promise<NotificationRow[]> {
  const rows = await client.notification.findMany({ where: { userId }, orderBy: [{ createdAt: "desc" }, { eventId: "desc" }], take: limit });
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as NotificationKind,
    summary: r.summary,
    detail: r.detail,
    articleId: r.articleId,
    claimId: r.claimId,
    commentId: r.commentId,
    actorId: r.actorId,
    readAt: r.readAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
  }));
}

export function countUnread(client: Client, userId: string): Promise<number> {
  return client.notification.count({ where: { userId, readAt: null } });
}

/** Marks the given rows (or, with null, every row) of this person read; returns how many changed. */
export async function markRead(client: Client, userId: string, ids: readonly string[] | null): Promise<number> {
  const where = ids ? { userId, readAt: null, id: { in: [...ids] } } : { userId, readAt: null };
  const result = await client.notification.updateMany({ where, data: { readAt: new Date() } });
  return result.count;
}

export async function readMutedKinds(client: Client, userId: string): Promise<NotificationKind[]> {
  const row = await client.notificationSetting.findUnique({ where: { userId }, select: { muted: true } });
  return parseMutedKinds(row?.muted);
}

export async function writeMutedKinds(client: Client, userId: string, kinds: readonly NotificationKind[]): Promise<void> {
  const muted = [...new Set(kinds)].join(",");
  await client.notificationSetting.upsert({ where: { userId }, create: { userId, muted }, update: { muted } });
}
