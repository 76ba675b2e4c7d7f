import { withDb } from "@/lib/data/handle";
import { readReviewQueuePage } from "@/lib/data/review-queue";
import { readSettings } from "@/lib/data/settings";
import type { Actor } from "@/lib/domain/actor";
import type { ReviewState, Stance, Verdict } from "@/lib/domain/enums";
import { reviewQueueQuerySchema, type ReviewQueueQuery, type ReviewQueueQueryInput } from "@/lib/validation/review";
import { parseInput } from "@/lib/validation/parse-once";
import { authorize } from "./support/authorize";
import { reviewNoteView } from "@/lib/data/claims";
import type { QueueItem } from "@/lib/contracts/review";
export type { QueueItem };

export const EXCERPT_LENGTH = 160;

export interface ReviewQueuePage {
  items: QueueItem[];
  total: number;
  page: number;
  perPage: number;
  pageCount: number;
  query: ReviewQueueQuery;
  /** Whether approvers must differ from whoever set the verdict (the UI explains refusals). */
  fourEyes: boolean;
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= EXCERPT_LENGTH ? flat : flat.slice(0, EXCERPT_LENGTH - 1).trimEnd() + "…";
}

/**
 * Claims across all articles for the review queue: filtered, sorted and paginated in the
 * database (a COUNT, one page-sized SELECT and lookups for that page only), so it stays
 * fast with tens of thousands of claims. A page past the end shows the last page.
 */
export async function listReviewQueue(actor: Actor, raw: ReviewQueueQueryInput = {}): Promise<ReviewQueuePage> {
  authorize(actor, "article.read");
  const query = parseInput(reviewQueueQuerySchema, raw);
  const [result, settings] = await withDb((client) => Promise.all([readReviewQueuePage(client, actor.id, query), readSettings(client)]));
  const { rows, total, page, pageCount } = result;
  return {
    items: rows.map((r) => ({
      id: r.id,
      articleId: r.articleId,
      articleTitle: r.articleTitle,
      excerpt: excerpt(r.exact),
      claimant: r.claimant,
      normalized: r.normalized,
      verdict: r.verdict as Verdict,
      reviewState: r.reviewState as ReviewState,
      assignee: r.assignee,
      verdictSetById: r.verdictSetById,
      sourceCount: r.sources.length,
      version: r.version,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      rationale: r.rationale,
      sources: r.sources.map((l) => ({ ...l, stance: l.stance as Stance })),
      reviewNote: reviewNoteView(r, r.reviewNoteBy),
    })),
    total,
    page,
    perPage: query.perPage,
    pageCount,
    query: { ...query, page },
    fourEyes: settings.fourEyes,
  };
}
