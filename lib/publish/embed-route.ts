import { readPublicFactCheck } from "@/lib/server/read-public-fact-check";
import { etagFor, notModified, publicHeaders } from "./http";
import { renderCache } from "./page-cache";
import { renderEmbedCard, renderEmbedGone } from "./render-embed";
import type { RenderedPublicPage } from "./render-page";

const cards = renderCache<RenderedPublicPage>();
const HTML = "text/html; charset=utf-8";

/** Serves the embed card of a whole fact-check (claim null) or of one claim by number. */
export async function serveEmbed(req: Request, slug: string, claim: string | null): Promise<Response> {
  const found = await readPublicFactCheck(slug);
  if (found.status !== "published") {
    const page = renderEmbedGone(found.status === "paused" ? "This fact-check has been withdrawn." : "No published fact-check here.");
    return new Response(page.html, { status: found.status === "paused" ? 410 : 404, headers: publicHeaders(HTML, page.csp, null, true) });
  }
  const number = claim === null ? null : /^\d{1,4}$/.test(claim) ? Number(claim) : NaN;
  const claims = number === null ? found.snapshot.claims : found.snapshot.claims.filter((c) => c.number === number);
  if (claims.length === 0) {
    const page = renderEmbedGone("This claim is not on the published fact-check.");
    return new Response(page.html, { status: 404, headers: publicHeaders(HTML, page.csp, null, true) });
  }
  const key = `${found.key}:${number ?? "all"}`;
  const etag = etagFor(key);
  if (notModified(req, etag)) return new Response(null, { status: 304, headers: publicHeaders(HTML, null, etag, true) });
  const page = cards(key, () => renderEmbedCard(found.snapshot, claims));
  return new Response(page.html, { headers: publicHeaders(HTML, page.csp, etag, true) });
}
