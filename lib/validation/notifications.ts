import { z } from "zod";
import { NOTIFICATION_KINDS } from "@/lib/domain/notifications";
import { idParam } from "./common";

/** POST /api/notifications/read: some items by id, or all of them. */
export const markNotificationsReadSchema = z.union(
  [z.object({ ids: z.array(idParam).min(1, "Name at least one notification.").max(500, "At most 500 at a time.") }).strict(), z.object({ all: z.literal(true) }).strict()],
  { error: 'Send { "ids": [...] } or { "all": true }.' },
);
export type MarkNotificationsReadInput = z.input<typeof markNotificationsReadSchema>;

/** PUT /api/notifications/settings: the kinds this person does not want to hear about. */
export const notificationSettingsSchema = z
  .object({ muted: z.array(z.enum(NOTIFICATION_KINDS, { error: `Kinds are: ${NOTIFICATION_KINDS.join(", ")}.` })).max(NOTIFICATION_KINDS.length) })
  .strict();
export type NotificationSettingsInput = z.input<typeof notificationSettingsSchema>;
