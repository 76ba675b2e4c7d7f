import type { NextRequest } from "next/server";
import { json, readJson, requireActor, route } from "@/lib/http/route";
import { updateNotificationSettings } from "@/lib/server/update-notification-settings";
import { notificationSettingsSchema } from "@/lib/validation/notifications";

export const PUT = route(async (req: NextRequest) => {
  const actor = await requireActor(req);
  const input = await readJson(req, notificationSettingsSchema);
  return json(await updateNotificationSettings(actor, input));
});
