import type { NextRequest } from "next/server";
import { json, readJson, requireActor, route } from "@/lib/http/route";
import { createCommentSchema } from "@/lib/validation/comment";
import { addComment } from "@/lib/server/add-comment";
import { listClaimComments } from "@/lib/server/list-claim-comments";

export const GET = route<{ id: string }>(async (req: NextRequest, { id }) => {
  const actor = await requireActor(req);
  return json(await listClaimComments(actor, id));
});

export const POST = route<{ id: string }>(async (req: NextRequest, { id }) => {
  const actor = await requireActor(req);
  const input = await readJson(req, createCommentSchema, 100_000);
  return json({ comment: await addComment(actor, id, input) }, 201);
});
