import type { NextRequest } from "next/server";
import { json, readJson, requireActor, route } from "@/lib/http/route";
import { editCommentSchema } from "@/lib/validation/comment";
import { editComment } from "@/lib/server/edit-comment";
import { deleteComment } from "@/lib/server/delete-comment";

export const PATCH = route<{ id: string }>(async (req: NextRequest, { id }) => {
  const actor = await requireActor(req);
  const input = await readJson(req, editCommentSchema, 100_000);
  return json({ comment: await editComment(actor, id, input) });
});

export const DELETE = route<{ id: string }>(async (req: NextRequest, { id }) => {
  const actor = await requireActor(req);
  return json({ comment: await deleteComment(actor, id) });
});
