import type { NextRequest } from "next/server";
import { json, readJson, requireActor, route } from "@/lib/http/route";
import { updateSettingsSchema } from "@/lib/validation/settings";
import { getSettings } from "@/lib/server/get-settings";
import { updateSettings } from "@/lib/server/update-settings";

export const GET = route(async (req: NextRequest) => {
  const actor = await requireActor(req);
  return json({ settings: await getSettings(actor) });
});

export const PATCH = route(async (req: NextRequest) => {
  const actor = await requireActor(req);
  const input = await readJson(req, updateSettingsSchema);
  return json({ settings: await updateSettings(actor, input) });
});
