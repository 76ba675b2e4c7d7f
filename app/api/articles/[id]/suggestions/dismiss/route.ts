import type { NextRequest } from "next/server";
import { json, readJson, requireActor, route } from "@/lib/http/route";
import { dismissSuggestionSchema } from "@/lib/validation/revision";
import { dismissSuggestion } from "@/lib/server/dismiss-suggestion";

export const POST = route<{ id: string }>(async (req: NextRequest, { id }) => {
  const actor = await requireActor(req);
  const input = await readJson(req, dismissSuggestionSchema);
  return json(await dismissSuggestion(actor, id, input));
});
