import type { Tx } from "@/lib/data/client";
import { readAll } from "@/lib/data/sqlite/read-connection";
import { db } from "./client";
import { isPostgres } from "./database-url";
import type { PublishedFactCheck } from "@/lib/publish/snapshot";

type Client = Pick<Tx, "publication">;

export type PublicationStatus = "published" | "paused";

export interface PublicationRow {
  id: string;
  articleId: string;
  slug: string;
  status: PublicationStatus;
  version: number;
  snapshot: PublishedFactCheck;
  pauseNote: string | null;
  firstPublishedAt: Date;
  publishedAt: Date;
  pausedAt: Date | null;
}

function toRow(r: { id: string; articleId: string; slug: string; status: string; version: number; snapshot: string; pauseNote: string | null; firstPublishedAt: Date; publishedAt: Date; pausedAt: Date | null }): PublicationRow {
  return { ...r, status: r.status === "paused" ? "paused" : "published", snapshot: JSON.parse(r.snapshot) as PublishedFactCheck };
}

export async function findPublicationByArticle(client: Client, articleId: string): Promise<PublicationRow | null> {
  const r = await client.publication.findUnique({ where: { articleId } });
  return r ? toRow(r) : null;
}

export async function findPublicationBySlug(client: Client, slug: string): Promise<PublicationRow | null> {
  const r = await client.publication.findUnique({ where: { slug } });
  return r ? toRow(r) : null;
}

export async function slugTaken(client: Client, slug: string): Promise<boolean> {
  return (await client.publication.count({ where: { slug } })) > 0;
}

export async function insertPublication(client: Client, data: { articleId: string; slug: string; snapshot: PublishedFactCheck; at: Date }): Promise<PublicationRow> {
  const r = await client.publication.create({
    data: { articleId: data.articleId, slug: data.slug, snapshot: JSON.stringify(data.snapshot), firstPublishedAt: data.at, publishedAt: data.at, version: data.snapshot.version },
  });
  return toRow(r);
}

export async function replacePublicationSnapshot(client: Client, id: string, snapshot: PublishedFactCheck, at: Date): Promise<PublicationRow> {
  const r = await client.publication.update({
    where: { id },
    data: { snapshot: JSON.stringify(snapshot), version: snapshot.version, status: "published", pauseNote: null, pausedAt: null, publishedAt: at },
  });
  return toRow(r);
}

export async function pausePublicationRow(client: Client, id: string, note: string, at: Date): Promise<PublicationRow> {
  const r = await client.publication.update({ where: { id }, data: { status: "paused", pauseNote: note, pausedAt: at } });
  return toRow(r);
}

/** Live pages, newest first, for the feed and the sitemap. */
export async function listLivePublications(client: Client, limit: number): Promise<PublicationRow[]> {
  const rows = await client.publication.findMany({ where: { status: "published", article: { deletedAt: null } }, orderBy: { publishedAt: "desc" }, take: limit });
  return rows.map(toRow);
}

/** The hot public lookup: status and version only (prepared statement, read-only connection). */
export interface PublicPageHead {
  id: string;
  status: PublicationStatus;
  version: number;
  updatedAt: string | number;
  pauseNote: string | null;
}

const HEAD = { id: true, status: true, version: true, updatedAt: true, pauseNote: true } as const;

/** PostgreSQL (issue 12): the same lookups through the pool (there is no read-only side connection). */
async function publicPagePostgres(slug: string, withSnapshot: boolean) {
  const row = await db.publication.findFirst({ where: { slug, article: { deletedAt: null } }, select: { ...HEAD, snapshot: withSnapshot } });
  return row ? { ...row, status: row.status as PublicationStatus, updatedAt: row.updatedAt.toISOString() } : null;
}

export async function readPublicPageHead(slug: string): Promise<PublicPageHead | null> {
  if (isPostgres()) {
    const row = await publicPagePostgres(slug, false);
    return row ? { id: row.id, status: row.status, version: row.version, updatedAt: row.updatedAt, pauseNote: row.pauseNote } : null;
  }
  const rows = readAll<PublicPageHead>(
    `SELECT p.id, p.status, p.version, p.updatedAt, p.pauseNote FROM Publication p JOIN Article a ON a.id = p.articleId WHERE p.slug = ? AND a.deletedAt IS NULL`,
    slug,
  );
  return rows[0] ?? null;
}

/**
 * The head and the snapshot of a public page in one statement, so the version key and the
 * snapshot always belong to the same committed row (a republish between two reads cannot
 * pair an old key with a new snapshot).
 */
export async function readPublicPage(slug: string): Promise<(PublicPageHead & { snapshot: PublishedFactCheck }) | null> {
  if (isPostgres()) {
    const row = await publicPagePostgres(slug, true);
    return row ? { ...row, snapshot: JSON.parse(row.snapshot as string) as PublishedFactCheck } : null;
  }
  const rows = readAll<PublicPageHead & { snapshot: string }>(
    `SELECT p.id, p.status, p.version, p.updatedAt, p.pauseNote, p.snapshot FROM Publication p JOIN Article a ON a.id = p.articleId WHERE p.slug = ? AND a.deletedAt IS NULL`,
    slug,
  );
  const row = rows[0];
  return row ? { ...row, snapshot: JSON.parse(row.snapshot) as PublishedFactCheck } : null;
}

export async function readPublicSnapshot(id: string): Promise<PublishedFactCheck | null> {
  if (isPostgres()) {
    const row = await db.publication.findUnique({ where: { id }, select: { snapshot: true } });
    return row ? (JSON.parse(row.snapshot) as PublishedFactCheck) : null;
  }
  const rows = readAll<{ snapshot: string }>(`SELECT snapshot FROM Publication WHERE id = ?`, id);
  return rows[0] ? (JSON.parse(rows[0].snapshot) as PublishedFactCheck) : null;
}
