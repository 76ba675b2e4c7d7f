import type { Db, Tx } from "@/lib/data/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { QueueSort, ReviewQueueQuery } from "@/lib/validation/review";
import { containsText, deleted, live } from "./live";

/**
 * The review queue store: claims across all articles, filtered, sorted and paged in the
 * database (a COUNT, one page-sized SELECT and lookups for that page only), so it stays fast
 * with tens of thousands of claims.
 */

type Client = Db | Tx;

export interface QueueRow {
  id: string;
  articleId: string;
  articleTitle: string;
  exact: string;
  claimant: string | null;
  normalized: string | null;
  verdict: string;
  reviewState: string;
  assignee: { id: string; name: string } | null;
  verdictSetById: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  rationale: string;
  reviewNote: string | null;
  reviewNoteAction: string | null;
  reviewNoteAt: Date | null;
  reviewNoteBy: { id: string; name: string } | null;
  /** The claim's source links, oldest first. */
  sources: { url: string; title: string; stance: string }[];
}

export interface QueuePage {
  rows: QueueRow[];
  total: number;
  /** The page shown: a page past the end shows the last page. */
  page: number;
  pageCount: number;
}

function whereFor(actorId: string, q: ReviewQueueQuery, deletedArticleIds: string[]): Prisma.ClaimWhereInput {
  // Excluding the (few) deleted articles by id keeps the queries on the Claim table alone;
  // a join to Article on every row made the count and deep pages several times slower.
  const where: Prisma.ClaimWhereInput = { ...live };
  if (deletedArticleIds.length > 0) where.articleId = { notIn: deletedArticleIds };
  if (q.verdict) where.verdict = q.verdict;
  if (q.state === "sent_back") Object.assign(where, { reviewState: "open", reviewNote: { not: null } });
  else if (q.state === "open") Object.assign(where, { reviewState: "open", reviewNote: null });
  else if (q.state) where.reviewState = q.state;
  if (q.assignee) where.assigneeId = q.assignee === "me" ? actorId : q.assignee === "unassigned" ? null : q.assignee;
  if (q.article) where.articleId = deletedArticleIds.includes(q.article) ? { in: [] } : q.article;
  // A LIKE scan over three columns: fine at newsroom scale (see the 10,000-claim test).
  if (q.q) where.OR = [{ exact: containsText(q.q) }, { normalized: containsText(q.q) }, { claimant: containsText(q.q) }];
  return where;
}

/** Every ordering ends with the id so pages never overlap or skip rows with equal keys. */
function orderFor(sort: QueueSort, dir: "asc" | "desc"): Prisma.ClaimOrderByWithRelationInput[] {
  switch (sort) {
    case "updated": return [{ updatedAt: dir }, { id: dir }];
    case "created": return [{ createdAt: dir }, { id: dir }];
    case "article": return [{ article: { title: dir } }, { articleId: dir }, { start: "asc" }, { id: "asc" }];
    case "verdict": return [{ verdict: dir }, { updatedAt: "desc" }, { id: "desc" }];
    case "state": return [{ reviewState: dir }, { updatedAt: "desc" }, { id: "desc" }];
  }
}

/** One page of the queue for this reader ("me" in the assignee filter is `actorId`). */
export async function readReviewQueuePage(client: Client, actorId: string, query: ReviewQueueQuery): Promise<QueuePage> {
  const deletedArticles = await client.article.findMany({ where: deleted, select: { id: true } });
  const where = whereFor(actorId, query, deletedArticles.map((a) => a.id));
  const total = await client.claim.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / query.perPage));
  const page = Math.min(query.page, pageCount);
  const rows = await client.claim.findMany({
    where,
    orderBy: orderFor(query.sort, query.dir),
    skip: (page - 1) * query.perPage,
    take: query.perPage,
    select: {
      id: true, articleId: true, exact: true, claimant: true, normalized: true, verdict: true, reviewState: true,
      verdictSetById: true, version: true, createdAt: true, updatedAt: true, rationale: true,
      reviewNote: true, reviewNoteAction: true, reviewNoteAt: true,
      article: { select: { title: true } },
      assignee: { select: { id: true, name: true } },
      reviewNoteBy: { select: { id: true, name: true } },
    },
  });
  // This page's links only, read once: they give both the count and the expanded evidence.
  const links = await client.claimSource.findMany({
    where: { claimId: { in: rows.map((r) => r.id) } },
    orderBy: { createdAt: "asc" },
    select: { claimId: true, stance: true, source: { select: { url: true, title: true } } },
  });
  const sourcesOf = new Map<string, QueueRow["sources"]>();
  for (const l of links) sourcesOf.set(l.claimId, [...(sourcesOf.get(l.claimId) ?? []), { url: l.source.url, title: l.source.title, stance: l.stance }]);
  return {
    rows: rows.map(({ article, createdAt, updatedAt, ...r }) => ({
      ...r,
      articleTitle: article.title,
      createdAt: createdAt.toISOString(),
      updatedAt: updatedAt.toISOString(),
      sources: sourcesOf.get(r.id) ?? [],
    })),
    total,
    page,
    pageCount,
  };
}
