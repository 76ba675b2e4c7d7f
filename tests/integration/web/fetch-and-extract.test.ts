import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeFetchedPage, archiveTextOf } from "@/lib/web/describe";
import { decodePage } from "@/lib/web/decode";
import { extractReadable } from "@/lib/web/readable";
import { fetchPage } from "@/lib/web/safe-fetch";
import type { FetchSettings } from "@/lib/web/settings";
import { NEWS_TITLE } from "@/tests/fixtures/web/pages";
import { PDF_TITLE, startFixtureServer, type FixtureServer } from "@/tests/fixtures/web/server";

let server: FixtureServer;
const settings: FetchSettings = { allowHosts: new Set(["127.0.0.1"]), maxBytes: 10 * 1024 * 1024, timeoutMs: 5_000, maxRedirects: 5 };

beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());

describe("article extraction (Readability on linkedom)", () => {
  it("keeps the story with its headings, list, quote and links, and drops navigation, ads and footer", async () => {
    const page = await fetchPage(`${server.origin}/news`, { settings });
    const article = extractReadable(decodePage(page), page.finalUrl)!;
    expect(article.title).toBe(NEWS_TITLE);
    expect(article.author).toBe("Mira Castellanos");
    expect(article.publisher).toBe("Harbour Daily");
    expect(article.publishedAt).toBe("2026-11-28");
    expect(article.text).toContain("voted 9 to 2 on Thursday");
    expect(article.text).toContain("two residents' groups");
    expect(article.html).toMatch(/<h2[^>]*>What the barrier will do<\/h2>/);
    expect(article.html).toMatch(/<li>a movable gate across the harbour mouth<\/li>/);
    expect(article.html).toContain("<blockquote>");
    // Relative links are made absolute against the page address so the sanitiser keeps them.
    expect(article.html).toContain(`href="${server.origin}/reports/barrier-study.pdf"`);
    expect(article.html).toContain('href="https://weather.example.org/surge-2026"');
    for (const furniture of ["Subscribe now", "ADVERTISEMENT", "Miracle Blender", "Ten celebrities", "Cookie settings", "Careers"]) {
      expect(article.text).not.toContain(furniture);
    }
  });

  it("reads a gzip-compressed page", async () => {
    const page = await fetchPage(`${server.origin}/news-gzip`, { settings });
    expect(decodePage(page)).toContain("flood barrier");
  });
});

describe("source description from page markup", () => {
  it("fills title, publisher, author and date from Open Graph alone", async () => {
    const d = await describeFetchedPage(await fetchPage(`${server.origin}/og-only`, { settings }));
    expect(d).toMatchObject({ title: "Regional unemployment falls to 5.1 percent", publisher: "Statistics Office", author: "Jonas Berg", publishedAt: "2026-10-02", pageCount: null });
  });

  it("prefers a JSON-LD Report inside @graph (and survives a broken JSON-LD block)", async () => {
    const d = await describeFetchedPage(await fetchPage(`${server.origin}/json-ld`, { settings }));
    expect(d).toMatchObject({
      title: "Sea level rise along the northern coast, 1990-2025",
      publisher: "Coastal Research Institute",
      author: "Dr. Lena Okafor, Tomás Reyes",
      publishedAt: "2025-06-14",
    });
  });

  it("falls back to citation_* <meta> tags", async () => {
    const d = await describeFetchedPage(await fetchPage(`${server.origin}/meta-only`, { settings }));
    expect(d).toMatchObject({ title: "Effects of tidal barriers on estuary salinity", publisher: "Journal of Coastal Engineering", author: "Ingrid Halvorsen", publishedAt: "2024-03-07" });
  });

  it("reads a PDF's title and page count from the file", async () => {
    const page = await fetchPage(`${server.origin}/report.pdf`, { settings });
    expect(page.mediaType).toBe("application/pdf");
    const d = await describeFetchedPage(page);
    expect(d).toMatchObject({ title: PDF_TITLE, author: "Harbour Council Engineering", pageCount: 3, mediaType: "application/pdf" });
    expect((await archiveTextOf(page)).text).toContain("Page two: the design.");
  });

  it("follows a redirect chain and reports where it ended", async () => {
    const page = await fetchPage(`${server.origin}/redirect/3`, { settings });
    expect(page.finalUrl).toBe(`${server.origin}/news`);
    expect(page.requestedUrl).toBe(`${server.origin}/redirect/3`);
    expect(page.status).toBe(200);
  });
});
