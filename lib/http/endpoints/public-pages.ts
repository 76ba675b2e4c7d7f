import { notModified, publicHeaders } from "@/lib/publish/http";
import { renderAtomFeed, renderSitemap } from "@/lib/publish/feed";
import { serveEmbed } from "@/lib/publish/embed-route";
import { renderNotFoundPage } from "@/lib/publish/render-page";
import { listPublishedFactChecks } from "@/lib/server/list-published-fact-checks";
import { readPublicFactCheckPage } from "@/lib/server/read-public-fact-check-page";
import { readPublicProfile } from "@/lib/server/read-public-profile";
import { endpoint } from "../endpoint";
import { registerPublicPageFastPath } from "../public-page-fast-path";

/**
 * The public side of publishing (issue 13): pages, feeds and embeds readers open without an
 * account. They read published snapshots only and answer HTML or XML, not JSON.
 */
const HTML = "text/html; charset=utf-8";

export const factCheckPage = endpoint({
  id: "public.factCheck", method: "GET", path: "/fact-checks/{slug}", tag: "Public pages", summary: "The public fact-check page", minRole: "public",
  description: "Served without sign-in from the published snapshot, as plain HTML with no script (a route handler, so no app layout, top bar or client bundle). 410 Gone with the note when paused; 304 on a matching `If-None-Match`.",
  response: { kind: "html", status: 200, description: "The fact-check page", contentType: HTML }, errors: [404, 410],
  handle: async ({ req, params }) => {
    // The same bytes and headers the production server's fast path sends (lib/http/public-page-fast-path.ts).
    const page = await readPublicFactCheckPage(params.slug);
    if (!page) {
      const missing = renderNotFoundPage();
      return new Response(missing.html, { status: 404, headers: publicHeaders(HTML, missing.csp, null) });
    }
    if (notModified(req, page.etag)) return new Response(null, { status: 304, headers: page.notModifiedHeaders });
    return new Response(new Uint8Array(page.body.identity), { status: page.status, headers: page.headers });
  },
});

// The production server serves this page before Next.js once this module has been loaded.
registerPublicPageFastPath();

export const feed = endpoint({
  id: "public.feed", method: "GET", path: "/fact-checks/feed.xml", tag: "Public pages", summary: "Atom feed of published fact-checks, newest first", minRole: "public",
  response: { kind: "file", status: 200, description: "Atom feed", contentType: "application/atom+xml" },
  handle: async () => {
    const [published, profile] = await Promise.all([listPublishedFactChecks(100), readPublicProfile()]);
    return new Response(renderAtomFeed(published, profile.baseUrl, profile.name), { headers: publicHeaders("application/atom+xml; charset=utf-8", "default-src 'none'", null) });
  },
});

export const sitemap = endpoint({
  id: "public.sitemap", method: "GET", path: "/sitemap.xml", tag: "Public pages", summary: "Sitemap of the public fact-check pages", minRole: "public",
  response: { kind: "file", status: 200, description: "XML sitemap", contentType: "application/xml" },
  handle: async () => new Response(renderSitemap(await listPublishedFactChecks(50_000)), { headers: publicHeaders("application/xml; charset=utf-8", "default-src 'none'", null) }),
});

export const embed = endpoint({
  id: "public.embed", method: "GET", path: "/embed/fact-checks/{slug}", tag: "Public pages", summary: "Embeddable card of every claim of a published fact-check (iframe, any origin)", minRole: "public",
  response: { kind: "html", status: 200, description: "The embed card", contentType: HTML }, errors: [404, 410],
  handle: async ({ req, params }) => serveEmbed(req, params.slug, null),
});

export const embedClaim = endpoint({
  id: "public.embedClaim", method: "GET", path: "/embed/fact-checks/{slug}/{claim}", tag: "Public pages", summary: "Embeddable card of one claim (by its number on the public page)", minRole: "public",
  response: { kind: "html", status: 200, description: "The embed card", contentType: HTML }, errors: [404, 410],
  handle: async ({ req, params }) => serveEmbed(req, params.slug, params.claim),
});

export const publicPageEndpoints = [factCheckPage, feed, sitemap, embed, embedClaim];
