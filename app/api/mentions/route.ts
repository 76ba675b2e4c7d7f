import type { NextRequest } from "next/server";
import { json, requireActor, route } from "@/lib/http/route";
import { listMentions } from "@/lib/server/list-mentions";

export const GET = route(async (req: NextRequest) => {
  const actor = await requireActor(req);
  return json(await listMentions(actor));
});
