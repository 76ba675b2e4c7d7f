import type { NextRequest } from "next/server";
import { json, readJson, requireActor, route } from "@/lib/http/route";
import { pauseSchema } from "@/lib/validation/publication";
import { getPublication } from "@/lib/server/get-publication";
import { pausePublication } from "@/lib/server/pause-publication";

export const POST = route<{ id: string }>(async (req: NextRequest, { id }) => {
  const actor = await requireActor(req);
  const input = await readJson(req, pauseSchema);
  await pausePublication(actor, id, input);
  return json({ publication: await getPublication(actor, id) });
});
