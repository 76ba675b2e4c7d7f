import Ajv from "ajv";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as publicPage } from "@/app/fact-checks/[slug]/route";
import { GET as feed } from "@/app/fact-checks/feed.xml/route";
import { GET as sitemap } from "@/app/sitemap.xml/route";
import { GET as embed } from "@/app/embed/fact-checks/[slug]/[claim]/route";
import { GET as oembed } from "@/app/api/oembed/route";
import { POST as publishRoute } from "@/app/api/articles/[id]/publication/route";
import { createApiToken } from "@/lib/server/create-api-token";
import { exportArticle } from "@/lib/server/export-article";
import { pausePublication } from "@/lib/server/pause-publication";
import { publishArticle } from "@/lib/server/publish-article";
import { reviewClaim } from "@/lib/server/review-claim";
import { updateClaim } from "@/lib/server/update-claim";
import { seedDemo } from "@/prisma/seed/seed-demo";
import schema from "@/tests/fixtures/export/claimreview.schema.json";
import { db, makeUser } from "../helpers";

/**
 * The ClaimReview schema the export tests use, with the two differences of a published
 * page: `url` is the public page's claim anchor, and `dateModified` follows corrections.
 */
const published = structuredClone(schema) as typeof schema & { definitions: { ClaimReview: { properties: Record<string, unknown>; required: string[] } } };
published.definitions.ClaimReview.properties.url = { allOf: [{ $ref: "#/definitions/httpUrl" }, { type: "string", pattern: "/fact-checks/[a-z0-9-]+#claim-[0-9]+$" }] };
published.definitions.ClaimReview.properties.dateModified = { $ref: "#/definitions/isoDate" };
published.definitions.ClaimReview.required.push("dateModified");
const validate = new Ajv({ allErrors: true, strict: true }).compile(published);

let articleId: string;
let reviewer: Awaited<ReturnType<typeof makeUser>>;
let slug: string;
const STAFF = ["Demo Editor", "Demo Reviewer", "Demo Admin", "Demo Viewer"];

const anon = (url: string, headers: Record<string, string> = {}) => new Request(url, { headers });
const page = (s = slug, headers: Record<string, string> = {}) => publicPage(anon(`http://localhost:3000/fact-checks/${s}`, headers), { params: Promise.resolve({ slug: s }) });

function jsonLd(html: string): unknown {
  const m = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  return JSON.parse(m![1]);
}

beforeAll(async () => {
  ({ articleId } = await seedDemo(db));
  reviewer = await makeUser("reviewer", "Rita Reviewer");
});

