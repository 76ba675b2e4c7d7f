/**
 * Lists whose view (filters, sort, page) lives in the URL, so it can be bookmarked, shared
 * and reloaded: the review queue and the article list. One rule for both: parameters are
 * written in a fixed order, defaults and empty values are left out to keep links short, and
 * changing anything but the page goes back to page 1.
 */
export type UrlParams = Record<string, string | number | null | undefined>;

export interface UrlFilterSpec<P extends UrlParams> {
  /** The page's path, e.g. "/review". */
  path: string;
  /** Parameter order in the address. */
  order: readonly (keyof P & string)[];
  /** Values not written (the page assumes them). */
  defaults: Partial<P>;
  /** The address when every parameter is a default (e.g. to say "no filter" explicitly). */
  emptyHref?: string;
}

export function urlFilterHref<P extends UrlParams>(spec: UrlFilterSpec<P>, current: P, change: Partial<P> = {}): string {
  const resetsPage = Object.keys(change).some((k) => k !== "page");
  const merged: Partial<P> = { ...current, ...(resetsPage ? { page: 1 } : {}), ...change };
  const params = new URLSearchParams();
  for (const key of spec.order) {
    const value = merged[key];
    if (value === undefined || value === null || value === "" || value === spec.defaults[key]) continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${spec.path}?${qs}` : (spec.emptyHref ?? spec.path);
}

/** A bound `href(current, change)` for one list. */
export function urlFilters<P extends UrlParams>(spec: UrlFilterSpec<P>) {
  return (current: P, change: Partial<P> = {}) => urlFilterHref(spec, current, change);
}

/** True when `query` filters by exactly `filters` on the given keys and by nothing else. */
export function filtersEqual<P extends UrlParams>(keys: readonly (keyof P)[], query: P, filters: Partial<P>): boolean {
  const norm = (v: unknown) => (v === null || v === "" ? undefined : v);
  return keys.every((k) => norm(query[k]) === norm(filters[k]));
}
