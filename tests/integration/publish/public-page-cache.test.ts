import { gunzipSync, inflateSync } from "node:zlib";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as publicPage } from "@/app/fact-checks/[slug]/route";
import { createDb } from "@/lib/data/client";
import { findPublicationByArticle, pausePublicationRow } from "@/lib/data/publications";
import { answerPublicPageRequest, NEXT_VARY, type FastAnswer } from "@/lib/http/public-page-fast-path";
import { pausePublication } from "@/lib/server/pause-publication";
import { publishArticle } from "@/lib/server/publish-article";
import { publicPageCacheStats } from "@/lib/server/read-public-fact-check-page";
import { reviewClaim } from "@/lib/server/review-claim";
import { updateClaim } from "@/lib/server/update-claim";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { db, makeUser } from "../helpers";

/**
 * The public page's cache and the production server's fast path (issue 13): what
 * scripts/server.mjs sends before Next.js is what the Next.js route sends, and every change a
 * reviewer makes is on the next request, including one made by another instance that this
 * process never heard of. (Next.js's own additions, Vary and compression, are compared
 * against a real Next.js server in tests/e2e/publish/public-page-fast-path.spec.ts.)
 */
let articleId: string;
let reviewer: Awaited<ReturnType<typeof makeUser>>;
let slug: string;

const fast = (s = slug, headers: Record<string, string> = {}, method = "GET", path = `/fact-checks/${s}`) => answerPublicPageRequest(method, path, headers);
const viaNext = (s = slug, headers: Record<string, string> = {}) => publicPage(new Request(`http://localhost:3000/fact-checks/${s}`, { headers }), { params: Promise.resolve({ slug: s }) });
const text = (a: FastAnswer | null) => a!.body!.toString("utf8");

/** The fast answer's headers without what only the fast path states (Next.js adds Vary itself and streams without a length). */
function ownHeaders(a: FastAnswer): Record<string, string> {
  const { vary, "content-length": length, ...rest } = a.headers;
  expect(vary).toBe(NEXT_VARY);
  if (a.body) expect(length).toBe(a.body.length);
  return rest as Record<string, string>;
}

/** The fast answer equals the Next.js route's: status, bytes and headers. */
async function expectSameAsNext(headers: Record<string, string> = {}) {
  const [a, res] = [await fast(slug, headers), await viaNext(slug, headers)];
  expect(a).not.toBeNull();
  expect(a!.status).toBe(res.status);
  expect(ownHeaders(a!)).toEqual(Object.fromEntries(res.headers.entries()));
  const body = Buffer.from(await res.arrayBuffer());
  expect(a!.body ?? Buffer.alloc(0)).toEqual(body);
  return a!;
}

async function changeFirstRating() {
  const claim = (await db.claim.findFirst({ where: { articleId, reviewState: "approved" }, orderBy: { start: "asc" } }))!;
  await reviewClaim(reviewer, claim.id, { action: "reopen", version: claim.version, note: "New evidence" });
  const editor = await makeUser("editor");
  const reopened = (await db.claim.findUnique({ where: { id: claim.id } }))!;
  await updateClaim(editor, claim.id, { version: reopened.version, verdict: claim.verdict === "false" ? "misleading" : "false" });
  const edited = (await db.claim.findUnique({ where: { id: claim.id } }))!;
  await reviewClaim(editor, claim.id, { action: "submit", version: edited.version });
  const submitted = (await db.claim.findUnique({ where: { id: claim.id } }))!;
  await reviewClaim(reviewer, claim.id, { action: "approve", version: submitted.version });
}

beforeAll(async () => {
  ({ articleId } = await seedDemo(db));
  reviewer = await makeUser("reviewer", "Rita Reviewer");
});

