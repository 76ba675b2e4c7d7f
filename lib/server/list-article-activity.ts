import { db } from "@/lib/data/client";
import type { Actor } from "@/lib/domain/actor";
import { notFound } from "@/lib/domain/errors";
import { changeEventSelect, toChangeEvent } from "@/lib/realtime/change-event";
import { toHistoryEntry, type HistoryEntry } from "@/lib/realtime/history-entry";
import { historyQuerySchema, type HistoryQuery } from "@/lib/validation/collaboration";
import { authorize } from "./support/authorize";

export interface ActivityPage {
  article: { id: string; title: string };
  events: HistoryEntry[];
  /** Pass as `before` for the next (older) page; null at the beginning of history. */
  nextBefore: number | null;
  /** The newest event id of the article when this page was read (a live feed resumes after it). */
  latestId: number;
}

/** Everything that happened on an article, newest first, in pages (`before` = an event id). */
export async function listArticleActivity(actor: Actor, articleId: string, raw: HistoryQuery = {}): Promise<ActivityPage> {
  authorize(actor, "article.read");
  const query = historyQuerySchema.parse(raw);
  const limit = query.limit ?? 50;
  const article = await db.article.findFirst({ where: { id: articleId, deletedAt: null }, select: { id: true, title: true } });
  if (!article) throw notFound("The article");
  const [rows, latest] = await Promise.all([
    db.event.findMany({
      where: { articleId, ...(query.before ? { id: { lt: query.before } } : {}) },
      orderBy: { id: "desc" },
      take: limit + 1,
      select: { ...changeEventSelect, claim: { select: { exact: true } } },
    }),
    db.event.findFirst({ where: { articleId }, orderBy: { id: "desc" }, select: { id: true } }),
  ]);
  const page = rows.slice(0, limit);
  return {
    article,
    events: page.map((row) => toHistoryEntry(toChangeEvent(row), row.claim?.exact ?? null)),
    nextBefore: rows.length > limit ? page[page.length - 1].id : null,
    latestId: latest?.id ?? 0,
  };
}
