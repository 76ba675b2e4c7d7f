import { describe, expect, it } from "vitest";
import { filtersEqual, urlFilterHref, urlFilters } from "@/app/_components/filters/url-filters";
import { articlesHref } from "@/app/articles/articles-url";
import { queueHref } from "@/app/_components/review/queue-url";

type P = { q?: string; kind?: string; sort?: string; page?: number };
const spec = { path: "/things", order: ["q", "kind", "sort", "page"] as const, defaults: { sort: "name", page: 1 } };

describe("URL filters shared by the review queue and the article list", () => {
  it("writes parameters in a fixed order and leaves defaults and empty values out", () => {
    expect(urlFilterHref<P>({ ...spec, order: [...spec.order] }, { page: 1, sort: "name", kind: "", q: "a b" })).toBe("/things?q=a+b");
    expect(urlFilterHref<P>({ ...spec, order: [...spec.order] }, { page: 2, kind: "x", q: "z" })).toBe("/things?q=z&kind=x&page=2");
  });

  it("goes back to page 1 on any change but the page, and says so with no page parameter", () => {
    const href = urlFilters<P>({ ...spec, order: [...spec.order] });
    expect(href({ kind: "x", page: 4 }, { page: 5 })).toBe("/things?kind=x&page=5");
    expect(href({ kind: "x", page: 4 }, { sort: "date" })).toBe("/things?kind=x&sort=date");
  });

  it("uses the list's own address for 'no parameter at all'", () => {
    expect(queueHref({})).toBe("/review?state=");
    expect(articlesHref({})).toBe("/articles");
    expect(articlesHref({ owner: "me", page: 3 }, { has: "sent_back" })).toBe("/articles?owner=me&has=sent_back");
  });

  it("compares filters, treating empty and missing alike", () => {
    expect(filtersEqual<P>(["q", "kind"], { q: "", kind: "x", page: 3 }, { kind: "x" })).toBe(true);
    expect(filtersEqual<P>(["q", "kind"], { kind: "x" }, { kind: "y" })).toBe(false);
  });
});
