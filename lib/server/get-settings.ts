import { withDb } from "@/lib/data/handle";
import { readSettings, type NewsroomSettings } from "@/lib/data/settings";
import type { Actor } from "@/lib/domain/actor";
import { authorize } from "./support/authorize";

/** The newsroom settings for the admin page. */
export async function getSettings(actor: Actor): Promise<NewsroomSettings> {
  authorize(actor, "settings.manage");
  return withDb(readSettings);
}
