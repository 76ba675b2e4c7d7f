import type { NextRequest } from "next/server";
import { json, requireActor, route } from "@/lib/http/route";
import { archiveSource } from "@/lib/server/archive-source";
import { listSourceArchives } from "@/lib/server/list-source-archives";

export const GET = route<{ id: string }>(async (req: NextRequest, { id }) => {
  const actor = await requireActor(req);
  return json({ archives: await listSourceArchives(actor, id) });
});

/** Archive the source's page now; earlier copies are kept. */
export const POST = route<{ id: string }>(async (req: NextRequest, { id }) => {
  const actor = await requireActor(req);
  return json({ archive: await archiveSource(actor, id, req.signal) }, 201);
});
