import { renderSitemap } from "@/lib/publish/feed";
import { publicHeaders } from "@/lib/publish/http";
import { listPublishedFactChecks } from "@/lib/server/list-published-fact-checks";

export const dynamic = "force-dynamic";

/** Sitemap of the public fact-check pages (the only pages readers can open without an account). */
export async function GET(): Promise<Response> {
  return new Response(renderSitemap(await listPublishedFactChecks(50_000)), { headers: publicHeaders("application/xml; charset=utf-8", "default-src 'none'", null) });
}
