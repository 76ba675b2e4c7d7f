import { jsonResponse } from "@/lib/contracts/endpoint";
import { activityResponseSchema, eventsQuerySchema, historyQuerySchema, presenceLeaveQuerySchema, presenceResponseSchema, presenceSchema } from "@/lib/contracts/live";
import { SSE_HEADERS } from "@/lib/realtime/sse-format";
import { listArticleActivity } from "@/lib/server/list-article-activity";
import { listPresence } from "@/lib/server/list-presence";
import { streamArticleEvents } from "@/lib/server/stream-article-events";
import { updatePresence } from "@/lib/server/update-presence";
import { endpoint } from "../endpoint";

const EVENTS_DESCRIPTION = [
  "Server-Sent Events. Each stored change is a frame `id: <event id>` / `event: change` / `data: {id,type,actor:{id,name},claimId,targetType,targetId,before,after,note,createdAt}`.",
  "Presence changes are `event: presence` / `data: {users:[{id,name,editingClaimId}]}` (no `id:`; not stored).",
  "A client reconnecting with `Last-Event-ID` (EventSource does this itself) or `?after=<id>` first receives every change of this article with a larger id, in order, then live ones; nothing is skipped or repeated.",
  "Without a cursor the stream starts with changes made after connecting. The server sends `retry: 2000`, a `: ping` comment every 15 s, and ends the stream after 10 minutes (the client reconnects and is re-authenticated).",
  "A cursor that is not a whole number, or is newer than the newest stored change (e.g. after a database restore), is refused with 400: reload the article instead.",
].join("\n\n");

export const events = endpoint({
  id: "live.events", method: "GET", path: "/api/articles/{id}/events", tag: "Live", summary: "Live change feed of an article (SSE)", minRole: "viewer", query: eventsQuerySchema,
  description: EVENTS_DESCRIPTION,
  response: { kind: "stream", status: 200, description: "An endless `text/event-stream`.", contentType: "text/event-stream" }, errors: [400, 404],
  handle: async ({ req, actor, params, query }) => {
    const stream = await streamArticleEvents(actor, params.id, { lastEventId: req.headers.get("last-event-id"), after: query.after ?? null, signal: req.signal });
    return new Response(stream, { headers: SSE_HEADERS });
  },
});

export const presence = endpoint({
  id: "live.presence", method: "GET", path: "/api/articles/{id}/presence", tag: "Live", summary: "Who has the article open", minRole: "viewer",
  response: jsonResponse(presenceResponseSchema, "`{ users: [{ id, name, editingClaimId }] }`"),
  handle: ({ actor, params }) => listPresence(actor, params.id),
});

export const heartbeat = endpoint({
  id: "live.heartbeat", method: "POST", path: "/api/articles/{id}/presence", tag: "Live", summary: "Presence heartbeat (every ~5 s) or goodbye", minRole: "viewer", body: presenceSchema, maxBytes: 4_000,
  description: "Send `{ editingClaimId, clientId }` about every 5 seconds while the article is open; an entry expires 12 s after its last heartbeat. Send `{ leaving: true, clientId }` when the tab closes (`fetch` with `keepalive`). Presence is shared by every server instance (a row per tab in the database).",
  response: jsonResponse(presenceResponseSchema, "`{ users }`"), errors: [404, 422],
  handle: ({ actor, params, body }) => updatePresence(actor, params.id, body),
});

export const leave = endpoint({
  id: "live.leave", method: "DELETE", path: "/api/articles/{id}/presence", tag: "Live", summary: "Leave (same as `{ leaving: true }`)", minRole: "viewer", query: presenceLeaveQuerySchema,
  response: jsonResponse(presenceResponseSchema, "`{ users }`"),
  handle: ({ actor, params, query }) => updatePresence(actor, params.id, { leaving: true, clientId: query.clientId }),
});

export const activity = endpoint({
  id: "live.activity", method: "GET", path: "/api/articles/{id}/activity", tag: "History", summary: "Everything that happened on an article, newest first", minRole: "viewer", query: historyQuerySchema,
  description: "Pages of 50 (or `limit`, at most 200); pass the answer's `nextBefore` as `before` for older entries. Each entry has `action` (\"set a verdict: disputed\") and `changes` (\"verdict: unchecked → disputed\").",
  response: jsonResponse(activityResponseSchema, "`{ article, events, nextBefore, latestId }`"), errors: [404, 422],
  handle: ({ actor, params, query }) => listArticleActivity(actor, params.id, query),
});

export const liveEndpoints = [events, presence, heartbeat, leave, activity];
