import type { Tx } from "@/lib/data/client";
import type { ReviewDisplayState } from "@/lib/domain/review-display";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ARTICLE_PAGE_SIZE, type ArticleListQuery } from "@/lib/validation/article-list";
import { containsText, live } from "./live";

/** The article list store: one filtered, sorted page of articles and their claim counts. */

export interface ArticleListRow {
  id: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  owner: { id: string; name: string };
  updatedAt: string;
  claimCount: number;
  checkedCount: number;
  /** Claims by review state as the newsroom says it ("sent back" included). */
  byState: Record<ReviewDisplayState, number>;
}

type Client = Pick<Tx, "article" | "claim" | "user">;

/** People who created a live article, for the owner filter. */
export function readArticleOwners(client: Client): Promise<{ id: string; name: string }[]> {
  return client.user.findMany({ where: { articles: { some: live } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

function claimStateWhere(state: ReviewDisplayState): Prisma.ClaimWhereInput {
  if (state === "sent_back") return { reviewState: "open", reviewNoteAction: { not: null } };
  if (state === "open") return { reviewState: "open", reviewNoteAction: null };
  return { reviewState: state };
}

export async function readArticlePage(client: Client, actorId: string, q: ArticleListQuery): Promise<{ rows: ArticleListRow[]; total: number; page: number; pageCount: number }> {
  const where: Prisma.ArticleWhereInput = { ...live };
  if (q.q) where.OR = [{ title: containsText(q.q) }, { publisher: containsText(q.q) }, { byline: containsText(q.q) }];
  if (q.owner) where.createdById = q.owner === "me" ? actorId : q.owner;
  if (q.has) where.claims = { some: { ...live, ...claimStateWhere(q.has) } };
  const orderBy: Prisma.ArticleOrderByWithRelationInput[] =
    q.sort === "title" ? [{ title: q.dir }, { id: "asc" }] : q.sort === "created" ? [{ createdAt: q.dir }, { id: q.dir }] : [{ updatedAt: q.dir }, { id: q.dir }];
  const total = await client.article.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / ARTICLE_PAGE_SIZE));
  const page = Math.min(q.page, pageCount);
  const articles = await client.article.findMany({
    where,
    orderBy,
    skip: (page - 1) * ARTICLE_PAGE_SIZE,
    take: ARTICLE_PAGE_SIZE,
    select: { id: true, title: true, publisher: true, publishedAt: true, updatedAt: true, createdBy: { select: { id: true, name: true } } },
  });
  // One grouped query for this page's counts, not one per article.
  const groups = await client.claim.groupBy({
    by: ["articleId", "verdict", "reviewState", "reviewNoteAction"],
    where: { ...live, articleId: { in: articles.map((a) => a.id) } },
    _count: { _all: true },
  });
  const rows = articles.map((a) => {
    const byState: Record<ReviewDisplayState, number> = { open: 0, sent_back: 0, needs_review: 0, approved: 0 };
    let claimCount = 0;
    let checkedCount = 0;
    for (const g of groups) {
      if (g.articleId !== a.id) continue;
      const n = g._count._all;
      claimCount += n;
      if (g.verdict !== "unchecked") checkedCount += n;
      const state: ReviewDisplayState = g.reviewState === "open" && g.reviewNoteAction ? "sent_back" : (g.reviewState as ReviewDisplayState);
      byState[state] += n;
    }
    return {
      id: a.id,
      title: a.title,
      publisher: a.publisher,
      publishedAt: a.publishedAt?.toISOString().slice(0, 10) ?? null,
      owner: a.createdBy,
      updatedAt: a.updatedAt.toISOString(),
      claimCount,
      checkedCount,
      byState,
    };
  });
  return { rows, total, page, pageCount };
}

/** An article with its claim counts, for the review queue's article filter. */
export interface ArticleSummaryRow {
  id: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  updatedAt: string;
  claimCount: number;
  checkedCount: number;
  approvedCount: number;
}

/** Every live article, most recently updated first; counts come from one grouped query, not one per article. */
export async function readArticleSummaries(client: Client): Promise<ArticleSummaryRow[]> {
  const articles = await client.article.findMany({
    where: live,
    orderBy: { updatedAt: "desc" },
    select: { id: true, title: true, publisher: true, publishedAt: true, updatedAt: true },
  });
  const groups = await client.claim.groupBy({
    by: ["articleId", "verdict", "reviewState"],
    where: { ...live, articleId: { in: articles.map((a) => a.id) } },
    _count: { _all: true },
  });
  return articles.map((a) => {
    const mine = groups.filter((g) => g.articleId === a.id);
    const sum = (pred: (g: (typeof mine)[number]) => boolean) => mine.filter(pred).reduce((n, g) => n + g._count._all, 0);
    return {
      id: a.id,
      title: a.title,
      publisher: a.publisher,
      publishedAt: a.publishedAt?.toISOString().slice(0, 10) ?? null,
      updatedAt: a.updatedAt.toISOString(),
      claimCount: sum(() => true),
      checkedCount: sum((g) => g.verdict !== "unchecked"),
      approvedCount: sum((g) => g.reviewState === "approved"),
    };
  });
}
