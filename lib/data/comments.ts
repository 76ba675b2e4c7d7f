import type { Tx } from "@/lib/data/client";
import type { PersonRef } from "@/lib/contracts/common";
import { live, liveClaim, liveComment } from "./live";
import { fastDb, sqliteDateTime, statement } from "./sqlite/write-connection";
import { cuid } from "./sqlite/cuid";

/**
 * The comments store: discussion threads on claims (one level deep: a reply points at the
 * thread's first comment, which holds the resolved state) and the @mentions in them.
 */

type Client = Pick<Tx, "comment" | "mention" | "claim">;

export type { PersonRef };

/** A comment row with its author, resolver and mentioned people (deleted ones keep their text here). */
export interface CommentRecord {
  id: string;
  claimId: string;
  parentId: string | null;
  body: string;
  createdAt: string;
  editedAt: string | null;
  deletedAt: string | null;
  resolvedAt: string | null;
  author: PersonRef;
  resolvedBy: PersonRef | null;
  mentions: PersonRef[];
}

const RECORD = {
  id: true,
  claimId: true,
  parentId: true,
  body: true,
  createdAt: true,
  editedAt: true,
  deletedAt: true,
  resolvedAt: true,
  author: { select: { id: true, name: true } },
  resolvedBy: { select: { id: true, name: true } },
  mentions: { select: { user: { select: { id: true, name: true } } } },
} as const;

type RecordRow = {
  id: string;
  claimId: string;
  parentId: string | null;
  body: string;
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  resolvedAt: Date | null;
  author: PersonRef;
  resolvedBy: PersonRef | null;
  mentions: { user: PersonRef }[];
};

const iso = (d: Date | null) => d?.toISOString() ?? null;
const toRecord = (c: RecordRow): CommentRecord => ({
  id: c.id,
  claimId: c.claimId,
  parentId: c.parentId,
  body: c.body,
  createdAt: c.createdAt.toISOString(),
  editedAt: iso(c.editedAt),
  deletedAt: iso(c.deletedAt),
  resolvedAt: iso(c.resolvedAt),
  author: c.author,
  resolvedBy: c.resolvedBy,
  mentions: c.mentions.map((m) => m.user),
});

// ---------------------------------------------------------------------------------------
// Comments

/** The live claim a new comment attaches to (neither it nor its article deleted). */
export function findCommentableClaim(client: Client, claimId: string): Promise<{ id: string; articleId: string } | null> {
  const fast = fastDb(client);
  if (fast) {
    const row = statement(fast, `SELECT c."id", c."articleId" FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId" WHERE c."id" = ? AND c."deletedAt" IS NULL AND a."deletedAt" IS NULL`).get(claimId);
    return Promise.resolve((row as { id: string; articleId: string } | undefined) ?? null);
  }
  return client.claim.findFirst({ where: { id: claimId, ...liveClaim }, select: { id: true, articleId: true } });
}

/** Whether the claim exists at all (deleted claims too: their discussion stays readable). */
export async function claimExists(client: Client, claimId: string): Promise<boolean> {
  return (await client.claim.findUnique({ where: { id: claimId }, select: { id: true } })) !== null;
}

/** Where a comment sits, deleted or not: its claim and thread. */
export function findCommentPlace(client: Client, id: string): Promise<{ id: string; claimId: string; parentId: string | null } | null> {
  const fast = fastDb(client);
  if (fast) {
    const row = statement(fast, `SELECT "id", "claimId", "parentId" FROM "Comment" WHERE "id" = ?`).get(id);
    return Promise.resolve((row as { id: string; claimId: string; parentId: string | null } | undefined) ?? null);
  }
  return client.comment.findUnique({ where: { id }, select: { id: true, claimId: true, parentId: true } });
}

