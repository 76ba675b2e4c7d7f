import type { ReviewQueueQuery } from "@/lib/validation/review";
import { urlFilters } from "../filters/url-filters";

export type QueueParams = Partial<Pick<ReviewQueueQuery, "verdict" | "state" | "assignee" | "article" | "q" | "sort" | "dir" | "page" | "perPage">>;

/**
 * The /review address for a queue view (rules in url-filters). A bare /review opens on
 * "Needs review" for reviewers, so "every claim" says so with an empty state filter.
 */
export const queueHref = urlFilters<QueueParams>({
  path: "/review",
  order: ["q", "verdict", "state", "assignee", "article", "sort", "dir", "perPage", "page"],
  defaults: { sort: "updated", dir: "desc", page: 1, perPage: 50 },
  emptyHref: "/review?state=",
});
