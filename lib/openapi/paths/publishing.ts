import { oembedQuerySchema, pauseSchema, publishSchema } from "@/lib/validation/publication";
import { updateRatingScaleSchema } from "@/lib/validation/rating-scale";
import type { OperationSpec } from "../types";

/**
 * Publishing (issue 13). Besides these JSON operations the public side serves HTML and XML
 * without sign-in: `/fact-checks/{slug}` (the page; 410 when paused), `/fact-checks/feed.xml`
 * (Atom), `/sitemap.xml`, `/embed/fact-checks/{slug}` and `/embed/fact-checks/{slug}/{n}`
 * (iframe cards, frameable by any origin).
 */
export const publishingOperations: OperationSpec[] = [
  {
    method: "get", path: "/api/articles/{id}/publication", tag: "Publishing", summary: "Whether and where an article's fact-check is published", minRole: "viewer",
    description: "`status` is `unpublished`, `published` or `paused`; `url` is the public page; `pendingCorrections` lists what a republish would change for readers (a correction note is then required).",
    response: { status: 200, description: "`{ publication: { status, slug, url, version, publishedAt, pauseNote, approvedClaims, pendingCorrections } }`" }, errors: [404],
  },
  {
    method: "post", path: "/api/articles/{id}/publication", tag: "Publishing", summary: "Publish or republish an article's approved claims as its public page", minRole: "reviewer", body: publishSchema,
    description:
      "Takes a snapshot of the approved claims (ratings, rationales, sources) as the public page `/fact-checks/{slug}`. Later workbench edits show only after a republish. " +
      "A republish that changes a published rating or rationale, or withdraws a claim, needs `correctionNote` (422 with `details.changes` otherwise); the note is added to the page's dated corrections log. 422 when no claim is approved.",
    response: { status: 201, description: "`{ publication, version }` (200 on a republish)" }, errors: [400, 404, 422],
  },
  {
    method: "post", path: "/api/articles/{id}/publication/pause", tag: "Publishing", summary: "Pause (unpublish) the public page", minRole: "reviewer", body: pauseSchema,
    description: "The page answers 410 Gone with `note` until republished; it leaves the feed and the sitemap. 404 when never published, 409 when already paused.",
    response: { status: 200, description: "`{ publication }`" }, errors: [400, 404, 409, 422],
  },
  {
    method: "get", path: "/api/oembed", tag: "Publishing", summary: "oEmbed for a public fact-check page or claim", minRole: null, query: oembedQuerySchema,
    description: "`url` is a public page (optionally with `#claim-n`) or an embed address. Answers an oEmbed 1.0 `rich` object whose `html` is an iframe of the embed card. 501 for a format other than json.",
    response: { status: 200, description: "oEmbed JSON `{ version, type: \"rich\", title, provider_name, provider_url, html, width, height }`" }, errors: [404, 422, 501],
  },
];

export const ratingScaleOperations: OperationSpec[] = [
  {
    method: "get", path: "/api/settings/rating-scale", tag: "Settings", summary: "The newsroom's rating scale and its presets", minRole: "viewer",
    response: { status: 200, description: "`{ scale, presets, usage: { [key]: claims } }`" },
  },
  {
    method: "put", path: "/api/settings/rating-scale", tag: "Settings", summary: "Replace the rating scale", minRole: "admin", body: updateRatingScaleSchema,
    description:
      "Labels keep their keys, so renaming keeps claims. Removing a key that claims use answers 409 with `details.inUse` (key → claim count) unless `moveTo` maps it to a key of the new scale; each moved claim is one `claim.rating_moved` event. " +
      "Colours must reach 3:1 against white (WCAG 1.4.11, the rating is drawn as a ring beside dark text).",
    response: { status: 200, description: "`{ scale, moved }`" }, errors: [400, 409, 422],
  },
];