/** Adds a comment and its mentions (one per person given). */
export async function insertComment(
  tx: Client,
  data: { claimId: string; parentId: string | null; authorId: string; body: string; mentionUserIds: readonly string[] },
): Promise<CommentRecord> {
  const fast = fastDb(tx);
  if (fast) return insertCommentSql(fast, data);
  const row = await tx.comment.create({
    data: { claimId: data.claimId, parentId: data.parentId, authorId: data.authorId, body: data.body, mentions: { create: data.mentionUserIds.map((userId) => ({ userId })) } },
    select: RECORD,
  });
  return toRecord(row);
}

/** Who wrote the live comments of a thread (the first comment and its replies), once per comment. */
export async function listThreadAuthorIds(client: Client, rootId: string): Promise<string[]> {
  const fast = fastDb(client);
  if (fast) {
    const rows = statement(fast, `SELECT "authorId" FROM "Comment" WHERE ("id" = ? OR "parentId" = ?) AND "deletedAt" IS NULL`).all(rootId, rootId) as { authorId: string }[];
    return rows.map((r) => r.authorId);
  }
  const rows = await client.comment.findMany({ where: { OR: [{ id: rootId }, { parentId: rootId }], ...live }, select: { authorId: true } });
  return rows.map((r) => r.authorId);
}

/** A live comment with what editing or deleting it needs: its author, article and mentions' read state. */
export interface CommentForChange extends CommentRecord {
  authorId: string;
  articleId: string;
  mentionStates: { userId: string; readAt: string | null }[];
}

export async function findLiveCommentForChange(client: Client, id: string): Promise<CommentForChange | null> {
  const row = await client.comment.findFirst({
    where: { id, ...live },
    select: { ...RECORD, authorId: true, claim: { select: { articleId: true } }, mentions: { select: { userId: true, readAt: true, user: { select: { id: true, name: true } } } } },
  });
  if (!row) return null;
  const { authorId, claim, mentions, ...rest } = row;
  return {
    ...toRecord({ ...rest, mentions }),
    authorId,
    articleId: claim.articleId,
    mentionStates: mentions.map((m) => ({ userId: m.userId, readAt: iso(m.readAt) })),
  };
}

/** Rewrites a comment's text, marking it edited, and adds mentions of the people given. */
export async function updateCommentBody(tx: Client, id: string, body: string, addMentionUserIds: readonly string[], at = new Date()): Promise<CommentRecord> {
  const row = await tx.comment.update({
    where: { id },
    data: { body, editedAt: at, mentions: { create: addMentionUserIds.map((userId) => ({ userId })) } },
    select: RECORD,
  });
  return toRecord(row);
}

/** Withdraws mentions of a comment: of the people given, or all of them. */
export async function deleteMentions(tx: Client, commentId: string, userIds?: readonly string[]): Promise<void> {
  await tx.mention.deleteMany({ where: { commentId, ...(userIds ? { userId: { in: [...userIds] } } : {}) } });
}

/** Soft-deletes a comment (the row keeps its place in the thread) and withdraws its mentions. */
export async function softDeleteComment(tx: Client, id: string, at: Date): Promise<void> {
  await tx.comment.update({ where: { id }, data: { deletedAt: at } });
  await deleteMentions(tx, id);
}

/** A thread's first comment, which carries the resolved state. */
export interface ThreadRoot {
  id: string;
  claimId: string;
  articleId: string;
  resolvedAt: string | null;
  resolvedBy: PersonRef | null;
}

export async function findThreadRoot(client: Client, rootId: string): Promise<ThreadRoot | null> {
  const row = await client.comment.findUnique({
    where: { id: rootId },
    select: { id: true, claimId: true, resolvedAt: true, resolvedBy: { select: { id: true, name: true } }, claim: { select: { articleId: true } } },
  });
  return row ? { id: row.id, claimId: row.claimId, articleId: row.claim.articleId, resolvedAt: iso(row.resolvedAt), resolvedBy: row.resolvedBy } : null;
}

/** Resolves a thread (by someone, at a time) or reopens it (null, null). */
export async function setThreadResolved(tx: Client, rootId: string, resolvedAt: Date | null, resolvedById: string | null): Promise<void> {
  await tx.comment.update({ where: { id: rootId }, data: { resolvedAt, resolvedById } });
}

