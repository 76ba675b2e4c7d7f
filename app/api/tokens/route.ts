import type { NextRequest } from "next/server";
import { json, readJson, requireActor, route } from "@/lib/http/route";
import { createTokenSchema } from "@/lib/validation/user";
import { createApiToken } from "@/lib/server/create-api-token";
import { listApiTokens } from "@/lib/server/list-api-tokens";

export const GET = route(async (req: NextRequest) => {
  const actor = await requireActor(req);
  return json({ tokens: await listApiTokens(actor) });
});

export const POST = route(async (req: NextRequest) => {
  const actor = await requireActor(req);
  const input = await readJson(req, createTokenSchema);
  return json(await createApiToken(actor, input), 201);
});
