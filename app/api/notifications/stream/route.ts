import type { NextRequest } from "next/server";
import { requireActor, route } from "@/lib/http/route";
import { SSE_HEADERS } from "@/lib/realtime/sse-format";
import { streamNotifications } from "@/lib/server/stream-notifications";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** Server-Sent Events: `event: unread` with the bell's count, now and on every change. */
export const GET = route(async (req: NextRequest) => {
  const actor = await requireActor(req);
  return new Response(await streamNotifications(actor, req.signal), { headers: SSE_HEADERS });
});
