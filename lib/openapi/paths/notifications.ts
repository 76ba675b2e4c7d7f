import { markNotificationsReadSchema, notificationSettingsSchema } from "@/lib/validation/notifications";
import type { OperationSpec } from "../types";

export const notificationOperations: OperationSpec[] = [
  { method: "get", path: "/api/notifications", tag: "Notifications", summary: "Your inbox: mentions, replies, assignments, send-backs and approvals, with the unread count and your settings", minRole: "viewer", response: { status: 200, description: "`{ items, unread, muted }`" } },
  { method: "post", path: "/api/notifications/read", tag: "Notifications", summary: "Mark some of your notifications read, or all of them", minRole: "viewer", body: markNotificationsReadSchema, response: { status: 200, description: "`{ marked, unread }`" }, errors: [400, 422] },
  { method: "put", path: "/api/notifications/settings", tag: "Notifications", summary: "Choose which kinds of notification you receive (the muted kinds)", minRole: "viewer", body: notificationSettingsSchema, response: { status: 200, description: "`{ muted }`" }, errors: [400, 422] },
  { method: "get", path: "/api/notifications/stream", tag: "Notifications", summary: "Live unread count for the bell (SSE, `event: unread`)", minRole: "viewer", response: { status: 200, description: "text/event-stream", contentType: "text/event-stream" } },
];
