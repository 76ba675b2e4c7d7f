import type { NextRequest } from "next/server";
import { json, readJson, requireActor, route } from "@/lib/http/route";
import { linkSourceSchema } from "@/lib/validation/claim";
import { linkSource } from "@/lib/server/link-source";

export const POST = route<{ id: string }>(async (req: NextRequest, { id }) => {
  const actor = await requireActor(req);
  const input = await readJson(req, linkSourceSchema);
  return json({ claim: await linkSource(actor, id, input) }, 201);
});
