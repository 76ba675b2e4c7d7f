import { etagFor, notModified, publicHeaders } from "@/lib/publish/http";
import { renderCache } from "@/lib/publish/page-cache";
import { renderFactCheckPage, renderNotFoundPage, renderPausedPage, type RenderedPublicPage } from "@/lib/publish/render-page";
import { readPublicFactCheck } from "@/lib/server/read-public-fact-check";

export const dynamic = "force-dynamic";

const pages = renderCache<RenderedPublicPage>();
const HTML = "text/html; charset=utf-8";

/**
 * The public fact-check page: served without sign-in from the published snapshot, as
 * plain HTML with no script (a route handler, so no app layout, top bar or client bundle).
 */
export async function GET(req: Request, ctx: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await ctx.params;
  const found = readPublicFactCheck(slug);
  if (found.status === "missing") {
    const page = renderNotFoundPage();
    return new Response(page.html, { status: 404, headers: publicHeaders(HTML, page.csp, null) });
  }
  const etag = etagFor(found.key);
  if (notModified(req, etag)) return new Response(null, { status: 304, headers: publicHeaders(HTML, null, etag) });
  if (found.status === "paused") {
    const page = pages(`paused:${found.key}`, () => renderPausedPage(found.title, found.note, found.organisationName));
    return new Response(page.html, { status: 410, headers: publicHeaders(HTML, page.csp, etag) });
  }
  const page = pages(found.key, () => renderFactCheckPage(found.snapshot, found.snapshot.baseUrl));
  return new Response(page.html, { status: 200, headers: publicHeaders(HTML, page.csp, etag) });
}
