import { withDb } from "@/lib/data/handle";
import { readMutedKinds, writeMutedKinds } from "@/lib/data/notifications";
import type { Actor } from "@/lib/domain/actor";
import type { NotificationKind } from "@/lib/domain/notifications";
import { notificationSettingsSchema, type NotificationSettingsInput } from "@/lib/validation/notifications";
import { parseInput } from "@/lib/validation/parse-once";
import { authorize } from "./support/authorize";

/** Which kinds of notification the actor turns off (their own settings only). */
export async function updateNotificationSettings(actor: Actor, raw: NotificationSettingsInput): Promise<{ muted: NotificationKind[] }> {
  authorize(actor, "mention.read");
  const input = parseInput(notificationSettingsSchema, raw);
  return withDb(async (client) => {
    await writeMutedKinds(client, actor.id, input.muted);
    return { muted: await readMutedKinds(client, actor.id) };
  });
}
