import type { NextRequest } from "next/server";
import { requireActor, route } from "@/lib/http/route";
import { SSE_HEADERS } from "@/lib/realtime/sse-format";
import { streamArticleEvents } from "@/lib/server/stream-article-events";

// A long-lived stream per request: never prerendered or cached, always on Node.js.
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** Server-Sent Events: the article's changes (`event: change`) and who is here (`event: presence`). */
export const GET = route<{ id: string }>(async (req: NextRequest, { id }) => {
  const actor = await requireActor(req);
  const stream = await streamArticleEvents(actor, id, {
    lastEventId: req.headers.get("last-event-id"),
    after: req.nextUrl.searchParams.get("after"),
    signal: req.signal,
  });
  return new Response(stream, { headers: SSE_HEADERS });
});
