import type { ReviewQueueQuery } from "@/lib/validation/review";

export type QueueParams = Partial<Pick<ReviewQueueQuery, "verdict" | "state" | "assignee" | "article" | "q" | "sort" | "dir" | "page" | "perPage">>;

const DEFAULTS: QueueParams = { sort: "updated", dir: "desc", page: 1, perPage: 50 };
const ORDER: (keyof QueueParams)[] = ["q", "verdict", "state", "assignee", "article", "sort", "dir", "perPage", "page"];

/**
 * The /review address for a queue view: filters, sort and page live in the URL so a view
 * can be bookmarked and shared. Defaults are left out to keep links short. Changing any
 * filter or the sort goes back to page 1 unless a page is given.
 */
export function queueHref(current: QueueParams, change: QueueParams = {}): string {
  const resetsPage = Object.keys(change).some((k) => k !== "page");
  const merged: QueueParams = { ...current, ...(resetsPage ? { page: 1 } : {}), ...change };
  const params = new URLSearchParams();
  for (const key of ORDER) {
    const value = merged[key];
    if (value === undefined || value === null || value === "" || value === DEFAULTS[key]) continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  // A bare /review opens on "Needs review" for reviewers; "every claim" must say so.
  return qs ? `/review?${qs}` : "/review?state=";
}
