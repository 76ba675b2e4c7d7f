import type { Db, Tx } from "@/lib/data/client";
import { containsText, live } from "./live";

/** The sources store: web pages and documents that claims cite (links live with claims, archives in source-archives.ts). */

type Client = Db | Tx;

export interface CitedSourceRow {
  id: string;
  url: string;
  title: string;
  publisher: string | null;
  /** The day the source was accessed (YYYY-MM-DD). */
  accessedAt: string | null;
  archiveUrl: string | null;
  /** How many of the article's live claims cite it. */
  claimCount: number;
}

/**
 * Sources cited by the live claims of an article, by title, at most 200; `query` narrows to
 * those whose title, URL or publisher contains it.
 */
export async function listSourcesCitedByArticle(client: Client, articleId: string, query?: string): Promise<CitedSourceRow[]> {
  const claimOfArticle = { claim: { articleId, ...live } };
  const sources = await client.source.findMany({
    where: {
      claims: { some: claimOfArticle },
      ...(query ? { OR: [{ title: containsText(query) }, { url: containsText(query) }, { publisher: containsText(query) }] } : {}),
    },
    include: { _count: { select: { claims: { where: claimOfArticle } } } },
    orderBy: { title: "asc" },
    take: 200,
  });
  return sources.map((s) => ({
    id: s.id,
    url: s.url,
    title: s.title,
    publisher: s.publisher,
    accessedAt: s.accessedAt?.toISOString().slice(0, 10) ?? null,
    archiveUrl: s.archiveUrl,
    claimCount: s._count.claims,
  }));
}