describe("publishing an article's fact-check", () => {
  it("refuses editors and viewers (403) and publishes for a reviewer, as an event with actor", async () => {
    await expect(publishArticle(await makeUser("editor"), articleId, {})).rejects.toMatchObject({ code: "forbidden" });
    await expect(publishArticle(await makeUser("viewer"), articleId, {})).rejects.toMatchObject({ code: "forbidden" });
    const row = await publishArticle(reviewer, articleId, {});
    slug = row.slug;
    expect(slug).toMatch(/^[a-z0-9-]+$/);
    expect(row.version).toBe(1);
    const event = await db.event.findFirst({ where: { articleId, type: "publication.published" } });
    expect(event?.actorId).toBe(reviewer.id);
  });

  it("serves the page without a cookie: approved claims only, no staff names, JSON-LD that validates", async () => {
    const res = await page();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toMatch(/default-src 'none'/);
    expect(res.headers.get("content-security-policy")).not.toMatch(/script-src/);
    const html = await res.text();
    expect(html).not.toMatch(/<script(?! type="application\/ld\+json")/);
    const approved = await db.claim.findMany({ where: { articleId, reviewState: "approved", deletedAt: null } });
    const unapproved = await db.claim.findMany({ where: { articleId, reviewState: { not: "approved" }, deletedAt: null } });
    expect(approved.length).toBeGreaterThan(0);
    expect(unapproved.length).toBeGreaterThan(0);
    for (const c of unapproved) expect(html).not.toContain(c.normalized ?? c.exact);
    for (const name of [...STAFF, reviewer.name]) expect(html).not.toContain(name);
    const reviews = jsonLd(html) as { url: string; author: { url: string } }[];
    expect(validate(reviews), JSON.stringify(validate.errors)).toBe(true);
    expect(reviews).toHaveLength(approved.length);
    for (const [i, r] of reviews.entries()) {
      expect(r.url).toBe(`http://localhost:3000/fact-checks/${slug}#claim-${i + 1}`);
      expect(html).toContain(`id="claim-${i + 1}"`);
    }
    // The ClaimReview url resolves to this page without a cookie.
    const path = new URL(reviews[0].url).pathname.split("/").pop()!;
    expect((await page(path)).status).toBe(200);
  });

  it("makes the ClaimReview export of a published article point at the public page", async () => {
    const exported = await exportArticle(await makeUser("viewer"), articleId, { format: "claimreview", includeDrafts: false, baseUrl: "http://localhost:3000" });
    const urls = (JSON.parse(String(exported.body)) as { url: string }[]).map((r) => r.url);
    expect(urls.length).toBeGreaterThan(0);
    urls.forEach((u, i) => expect(u).toBe(`http://localhost:3000/fact-checks/${slug}#claim-${i + 1}`));
  });

  it("answers 304 to a reader who holds the current version", async () => {
    const first = await page();
    const etag = first.headers.get("etag")!;
    expect(first.headers.get("cache-control")).toMatch(/public/);
    expect((await page(slug, { "if-none-match": etag })).status).toBe(304);
  });

  it("is a snapshot: a workbench edit does not show until republished", async () => {
    const claim = (await db.claim.findFirst({ where: { articleId, reviewState: "approved" }, orderBy: { start: "asc" } }))!;
    await reviewClaim(reviewer, claim.id, { action: "reopen", version: claim.version, note: "New evidence" });
    const editor = await makeUser("editor", "Eddie Editor");
    const reopened = (await db.claim.findUnique({ where: { id: claim.id } }))!;
    const newVerdict = claim.verdict === "false" ? "misleading" : "false";
    await updateClaim(editor, claim.id, { version: reopened.version, verdict: newVerdict });
    const edited = (await db.claim.findUnique({ where: { id: claim.id } }))!;
    await reviewClaim(editor, claim.id, { action: "submit", version: edited.version });
    const submitted = (await db.claim.findUnique({ where: { id: claim.id } }))!;
    await reviewClaim(reviewer, claim.id, { action: "approve", version: submitted.version });

    const before = await (await page()).text();
    expect(before).not.toContain("Corrected on");
  });

  it("asks for a correction note when a republish changes a rating (422, nothing written), then logs it", async () => {
    const token = (await createApiToken(reviewer, { name: "t" })).token;
    const post = (body: unknown) =>
      publishRoute(new NextRequest(`http://localhost:3000/api/articles/${articleId}/publication`, { method: "POST", body: JSON.stringify(body), headers: { authorization: `Bearer ${token}`, "content-type": "application/json" } }), { params: Promise.resolve({ id: articleId }) });
    const refused = await post({});
    expect(refused.status).toBe(422);
    const body = await refused.json();
    expect(body.error.fields.correctionNote).toBeTruthy();
    expect(body.error.details.changes[0]).toMatchObject({ kind: "rating", number: 1 });
    expect((await db.publication.findUnique({ where: { articleId } }))!.version).toBe(1);

    const ok = await post({ correctionNote: "a newly released Treasury record contradicts it" });
    expect(ok.status).toBe(200);
    const html = await (await page()).text();
    expect(html).toMatch(/Corrected on \d{1,2} \w{3} \d{4}<\/time>: claim 1 rating changed from \w+ to \w+ because <span dir="auto">a newly released Treasury record contradicts it/);
    const reviews = jsonLd(html) as { dateModified: string }[];
    expect(validate(reviews)).toBe(true);
    expect(reviews[0].dateModified).toBe(new Date().toISOString().slice(0, 10));
    const event = await db.event.findFirst({ where: { articleId, type: "publication.republished" } });
    expect(event).toMatchObject({ actorId: reviewer.id, note: "a newly released Treasury record contradicts it" });
  });

  it("lists the page in the Atom feed and the sitemap, and offers an embed and oEmbed that point back", async () => {
    const atom = await (await feed()).text();
    expect(atom).toContain(`<link rel="alternate" type="text/html" href="http://localhost:3000/fact-checks/${slug}"/>`);
    const map = await (await sitemap()).text();
    expect(map).toContain(`<loc>http://localhost:3000/fact-checks/${slug}</loc>`);

    const html = await (await page()).text();
    expect(html).toContain(`<link rel="alternate" type="application/json+oembed"`);
    expect(html).toMatch(/<meta property="og:url" content="http:\/\/localhost:3000\/fact-checks\//);
    expect(html).toContain(`<meta name="twitter:card" content="summary">`);

    const card = await embed(anon(`http://localhost:3000/embed/fact-checks/${slug}/1`), { params: Promise.resolve({ slug, claim: "1" }) });
    expect(card.status).toBe(200);
    expect(card.headers.get("content-security-policy")).toMatch(/frame-ancestors \*/);
    expect(card.headers.get("x-frame-options")).toBeNull();
    expect(await card.text()).toContain(`href="http://localhost:3000/fact-checks/${slug}#claim-1"`);

    const o = await oembed(new NextRequest(`http://localhost:3000/api/oembed?format=json&url=${encodeURIComponent(`http://localhost:3000/fact-checks/${slug}#claim-1`)}`), { params: Promise.resolve({}) });
    expect(o.status).toBe(200);
    const json = await o.json();
    expect(json).toMatchObject({ version: "1.0", type: "rich" });
    expect(json.html).toContain(`src="http://localhost:3000/embed/fact-checks/${slug}/1"`);
    const xml = await oembed(new NextRequest(`http://localhost:3000/api/oembed?format=xml&url=x`), { params: Promise.resolve({}) });
    expect(xml.status).toBe(501);
    const unknown = await oembed(new NextRequest(`http://localhost:3000/api/oembed?url=${encodeURIComponent("http://localhost:3000/fact-checks/nope")}`), { params: Promise.resolve({}) });
    expect(unknown.status).toBe(404);
  });

  it("pauses: 410 Gone with the note, out of the feed; a republish brings it back", async () => {
    await expect(pausePublication(reviewer, articleId, { note: "" })).rejects.toThrow(/why the page is paused/);
    await pausePublication(reviewer, articleId, { note: "Under review after a reader's complaint." });
    const gone = await page();
    expect(gone.status).toBe(410);
    expect(await gone.text()).toContain("Under review after a reader&#39;s complaint.");
    expect(await (await feed()).text()).not.toContain(slug);
    expect((await db.event.findFirst({ where: { articleId, type: "publication.paused" } }))?.actorId).toBe(reviewer.id);
    await publishArticle(reviewer, articleId, {});
    expect((await page()).status).toBe(200);
  });

  it("answers 404 for an unknown page", async () => {
    expect((await page("no-such-fact-check")).status).toBe(404);
  });
});
