import { db } from "@/lib/data/client";
import { readMutedKinds, writeMutedKinds } from "@/lib/data/notifications";
import type { Actor } from "@/lib/domain/actor";
import type { NotificationKind } from "@/lib/domain/notifications";
import { notificationSettingsSchema, type NotificationSettingsInput } from "@/lib/validation/notifications";
import { authorize } from "./support/authorize";

/** Which kinds of notification the actor turns off (their own settings only). */
export async function updateNotificationSettings(actor: Actor, raw: NotificationSettingsInput): Promise<{ muted: NotificationKind[] }> {
  authorize(actor, "mention.read");
  const input = notificationSettingsSchema.parse(raw);
  await writeMutedKinds(db, actor.id, input.muted);
  return { muted: await readMutedKinds(db, actor.id) };
}
