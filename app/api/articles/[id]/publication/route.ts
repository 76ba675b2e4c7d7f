import type { NextRequest } from "next/server";
import { json, readJson, requireActor, route } from "@/lib/http/route";
import { publishSchema } from "@/lib/validation/publication";
import { getPublication } from "@/lib/server/get-publication";
import { publishArticle } from "@/lib/server/publish-article";

export const GET = route<{ id: string }>(async (req: NextRequest, { id }) => {
  const actor = await requireActor(req);
  return json({ publication: await getPublication(actor, id) });
});

export const POST = route<{ id: string }>(async (req: NextRequest, { id }) => {
  const actor = await requireActor(req);
  const input = await readJson(req, publishSchema);
  const row = await publishArticle(actor, id, input);
  return json({ publication: await getPublication(actor, id), version: row.version }, row.version === 1 ? 201 : 200);
});
