import type { NextRequest } from "next/server";
import { json, readJson, requireActor, route } from "@/lib/http/route";
import { markNotificationsRead } from "@/lib/server/mark-notifications-read";
import { markNotificationsReadSchema } from "@/lib/validation/notifications";

export const POST = route(async (req: NextRequest) => {
  const actor = await requireActor(req);
  const input = await readJson(req, markNotificationsReadSchema);
  return json(await markNotificationsRead(actor, input));
});
