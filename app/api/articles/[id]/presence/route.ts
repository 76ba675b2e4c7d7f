import type { NextRequest } from "next/server";
import { json, readJson, requireActor, route } from "@/lib/http/route";
import { presenceSchema } from "@/lib/validation/collaboration";
import { listPresence } from "@/lib/server/list-presence";
import { updatePresence } from "@/lib/server/update-presence";

export const dynamic = "force-dynamic";

export const GET = route<{ id: string }>(async (req: NextRequest, { id }) => {
  const actor = await requireActor(req);
  return json(await listPresence(actor, id));
});

/** Heartbeat `{ editingClaimId, clientId }` every ~5 s, or `{ leaving: true, clientId }`. */
export const POST = route<{ id: string }>(async (req: NextRequest, { id }) => {
  const actor = await requireActor(req);
  const input = await readJson(req, presenceSchema, 4_000);
  return json(await updatePresence(actor, id, input));
});

/** Leaving: the same as POST `{ leaving: true }`; the tab's id may come as `?clientId=`. */
export const DELETE = route<{ id: string }>(async (req: NextRequest, { id }) => {
  const actor = await requireActor(req);
  const clientId = req.nextUrl.searchParams.get("clientId") ?? undefined;
  return json(await updatePresence(actor, id, { leaving: true, clientId }));
});
