import { jsonResponse } from "@/lib/contracts/endpoint";
import { inboxSchema, markNotificationsReadSchema, markReadResponseSchema, notificationSettingsResponseSchema, notificationSettingsSchema } from "@/lib/contracts/notifications";
import { SSE_HEADERS } from "@/lib/realtime/sse-format";
import { listNotifications } from "@/lib/server/list-notifications";
import { markNotificationsRead } from "@/lib/server/mark-notifications-read";
import { streamNotifications } from "@/lib/server/stream-notifications";
import { updateNotificationSettings } from "@/lib/server/update-notification-settings";
import { endpoint } from "../endpoint";

export const inbox = endpoint({
  id: "notifications.list", method: "GET", path: "/api/notifications", tag: "Notifications", summary: "Your inbox: mentions, replies, assignments, send-backs and approvals, with the unread count and your settings", minRole: "viewer",
  response: jsonResponse(inboxSchema, "`{ items, unread, muted }`"),
  handle: ({ actor }) => listNotifications(actor),
});

export const markRead = endpoint({
  id: "notifications.read", method: "POST", path: "/api/notifications/read", tag: "Notifications", summary: "Mark some of your notifications read, or all of them", minRole: "viewer", body: markNotificationsReadSchema,
  response: jsonResponse(markReadResponseSchema, "`{ marked, unread }`"), errors: [400, 422],
  handle: ({ actor, body }) => markNotificationsRead(actor, body),
});

export const settings = endpoint({
  id: "notifications.settings", method: "PUT", path: "/api/notifications/settings", tag: "Notifications", summary: "Choose which kinds of notification you receive (the muted kinds)", minRole: "viewer", body: notificationSettingsSchema,
  response: jsonResponse(notificationSettingsResponseSchema, "`{ muted }`"), errors: [400, 422],
  handle: ({ actor, body }) => updateNotificationSettings(actor, body),
});

export const stream = endpoint({
  id: "notifications.stream", method: "GET", path: "/api/notifications/stream", tag: "Notifications", summary: "Live unread count for the bell (SSE, `event: unread`)", minRole: "viewer",
  response: { kind: "stream", status: 200, description: "text/event-stream: `event: unread` with the bell's count, now and on every change", contentType: "text/event-stream" },
  handle: async ({ req, actor }) => new Response(await streamNotifications(actor, req.signal), { headers: SSE_HEADERS }),
});

export const notificationEndpoints = [inbox, markRead, settings, stream];