/** A claim's comments, deleted ones included, oldest first. */
export async function listCommentsOfClaim(client: Client, claimId: string): Promise<CommentRecord[]> {
  const rows = await client.comment.findMany({ where: { claimId }, select: RECORD, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return rows.map(toRecord);
}

// ---------------------------------------------------------------------------------------
// Mentions

/** A mention of someone, with the comment, claim and article it points at. */
export interface MentionRecord {
  id: string;
  readAt: string | null;
  createdAt: string;
  comment: { id: string; body: string; author: PersonRef };
  claim: { id: string; exact: string };
  article: { id: string; title: string };
}

const MENTION = {
  id: true,
  readAt: true,
  createdAt: true,
  comment: {
    select: {
      id: true,
      body: true,
      author: { select: { id: true, name: true } },
      claim: { select: { id: true, exact: true, article: { select: { id: true, title: true } } } },
    },
  },
} as const;

/**
 * One person's mentions, newest first, read or unread, at most `take`. Mentions in deleted
 * comments, or on deleted claims or articles, are left out.
 */
export async function listMentionsOf(client: Client, userId: string, read: boolean, take: number): Promise<MentionRecord[]> {
  const rows = await client.mention.findMany({
    where: { userId, comment: liveComment, readAt: read ? { not: null } : null },
    select: MENTION,
    orderBy: { createdAt: "desc" },
    take,
  });
  return rows.map((m) => {
    const { claim, ...comment } = m.comment;
    return {
      id: m.id,
      readAt: iso(m.readAt),
      createdAt: m.createdAt.toISOString(),
      comment,
      claim: { id: claim.id, exact: claim.exact },
      article: claim.article,
    };
  });
}

/** The mention, if it is this person's (someone else's reads as absent). */
export async function findOwnMention(client: Client, id: string, userId: string): Promise<{ id: string; readAt: string | null; commentId: string } | null> {
  const row = await client.mention.findFirst({ where: { id, userId }, select: { id: true, readAt: true, commentId: true } });
  return row ? { ...row, readAt: iso(row.readAt) } : null;
}

export async function markMentionReadRow(tx: Client, id: string, at: Date): Promise<void> {
  await tx.mention.update({ where: { id }, data: { readAt: at } });
}

// ---------------------------------------------------------------------------------------
// Adding a comment on prepared statements (issue 16, item 7: inside hotWriteTransaction on
// SQLite; tests/integration/claims/hot-writes.test.ts keeps it equal to the ORM path)

type SqliteDb = NonNullable<ReturnType<typeof fastDb>>;

function insertCommentSql(db: SqliteDb, data: { claimId: string; parentId: string | null; authorId: string; body: string; mentionUserIds: readonly string[] }): CommentRecord {
  const now = sqliteDateTime(new Date());
  const id = cuid();
  statement(db, `INSERT INTO "Comment" ("id", "claimId", "parentId", "authorId", "body", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?)`).run(
    id, data.claimId, data.parentId, data.authorId, data.body, now, now,
  );
  const mention = statement(db, `INSERT INTO "Mention" ("id", "commentId", "userId", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?)`);
  for (const userId of data.mentionUserIds) mention.run(cuid(), id, userId, now, now);
  const name = statement(db, `SELECT "id", "name" FROM "User" WHERE "id" = ?`);
  // The mentions in the order the ORM's relation read gives them (the same statement shape).
  const mentions = (statement(db, `SELECT "userId" FROM "Mention" WHERE "commentId" = ?`).all(id) as { userId: string }[]).map((m) => name.get(m.userId) as PersonRef);
  return {
    id,
    claimId: data.claimId,
    parentId: data.parentId,
    body: data.body,
    createdAt: new Date(now).toISOString(),
    editedAt: null,
    deletedAt: null,
    resolvedAt: null,
    author: name.get(data.authorId) as PersonRef,
    resolvedBy: null,
    mentions,
  };
}
