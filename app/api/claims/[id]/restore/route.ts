import type { NextRequest } from "next/server";
import { json, requireActor, route } from "@/lib/http/route";
import { restoreClaim } from "@/lib/server/restore-claim";

export const POST = route<{ id: string }>(async (req: NextRequest, { id }) => {
  const actor = await requireActor(req);
  return json({ claim: await restoreClaim(actor, id) });
});
