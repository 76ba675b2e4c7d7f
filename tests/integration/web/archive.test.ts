import { createHash } from "node:crypto";
import { NextRequest } from "next/server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/domain/actor";
import { AppError } from "@/lib/domain/errors";
import { archiveSource } from "@/lib/server/archive-source";
import { createApiToken } from "@/lib/server/create-api-token";
import { createArticle } from "@/lib/server/create-article";
import { createClaim } from "@/lib/server/create-claim";
import { describeSourceUrl } from "@/lib/server/describe-source-url";
import { exportArticle } from "@/lib/server/export-article";
import { getArchiveUsage } from "@/lib/server/get-archive-usage";
import { getArticle } from "@/lib/server/get-article";
import { getClaim } from "@/lib/server/get-claim";
import { getSourceArchive } from "@/lib/server/get-source-archive";
import { linkSource } from "@/lib/server/link-source";
import { listSourceArchives } from "@/lib/server/list-source-archives";
import { previewArticleFromUrl } from "@/lib/server/preview-article-from-url";
import { GET as getRaw } from "@/app/api/archives/[id]/raw/route";
import { POST as postArchive } from "@/app/api/sources/[id]/archives/route";
import { NEWS_PAGE, NEWS_TITLE, SCRIPT_PAGE } from "@/tests/fixtures/web/pages";
import { PDF_TITLE, startFixtureServer, type FixtureServer } from "@/tests/fixtures/web/server";
import { db, makeUser } from "../helpers";

let server: FixtureServer;
let editor: Actor;
let viewer: Actor;
let admin: Actor;
let viewerToken: string;
let editorToken: string;

beforeAll(async () => {
  server = await startFixtureServer();
  // The fixture server listens on 127.0.0.1, a private address: only the allow-list lets it through.
  process.env.FACTDESK_FETCH_ALLOW_HOSTS = "127.0.0.1";
  editor = await makeUser("editor", "Ed");
  viewer = await makeUser("viewer");
  admin = await makeUser("admin");
  viewerToken = (await createApiToken(viewer, { name: "t" })).token;
  editorToken = (await createApiToken(editor, { name: "t" })).token;
});
afterAll(async () => {
  delete process.env.FACTDESK_FETCH_ALLOW_HOSTS;
  await server.close();
});
afterEach(() => {
  delete process.env.FACTDESK_ARCHIVE_LIMIT_MB;
});

async function claimWithSource(path: string) {
  const article = await createArticle(editor, { title: "Flood", body: "The barrier will cost €48 million, the council said." });
  const claim = await createClaim(editor, article.id, { exact: "The barrier will cost €48 million" });
  const linked = await linkSource(editor, claim.id, { url: `${server.origin}${path}`, title: "Council", stance: "supports" });
  return { articleId: article.id, claimId: claim.id, sourceId: linked.sources[0].sourceId };
}

function request(url: string, token: string, method = "GET") {
  return new NextRequest(new URL(url, "http://localhost"), { method, headers: { authorization: `Bearer ${token}` } });
}

