import { jsonResponse } from "@/lib/contracts/endpoint";
import { oembedQuerySchema, oembedSchema, pauseSchema, publicationResponseSchema, publishResponseSchema, publishSchema } from "@/lib/contracts/publish";
import { getOEmbed } from "@/lib/server/get-oembed";
import { getPublication } from "@/lib/server/get-publication";
import { pausePublication } from "@/lib/server/pause-publication";
import { publishArticle } from "@/lib/server/publish-article";
import { endpoint, reply } from "../endpoint";

/**
 * Publishing (issue 13). Besides these JSON operations the public side serves HTML and XML
 * without sign-in: `/fact-checks/{slug}` (the page; 410 when paused), `/fact-checks/feed.xml`
 * (Atom), `/sitemap.xml`, `/embed/fact-checks/{slug}` and `/embed/fact-checks/{slug}/{n}`
 * (iframe cards, frameable by any origin); they are declared in ./public-pages.ts.
 */
export const status = endpoint({
  id: "publish.status", method: "GET", path: "/api/articles/{id}/publication", tag: "Publishing", summary: "Whether and where an article's fact-check is published", minRole: "viewer",
  description: "`status` is `unpublished`, `published` or `paused`; `url` is the public page; `pendingCorrections` lists what a republish would change for readers (a correction note is then required).",
  response: jsonResponse(publicationResponseSchema, "`{ publication: { status, slug, url, version, publishedAt, pauseNote, approvedClaims, pendingCorrections } }`"), errors: [404],
  handle: async ({ actor, params }) => ({ publication: await getPublication(actor, params.id) }),
});

export const publish = endpoint({
  id: "publish.publish", method: "POST", path: "/api/articles/{id}/publication", tag: "Publishing", summary: "Publish or republish an article's approved claims as its public page", minRole: "reviewer", body: publishSchema,
  description:
    "Takes a snapshot of the approved claims (ratings, rationales, sources) as the public page `/fact-checks/{slug}`. Later workbench edits show only after a republish. " +
    "A republish that changes a published rating or rationale, or withdraws a claim, needs `correctionNote` (422 with `details.changes` otherwise); the note is added to the page's dated corrections log. 422 when no claim is approved.",
  response: jsonResponse(publishResponseSchema, "`{ publication, version }` (200 on a republish)", 201), errors: [400, 404, 422],
  handle: async ({ actor, params, body }) => {
    const row = await publishArticle(actor, params.id, body);
    return reply({ publication: await getPublication(actor, params.id), version: row.version }, { status: row.version === 1 ? 201 : 200 });
  },
});

export const pause = endpoint({
  id: "publish.pause", method: "POST", path: "/api/articles/{id}/publication/pause", tag: "Publishing", summary: "Pause (unpublish) the public page", minRole: "reviewer", body: pauseSchema,
  description: "The page answers 410 Gone with `note` until republished; it leaves the feed and the sitemap. 404 when never published, 409 when already paused.",
  response: jsonResponse(publicationResponseSchema, "`{ publication }`"), errors: [400, 404, 409, 422],
  handle: async ({ actor, params, body }) => {
    await pausePublication(actor, params.id, body);
    return { publication: await getPublication(actor, params.id) };
  },
});

export const oembed = endpoint({
  id: "publish.oembed", method: "GET", path: "/api/oembed", tag: "Publishing", summary: "oEmbed for a public fact-check page or claim", minRole: "public", query: oembedQuerySchema,
  description: "oEmbed provider endpoint (https://oembed.com): public, no sign-in, JSON only. `url` is a public page (optionally with `#claim-n`) or an embed address. Answers an oEmbed 1.0 `rich` object whose `html` is an iframe of the embed card. 501 for a format other than json.",
  response: jsonResponse(oembedSchema, "oEmbed JSON `{ version, type: \"rich\", title, provider_name, provider_url, html, width, height }`"), errors: [404, 422, 501],
  handle: async ({ query }) => {
    const embed = await getOEmbed(query);
    return reply(embed, { headers: { "cache-control": "public, max-age=60", "access-control-allow-origin": "*" } });
  },
});

export const publishEndpoints = [status, publish, pause, oembed];
