import type { NextRequest } from "next/server";
import { json, readJson, requireActor, route } from "@/lib/http/route";
import { updateUserSchema } from "@/lib/validation/user";
import { updateUser } from "@/lib/server/update-user";

export const PATCH = route<{ id: string }>(async (req: NextRequest, { id }) => {
  const actor = await requireActor(req);
  const input = await readJson(req, updateUserSchema);
  return json({ user: await updateUser(actor, id, input) });
});