describe("the public page served before Next.js", () => {
  it("declines an unknown slug, so Next.js answers its normal 404 page", async () => {
    expect(await fast("no-such-fact-check")).toBeNull();
    const res = await viaNext("no-such-fact-check");
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("There is no published fact-check at this address.");
  });

  it("shows a publish on the next request, with the route's status, bytes and headers", async () => {
    const row = await publishArticle(reviewer, articleId, {});
    slug = row.slug;
    const a = await expectSameAsNext();
    expect(a.status).toBe(200);
    expect(text(a)).toContain("<h1 dir=\"auto\">");
    expect(a.headers["content-security-policy"]).toMatch(/^default-src 'none'; style-src 'sha256-/);
    expect(a.headers["content-security-policy"]).not.toMatch(/script-src/);
    expect(a.headers).toMatchObject({ "content-type": "text/html; charset=utf-8", "cache-control": "public, max-age=60, must-revalidate", "x-frame-options": "DENY", "x-content-type-options": "nosniff" });
  });

  it("serves a repeat read from the cache: the same bytes, not a new rendering", async () => {
    const first = await fast();
    const second = await fast();
    expect(second).toBe(first);
    expect(second!.body).toBe(first!.body);
    expect(publicPageCacheStats().entries).toBeGreaterThanOrEqual(1);
    expect(publicPageCacheStats().bytes).toBeLessThanOrEqual(publicPageCacheStats().maxBytes);
  });

  it("answers 304 to a matching If-None-Match (weak or in a list), with the route's headers", async () => {
    const etag = (await fast())!.headers.etag as string;
    for (const header of [etag, `W/${etag}`, `"old", ${etag}`]) {
      const a = await expectSameAsNext({ "if-none-match": header });
      expect(a.status).toBe(304);
      expect(a.body).toBeNull();
      expect(a.headers["content-security-policy"]).toBeUndefined();
    }
    expect((await fast(slug, { "if-none-match": '"something-else"' }))!.status).toBe(200);
  });

  it("shows an update (a republish) on the next request: new version, new ETag, the old one no longer 304", async () => {
    const before = (await fast())!;
    await publishArticle(reviewer, articleId, {});
    const after = await expectSameAsNext();
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect((await fast(slug, { "if-none-match": before.headers.etag as string }))!.status).toBe(200);
  });

  it("shows a correction on the next request", async () => {
    await changeFirstRating();
    // A snapshot: the workbench change alone does not reach readers.
    expect(text(await fast())).not.toContain("Corrected on");
    await publishArticle(reviewer, articleId, { correctionNote: "a newly released record contradicts it" });
    const a = await expectSameAsNext();
    expect(text(a)).toMatch(/Corrected on .*because <span dir="auto">a newly released record contradicts it/);
  });

  it("shows a pause (unpublish: 410 Gone with the note) and a republish on the next request", async () => {
    const live = (await fast())!;
    await pausePublication(reviewer, articleId, { note: "Under review after a complaint." });
    const gone = await expectSameAsNext();
    expect(gone.status).toBe(410);
    expect(text(gone)).toContain("Under review after a complaint.");
    expect((await fast(slug, { "if-none-match": live.headers.etag as string }))!.status).toBe(410);
    await publishArticle(reviewer, articleId, {});
    expect((await expectSameAsNext()).status).toBe(200);
  });

  it("sees a change committed by another instance (its own database connection), with no message to this one", async () => {
    const cached = (await fast())!;
    expect(await fast()).toBe(cached);
    const other = createDb();
    try {
      const row = (await findPublicationByArticle(other, articleId))!;
      await pausePublicationRow(other, row.id, "Paused from another instance.", new Date());
    } finally {
      await other.$disconnect();
    }
    const a = (await fast())!;
    expect(a.status).toBe(410);
    expect(text(a)).toContain("Paused from another instance.");
    await publishArticle(reviewer, articleId, {});
    expect((await fast())!.status).toBe(200);
  });

  it("stops serving a page whose article is deleted: declined, and Next.js answers 404", async () => {
    expect((await fast())!.status).toBe(200);
    await db.article.update({ where: { id: articleId }, data: { deletedAt: new Date() } });
    try {
      expect(await fast()).toBeNull();
      expect((await viaNext()).status).toBe(404);
    } finally {
      await db.article.update({ where: { id: articleId }, data: { deletedAt: null } });
    }
    expect((await fast())!.status).toBe(200);
  });

  it("sends the page compressed as Next.js would: gzip preferred, deflate, or as it is", async () => {
    const plain = (await fast())!.body!;
    const gz = (await fast(slug, { "accept-encoding": "gzip, deflate, br, zstd" }))!;
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gz.headers["content-length"]).toBe(gz.body!.length);
    expect(gunzipSync(gz.body!)).toEqual(plain);
    const df = (await fast(slug, { "accept-encoding": "deflate" }))!;
    expect(df.headers["content-encoding"]).toBe("deflate");
    expect(inflateSync(df.body!)).toEqual(plain);
    expect((await fast(slug, { "accept-encoding": "br" }))!.headers["content-encoding"]).toBeUndefined();
  });

  it("leaves to Next.js what it answers differently: other methods and paths, and its client router's requests", async () => {
    expect(await fast(slug, {}, "HEAD")).toBeNull();
    expect(await fast(slug, {}, "POST")).toBeNull();
    expect(await fast(slug, {}, "GET", `/fact-checks/${slug}/`)).toBeNull();
    expect(await fast(slug, {}, "GET", `/fact-checks/feed.xml`)).toBeNull();
    expect(await fast(slug, {}, "GET", `/fact-checks/${slug}?_rsc=1x2y`)).toBeNull();
    expect(await fast(slug, { rsc: "1" })).toBeNull();
    expect(await fast(slug, { "next-router-prefetch": "1" })).toBeNull();
    expect(await fast(slug, { "x-middleware-prefetch": "1" })).toBeNull();
    // A shared link's tracking parameters do not change the page.
    expect((await fast(slug, {}, "GET", `/fact-checks/${slug}?utm_source=newsletter`))!.status).toBe(200);
  });
});

describe("the route itself", () => {
  it("still answers a plain Request (tests) and a NextRequest alike", async () => {
    const res = await publicPage(new NextRequest(`http://localhost:3000/fact-checks/${slug}`), { params: Promise.resolve({ slug }) });
    expect(res.status).toBe(200);
  });
});
