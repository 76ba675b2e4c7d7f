import type { NextRequest } from "next/server";
import { json, requireActor, route } from "@/lib/http/route";
import { unlinkSource } from "@/lib/server/unlink-source";

export const DELETE = route<{ id: string; sourceId: string }>(async (req: NextRequest, { id, sourceId }) => {
  const actor = await requireActor(req);
  return json({ claim: await unlinkSource(actor, id, sourceId) });
});
