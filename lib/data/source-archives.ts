import type { Tx } from "@/lib/data/client";
import type { ArchiveSummary } from "@/lib/contracts/web";

type Client = Pick<Tx, "sourceArchive" | "source">;

/** An archived copy without its bytes: what lists and the claim panel show (declared once, in lib/contracts/web.ts). */
export type { ArchiveSummary };

export interface ArchiveWithText extends ArchiveSummary {
  text: string;
  sourceUrl: string;
  sourceTitle: string;
}

const SUMMARY = {
  id: true, sourceId: true, requestedUrl: true, finalUrl: true, httpStatus: true, contentType: true, sha256: true, byteSize: true, title: true, fetchedAt: true, createdById: true,
} as const;

type SummaryRow = Omit<ArchiveSummary, "fetchedAt"> & { fetchedAt: Date };
const toSummary = (r: SummaryRow): ArchiveSummary => ({ ...r, fetchedAt: r.fetchedAt.toISOString() });

export interface NewArchive {
  sourceId: string;
  requestedUrl: string;
  finalUrl: string;
  httpStatus: number;
  contentType: string;
  sha256: string;
  body: Buffer;
  text: string;
  title: string | null;
  fetchedAt: Date;
  createdById: string;
}

/** Adds a copy (earlier ones stay) and points the source at it as its newest. */
export async function insertArchive(client: Client, data: NewArchive): Promise<ArchiveSummary> {
  const row = await client.sourceArchive.create({ data: { ...data, body: new Uint8Array(data.body), byteSize: data.body.length }, select: SUMMARY });
  await client.source.update({ where: { id: data.sourceId }, data: { lastArchiveId: row.id, lastArchivedAt: data.fetchedAt } });
  return toSummary(row);
}

export async function findSourceForArchive(client: Client, sourceId: string): Promise<{ id: string; url: string; title: string } | null> {
  return client.source.findUnique({ where: { id: sourceId }, select: { id: true, url: true, title: true } });
}

/** Newest first. */
export async function listArchivesOfSource(client: Client, sourceId: string): Promise<ArchiveSummary[]> {
  const rows = await client.sourceArchive.findMany({ where: { sourceId }, orderBy: { fetchedAt: "desc" }, select: SUMMARY });
  return rows.map(toSummary);
}

export async function findArchiveWithText(client: Client, id: string): Promise<ArchiveWithText | null> {
  const row = await client.sourceArchive.findUnique({ where: { id }, select: { ...SUMMARY, text: true, source: { select: { url: true, title: true } } } });
  if (!row) return null;
  const { source, text, ...rest } = row;
  return { ...toSummary(rest), text, sourceUrl: source.url, sourceTitle: source.title };
}

export async function findArchiveBytes(client: Client, id: string): Promise<{ body: Buffer; contentType: string; finalUrl: string } | null> {
  const row = await client.sourceArchive.findUnique({ where: { id }, select: { body: true, contentType: true, finalUrl: true } });
  return row ? { body: Buffer.from(row.body), contentType: row.contentType, finalUrl: row.finalUrl } : null;
}

export async function archiveStorageUsage(client: Client): Promise<{ bytes: number; copies: number; sources: number }> {
  // In turn: the client may be a transaction (one connection; node-postgres deprecates overlapping queries).
  const sum = await client.sourceArchive.aggregate({ _sum: { byteSize: true }, _count: { _all: true } });
  const sources = (await client.sourceArchive.groupBy({ by: ["sourceId"] })).length;
  return { bytes: sum._sum.byteSize ?? 0, copies: sum._count._all, sources };
}
