import type { NextRequest } from "next/server";
import { json, requireActor, route } from "@/lib/http/route";
import { getSourceArchive } from "@/lib/server/get-source-archive";

export const GET = route<{ id: string }>(async (req: NextRequest, { id }) => {
  const actor = await requireActor(req);
  return json({ archive: await getSourceArchive(actor, id) });
});
