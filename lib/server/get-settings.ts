import { db } from "@/lib/data/client";
import type { Actor } from "@/lib/domain/actor";
import { authorize } from "./support/authorize";
import { readSettings, type NewsroomSettings } from "./support/settings";

/** The newsroom settings for the admin page. */
export async function getSettings(actor: Actor): Promise<NewsroomSettings> {
  authorize(actor, "settings.manage");
  return readSettings(db);
}
