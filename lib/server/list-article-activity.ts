import type { Actor } from "@/lib/domain/actor";
import { notFound } from "@/lib/domain/errors";
import { findArticleHeader } from "@/lib/data/articles";
import { latestArticleEventId, listArticleEvents } from "@/lib/data/events";
import { readTransaction } from "@/lib/data/transaction";
import { toHistoryEntry, type HistoryEntry } from "@/lib/realtime/history-entry";
import { historyQuerySchema, type HistoryQuery } from "@/lib/validation/collaboration";
import { parseInput } from "@/lib/validation/parse-once";
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
  const query = parseInput(historyQuerySchema, raw);
  const limit = query.limit ?? 50;
  // One snapshot: the page and the cursor a live feed resumes from agree.
  const found = await readTransaction(async (tx) => {
    const article = await findArticleHeader(tx, articleId);
    if (!article) return null;
    return { article, rows: await listArticleEvents(tx, articleId, { before: query.before, limit }), latest: await latestArticleEventId(tx, articleId) };
  });
  if (!found) throw notFound("The article");
  const { article, rows, latest } = found;
  const page = rows.slice(0, limit);
  return {
    article: { id: article.id, title: article.title },
    events: page.map((row) => toHistoryEntry(row.event, row.claimExact)),
    nextBefore: rows.length > limit ? page[page.length - 1].event.id : null,
    latestId: latest,
  };
}
