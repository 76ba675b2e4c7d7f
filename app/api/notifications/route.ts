import type { NextRequest } from "next/server";
import { json, requireActor, route } from "@/lib/http/route";
import { listNotifications } from "@/lib/server/list-notifications";

/** The signed-in person's inbox: `{ items, unread, muted }`. */
export const GET = route(async (req: NextRequest) => {
  const actor = await requireActor(req);
  return json(await listNotifications(actor));
});
