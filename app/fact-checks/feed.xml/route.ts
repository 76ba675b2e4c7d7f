import { renderAtomFeed } from "@/lib/publish/feed";
import { publicHeaders } from "@/lib/publish/http";
import { listPublishedFactChecks } from "@/lib/server/list-published-fact-checks";
import { readPublicProfile } from "@/lib/server/read-public-profile";

export const dynamic = "force-dynamic";

/** Atom feed of published fact-checks, newest first. */
export async function GET(): Promise<Response> {
  const [pages, profile] = await Promise.all([listPublishedFactChecks(100), readPublicProfile()]);
  return new Response(renderAtomFeed(pages, profile.baseUrl, profile.name), { headers: publicHeaders("application/atom+xml; charset=utf-8", "default-src 'none'", null) });
}
