import type { Db, Tx } from "./client";
import type { Actor } from "@/lib/domain/actor";
import type { ArticleView } from "@/lib/contracts/articles";
import { readAll, readSnapshot } from "./sqlite/read-connection";
import { fastDb, sqlDate, statement } from "./sqlite/write-connection";
import { listArticleClaimsOrm, readArticleClaims, type ClaimView } from "./claims";
import { isPostgres } from "./database-url";
import { readTransaction } from "./transaction";

type Client = Tx | Db;

/** The articles aggregate (issue 16): article reads and writes of the use cases, as plain DTOs. */

/** Declared once, in lib/contracts/articles.ts (the API's response types); mapped here. */
export type { ArticleView };

interface ArticleRecord {
  id: string;
  title: string;
  publisher: string | null;
  byline: string | null;
  url: string | null;
  publishedAt: Date | null;
  doc: string;
  text: string;
  version: number;
  revisionNumber: number;
  createdBy: { id: string; name: string };
  createdAt: Date;
  updatedAt: Date;
}

/** The one mapping from a stored article to its view. */
export function toArticleView(a: ArticleRecord): ArticleView {
  return {
    id: a.id,
    title: a.title,
    publisher: a.publisher,
    byline: a.byline,
    url: a.url,
    publishedAt: a.publishedAt?.toISOString().slice(0, 10) ?? null,
    doc: JSON.parse(a.doc) as unknown,
    text: a.text,
    version: a.version,
    revisionNumber: a.revisionNumber,
    createdBy: a.createdBy,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}

const createdBy = { select: { id: true, name: true } } as const;

/** A live article's view through the ORM (the reference for the fast path). */
export async function findArticleView(client: Client, articleId: string): Promise<ArticleView | null> {
  const row = await client.article.findFirst({ where: { id: articleId, deletedAt: null }, include: { createdBy } });
  return row ? toArticleView(row) : null;
}

/** A live article's text (what a new claim is anchored on). */
export async function findArticleText(client: Client, articleId: string): Promise<{ id: string; text: string } | null> {
  const fast = fastDb(client); // a hot write on SQLite (lib/data/transaction.ts)
  if (fast) return (statement(fast, `SELECT "id", "text" FROM "Article" WHERE "id" = ? AND "deletedAt" IS NULL`).get(articleId) as { id: string; text: string } | undefined) ?? null;
  return client.article.findFirst({ where: { id: articleId, deletedAt: null }, select: { id: true, text: true } });
}

/** The text of a claim's article, live or not (a claim's span is resolved on it). */
export async function articleTextOf(client: Client, articleId: string): Promise<string> {
  const fast = fastDb(client); // a hot write on SQLite (lib/data/transaction.ts)
  if (fast) {
    const row = statement(fast, `SELECT "text" FROM "Article" WHERE "id" = ?`).get(articleId) as { text: string } | undefined;
    if (!row) throw new Error(`Article ${articleId} not found.`);
    return row.text;
  }
  return (await client.article.findUniqueOrThrow({ where: { id: articleId }, select: { text: true } })).text;
}

export interface ArticleHeader {
  id: string;
  title: string;
  publisher: string | null;
  publishedAt: Date | null;
  version: number;
  revisionNumber: number;
}

/** A live article's title and counters (null when missing or deleted). */
export async function findArticleHeader(client: Client, articleId: string): Promise<ArticleHeader | null> {
  return client.article.findFirst({
    where: { id: articleId, deletedAt: null },
    select: { id: true, title: true, publisher: true, publishedAt: true, version: true, revisionNumber: true },
  });
}

export async function articleExists(client: Client, articleId: string): Promise<boolean> {
  return (await client.article.count({ where: { id: articleId, deletedAt: null } })) > 0;
}

/** A live article's columns as stored (the export and revisions read them). */
export async function findArticleRecord(client: Client, articleId: string) {
  return client.article.findFirst({ where: { id: articleId, deletedAt: null } });
}

export interface NewArticle {
  title: string;
  publisher: string | null;
  byline: string | null;
  url: string | null;
  fetchedAt?: Date | null;
  publishedAt: Date | null;
  doc: string;
  text: string;
}

/**
 * A new article with its first revision. `hidden` keeps it out of every list until
 * `revealArticle` (an import writes it in several transactions).
 */
export async function insertArticle(tx: Tx, actor: Pick<Actor, "id">, article: NewArticle, firstRevisionNote: string, opts: { hidden?: boolean } = {}) {
  return tx.article.create({
    data: {
      ...article,
      createdById: actor.id,
      ...(opts.hidden ? { deletedAt: new Date() } : {}),
      revisions: { create: { number: 1, doc: article.doc, text: article.text, note: firstRevisionNote, createdById: actor.id } },
    },
    select: { id: true, version: true, title: true },
  });
}

export async function revealArticle(tx: Tx, articleId: string): Promise<void> {
  await tx.article.update({ where: { id: articleId }, data: { deletedAt: null } });
}

/** Removes an article and everything under it (claims, links, comments, revisions). */
export async function purgeArticle(tx: Tx, articleId: string): Promise<void> {
  await tx.article.deleteMany({ where: { id: articleId } });
}

/** Saves a new text as the article's current one, if it is still at `version`. */
export async function updateArticleText(tx: Tx, articleId: string, version: number, next: { doc: string; text: string; revisionNumber: number }): Promise<ArticleView> {
  const row = await tx.article.update({
    where: { id: articleId, version },
    data: { doc: next.doc, text: next.text, version: { increment: 1 }, revisionNumber: next.revisionNumber },
    include: { createdBy },
  });
  return toArticleView(row);
}

// ---------------------------------------------------------------------------------------
// The fast path: an article and its claims on the read-only connection, one snapshot

interface ArticleRowSql {
  id: string;
  title: string;
  publisher: string | null;
  byline: string | null;
  url: string | null;
  publishedAt: string | null;
  doc: string;
  text: string;
  version: number;
  revisionNumber: number;
  createdById: string;
  createdByName: string;
  createdAt: string;
  updatedAt: string;
}

const ARTICLE_SQL = `
SELECT a.id, a.title, a.publisher, a.byline, a.url, a.publishedAt, a.doc, a.text, a.version, a.revisionNumber,
       a.createdById, u.name AS createdByName, a.createdAt, a.updatedAt
  FROM Article a JOIN User u ON u.id = a.createdById
 WHERE a.id = ? AND a.deletedAt IS NULL`;

/**
 * An article and its live claims from one snapshot (a read transaction on the read-only
 * connection): a revision committed between two separate reads could otherwise pair the old
 * text with re-anchored offsets. Null when the article does not exist or was deleted.
 * Equal to `findArticleView` + `listArticleClaimsOrm` (tests/integration/claims/claim-paths.test.ts).
 */
export async function readArticleWithClaims(articleId: string): Promise<{ article: ArticleView; claims: ClaimView[] } | null> {
  // PostgreSQL (issue 12): the ORM reads in one REPEATABLE READ transaction, the same snapshot guarantee.
  if (isPostgres()) {
    return readTransaction(async (tx) => {
      const article = await findArticleView(tx, articleId);
      return article ? { article, claims: await listArticleClaimsOrm(tx, articleId) } : null;
    });
  }
  return readSnapshot(() => {
    const [a] = readAll<ArticleRowSql>(ARTICLE_SQL, articleId);
    if (!a) return null;
    const article = toArticleView({
      ...a,
      publishedAt: a.publishedAt ? sqlDate(a.publishedAt) : null,
      createdBy: { id: a.createdById, name: a.createdByName },
      createdAt: sqlDate(a.createdAt),
      updatedAt: sqlDate(a.updatedAt),
    });
    return { article, claims: readArticleClaims(articleId) };
  });
}
