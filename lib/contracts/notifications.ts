import { z } from "zod";
import { NOTIFICATION_KINDS, type NotificationKind } from "@/lib/domain/notifications";
import { isoString } from "./common";

/** Notifications: request schemas (lib/validation) and the inbox views. */
export { markNotificationsReadSchema, notificationSettingsSchema, type MarkNotificationsReadInput, type NotificationSettingsInput } from "@/lib/validation/notifications";

export interface NotificationView {
  id: string;
  kind: NotificationKind;
  summary: string;
  detail: string | null;
  articleId: string | null;
  claimId: string | null;
  commentId: string | null;
  actorId: string | null;
  readAt: string | null;
  createdAt: string;
  /** The claim on the right tab (a mention opens Comments). */
  href: string | null;
}

export const notificationKindSchema = z.enum(NOTIFICATION_KINDS);

export const notificationViewSchema: z.ZodType<NotificationView> = z.object({
  id: z.string(),
  kind: notificationKindSchema,
  summary: z.string(),
  detail: z.string().nullable(),
  articleId: z.string().nullable(),
  claimId: z.string().nullable(),
  commentId: z.string().nullable(),
  actorId: z.string().nullable(),
  readAt: z.string().nullable(),
  createdAt: isoString,
  href: z.string().nullable(),
});

export const inboxSchema = z.object({ items: z.array(notificationViewSchema), unread: z.number().int(), muted: z.array(notificationKindSchema) });
export const markReadResponseSchema = z.object({ marked: z.number().int(), unread: z.number().int() });
export const notificationSettingsResponseSchema = z.object({ muted: z.array(notificationKindSchema) });