describe("article from a URL", () => {
  it("previews the story and creates the article through the sanitiser, keeping URL and fetch time", async () => {
    const preview = await previewArticleFromUrl(editor, { url: `${server.origin}/redirect/2` });
    expect(preview).toMatchObject({ url: `${server.origin}/news`, title: NEWS_TITLE, byline: "Mira Castellanos", publisher: "Harbour Daily", publishedAt: "2026-11-28" });
    expect(preview.html).toContain("<h2>What the barrier will do</h2>");
    expect(preview.html).not.toContain("Subscribe now");
    const created = await createArticle(editor, {
      title: preview.title, byline: preview.byline, publisher: preview.publisher, url: preview.url, publishedAt: preview.publishedAt, fetchedAt: preview.fetchedAt, body: preview.html, bodyFormat: "html",
    });
    const { article } = await getArticle(editor, created.id);
    expect(article.text).toContain("voted 9 to 2 on Thursday");
    expect(article.text).not.toContain("ADVERTISEMENT");
    const row = await db.article.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.url).toBe(`${server.origin}/news`);
    expect(row.fetchedAt?.toISOString()).toBe(preview.fetchedAt);
  });

  it("refuses a PDF as an article, and a viewer", async () => {
    await expect(previewArticleFromUrl(editor, { url: `${server.origin}/report.pdf` })).rejects.toThrow(/PDF file, not a web page/);
    await expect(previewArticleFromUrl(viewer, { url: `${server.origin}/news` })).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("describing a source", () => {
  it("fills in from JSON-LD, and a PDF's title and page count", async () => {
    expect(await describeSourceUrl(editor, { url: `${server.origin}/json-ld` })).toMatchObject({ title: "Sea level rise along the northern coast, 1990-2025", author: "Dr. Lena Okafor, Tomás Reyes", publishedAt: "2025-06-14" });
    expect(await describeSourceUrl(editor, { url: `${server.origin}/report.pdf` })).toMatchObject({ title: PDF_TITLE, pageCount: 3 });
  });

  it("turns a refused address into a 422 with the reason", async () => {
    const error = await describeSourceUrl(editor, { url: `http://localhost:${server.port}/news` }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "invalid", details: { reason: "private_address" } });
  });

  it("keeps author and publication date when linking", async () => {
    const article = await createArticle(editor, { title: "A", body: "Sea levels rose 9 cm since 1990." });
    const claim = await createClaim(editor, article.id, { exact: "Sea levels rose 9 cm" });
    const view = await linkSource(editor, claim.id, { url: `${server.origin}/json-ld?x=1`, title: "Sea level", author: "Dr. Lena Okafor", publishedAt: "2025-06-14", stance: "supports" });
    expect(view.sources[0]).toMatchObject({ author: "Dr. Lena Okafor", publishedAt: "2025-06-14" });
  });
});

describe("archived copies", () => {
  it("stores bytes, text, type, final URL, status, SHA-256 and fetch time; re-archiving keeps the earlier copy", async () => {
    const { claimId, sourceId } = await claimWithSource("/redirect/1");
    const first = await archiveSource(editor, sourceId);
    expect(first).toMatchObject({ requestedUrl: `${server.origin}/redirect/1`, finalUrl: `${server.origin}/news`, httpStatus: 200, contentType: "text/html; charset=utf-8", byteSize: Buffer.byteLength(NEWS_PAGE) });
    expect(first.sha256).toBe(createHash("sha256").update(NEWS_PAGE).digest("hex"));
    const second = await archiveSource(editor, sourceId);
    const list = await listSourceArchives(viewer, sourceId);
    expect(list.map((a) => a.id)).toEqual([second.id, first.id]);

    const copy = await getSourceArchive(viewer, first.id);
    expect(copy.text).toContain("voted 9 to 2 on Thursday");
    expect(copy.text).not.toContain("Miracle Blender");
    const claim = await getClaim(viewer, claimId);
    expect(claim.sources[0]).toMatchObject({ archiveId: second.id, archivedAt: second.fetchedAt });

    const stored = await db.sourceArchive.findUniqueOrThrow({ where: { id: first.id } });
    expect(Buffer.from(stored.body).toString("utf8")).toBe(NEWS_PAGE);
  });

  it("exports cite the archived copy next to the live URL", async () => {
    const { articleId, sourceId } = await claimWithSource("/og-only?export");
    const archive = await archiveSource(editor, sourceId);
    for (const format of ["markdown", "html"] as const) {
      const file = await exportArticle(editor, articleId, { format, includeDrafts: true, baseUrl: "https://factdesk.example" });
      const text = String(file.body);
      expect(text).toContain(`${server.origin}/og-only?export`);
      expect(text).toContain(`https://factdesk.example/archives/${archive.id}`);
    }
  });

  it("archives a PDF with its text layer", async () => {
    const { sourceId } = await claimWithSource("/report.pdf");
    const archive = await archiveSource(editor, sourceId);
    expect(archive).toMatchObject({ contentType: "application/pdf", title: PDF_TITLE });
    expect((await getSourceArchive(editor, archive.id)).text).toContain("Page three: the costs.");
  });

  it("serves the archived HTML with headers that forbid scripts and network access", async () => {
    const { sourceId } = await claimWithSource("/script");
    const res = await postArchive(request(`/api/sources/${sourceId}/archives`, editorToken, "POST"), { params: Promise.resolve({ id: sourceId }) });
    expect(res.status).toBe(201);
    const { archive } = (await res.json()) as { archive: { id: string } };
    const raw = await getRaw(request(`/api/archives/${archive.id}/raw`, viewerToken), { params: Promise.resolve({ id: archive.id }) });
    expect(raw.status).toBe(200);
    const csp = raw.headers.get("content-security-policy") ?? "";
    expect(csp.split(";").map((d) => d.trim())).toEqual(expect.arrayContaining(["sandbox", "default-src 'none'"]));
    expect(csp).not.toMatch(/allow-scripts|allow-same-origin|script-src/);
    expect(raw.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await raw.text()).toBe(SCRIPT_PAGE);
  });

  it("refuses an address that may not be fetched, storing nothing", async () => {
    const { sourceId } = await claimWithSource("/to-metadata");
    const res = await postArchive(request(`/api/sources/${sourceId}/archives`, editorToken, "POST"), { params: Promise.resolve({ id: sourceId }) });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { message: string; details: { reason: string } } };
    expect(body.error.details.reason).toBe("private_address");
    expect(body.error.message).toMatch(/169\.254\.169\.254/);
    expect(await db.sourceArchive.count({ where: { sourceId } })).toBe(0);
  });

  it("counts copies toward the storage limit, which admins can see", async () => {
    const { sourceId } = await claimWithSource("/og-only");
    const usage = await getArchiveUsage(admin);
    expect(usage.bytes).toBeGreaterThan(0);
    expect(usage.copies).toBe(await db.sourceArchive.count());
    process.env.FACTDESK_ARCHIVE_LIMIT_MB = String(usage.bytes / 1024 / 1024);
    await expect(archiveSource(editor, sourceId)).rejects.toMatchObject({ code: "conflict", message: expect.stringMatching(/Archive storage is full.*FACTDESK_ARCHIVE_LIMIT_MB/) });
    expect(await db.sourceArchive.count({ where: { sourceId } })).toBe(0);
    await expect(getArchiveUsage(editor)).rejects.toMatchObject({ code: "forbidden" });
  });
});
