import type { NextRequest } from "next/server";
import { json, readJson, requireActor, route } from "@/lib/http/route";
import { resolveThreadSchema } from "@/lib/validation/comment";
import { resolveCommentThread } from "@/lib/server/resolve-comment-thread";

export const POST = route<{ id: string }>(async (req: NextRequest, { id }) => {
  const actor = await requireActor(req);
  const input = await readJson(req, resolveThreadSchema);
  return json({ thread: await resolveCommentThread(actor, id, input) });
});
