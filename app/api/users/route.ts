import type { NextRequest } from "next/server";
import { json, readJson, requireActor, route } from "@/lib/http/route";
import { createUserSchema } from "@/lib/validation/user";
import { createUser } from "@/lib/server/create-user";
import { listUsers } from "@/lib/server/list-users";
import { listUserDirectory } from "@/lib/server/list-user-directory";

/** Admins get the full list; `?directory=1` gives everyone the active-colleague list. */
export const GET = route(async (req: NextRequest) => {
  const actor = await requireActor(req);
  if (req.nextUrl.searchParams.get("directory") === "1") return json({ users: await listUserDirectory(actor) });
  return json({ users: await listUsers(actor) });
});

export const POST = route(async (req: NextRequest) => {
  const actor = await requireActor(req);
  const input = await readJson(req, createUserSchema);
  return json(await createUser(actor, input), 201);
});
