import type { NextRequest } from "next/server";
import { json, requireActor, route } from "@/lib/http/route";
import { markMentionRead } from "@/lib/server/mark-mention-read";

export const POST = route<{ id: string }>(async (req: NextRequest, { id }) => {
  const actor = await requireActor(req);
  return json({ mention: await markMentionRead(actor, id) });
});
