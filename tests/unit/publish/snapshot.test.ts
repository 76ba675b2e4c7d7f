import { describe, expect, it } from "vitest";
import { DEFAULT_RATING_SCALE, ratingLabel } from "@/lib/domain/rating-scale";
import { parseFactCheckUrl } from "@/lib/publish/oembed";
import { buildSnapshot, correctionChanges, describeChange, type PublishedClaim, type SnapshotContext } from "@/lib/publish/snapshot";
import { renderFactCheckPage } from "@/lib/publish/render-page";
import { eventAction } from "@/lib/domain/event-format";

const claim = (id: string, number: number, verdict: string, rationale = "Because."): PublishedClaim => ({
  claimId: id, number, quote: "q", prefix: "", suffix: "", claimant: null, claimReviewed: `Claim ${id}`, rating: ratingLabel(DEFAULT_RATING_SCALE, verdict),
  rationale, rationaleHtml: `<p>${rationale}</p>`, reviewedOn: "2026-12-01", sources: [],
});
const ctx: SnapshotContext = {
  slug: "a-title", baseUrl: "https://checks.example", scale: DEFAULT_RATING_SCALE, now: "2026-12-03T10:00:00.000Z", renderRationale: (m) => m,
  organisation: { name: "Desk", url: "https://desk.example", logoUrl: null, methodology: "", correctionsPolicy: "" },
};
const article = { title: "A title", publisher: null, byline: null, url: null, publishedAt: null };

describe("snapshots and corrections", () => {
  it("finds rating and rationale changes and withdrawn claims, not additions", () => {
    const before = [claim("a", 1, "misleading"), claim("b", 2, "verified"), claim("c", 3, "false")];
    const after = [claim("a", 1, "false"), claim("b", 2, "verified", "New reasons."), claim("d", 3, "disputed")];
    const changes = correctionChanges(before, after);
    expect(changes.map(describeChange)).toEqual(["claim 1 rating changed from Misleading to False", "claim 2 rationale revised", "claim 3 (rated False) withdrawn"]);
    expect(correctionChanges(before, before)).toEqual([]);
  });

  it("keeps the corrections log across republishes and moves dateModified only on a change for readers", () => {
    const first = buildSnapshot(article, [claim("a", 1, "misleading")], { ...ctx, now: "2026-12-01T00:00:00.000Z" }, null, null);
    const same = buildSnapshot(article, [claim("a", 1, "misleading")], { ...ctx, now: "2026-12-02T00:00:00.000Z" }, first, null);
    expect(same.modifiedAt).toBe(first.modifiedAt);
    const next = [claim("a", 1, "false")];
    const corrected = buildSnapshot(article, next, ctx, same, { note: "new data", changes: correctionChanges(same.claims, next) });
    expect(corrected.version).toBe(3);
    expect(corrected.modifiedAt).toBe(ctx.now);
    expect(corrected.corrections).toHaveLength(1);
    const html = renderFactCheckPage(corrected, corrected.baseUrl).html;
    expect(html).toContain("Corrected on 3 Dec 2026</time>: claim 1 rating changed from Misleading to False because <span dir=\"auto\">new data</span>");
  });

  it("escapes what editors typed and never lets JSON-LD close its script tag", () => {
    const evil = { ...claim("a", 1, "false"), claimReviewed: "</script><script>alert(1)</script>" };
    const page = buildSnapshot({ ...article, title: "<img src=x onerror=alert(1)>" }, [evil], ctx, null, null);
    const { html, csp } = renderFactCheckPage(page, page.baseUrl);
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<img src=x");
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'/);
  });

  it("recognises public page and embed addresses for oEmbed", () => {
    expect(parseFactCheckUrl("https://x.example/fact-checks/a-title#claim-2")).toEqual({ slug: "a-title", claim: 2 });
    expect(parseFactCheckUrl("https://x.example/fact-checks/a-title")).toEqual({ slug: "a-title", claim: null });
    expect(parseFactCheckUrl("https://x.example/embed/fact-checks/a-title/3")).toEqual({ slug: "a-title", claim: 3 });
    expect(parseFactCheckUrl("javascript:alert(1)")).toBeNull();
    expect(parseFactCheckUrl("https://x.example/articles/abc")).toBeNull();
  });
});

describe("history lines for publishing events", () => {
  it("says what happened", () => {
    expect(eventAction({ type: "publication.published", before: null, after: { slug: "a", version: 1 } })).toBe("published the fact-check");
    expect(eventAction({ type: "publication.republished", before: null, after: { corrected: true } })).toBe("republished the fact-check with a correction");
    expect(eventAction({ type: "publication.paused", before: null, after: null })).toBe("paused the public fact-check");
    expect(eventAction({ type: "claim.rating_moved", before: { verdict: "disputed" }, after: { verdict: "misleading" } })).toBe("moved a claim to another rating (rating scale changed)");
  });
});
