import { toWireEvent, type ChangeEvent } from "./change-event";
import type { PresenceUser } from "./presence";

/**
 * Server-Sent Events framing (https://html.spec.whatwg.org/multipage/server-sent-events.html).
 * JSON.stringify never emits a raw newline, so each payload fits on one `data:` line; a
 * stray CR/LF in an id or comment would end the field early, so they are stripped.
 */
const oneLine = (s: string) => s.replace(/[\r\n]+/g, " ");

/** A stored change: carries `id:` so a reconnecting EventSource resumes after it. */
export function changeFrame(event: ChangeEvent): string {
  return `id: ${event.id}\nevent: change\ndata: ${JSON.stringify(toWireEvent(event))}\n\n`;
}

/** Who is here: not stored, so no `id:` (it must not move the client's resume point). */
export function presenceFrame(users: PresenceUser[]): string {
  return `event: presence\ndata: ${JSON.stringify({ users })}\n\n`;
}

/** Tells EventSource how long to wait before reconnecting. */
export function retryFrame(ms: number): string {
  return `retry: ${Math.max(0, Math.round(ms))}\n\n`;
}

/** A comment line: ignored by EventSource, keeps proxies from closing an idle stream. */
export function commentFrame(text: string): string {
  return `: ${oneLine(text)}\n\n`;
}

export const SSE_HEADERS: Record<string, string> = {
  "Content-Type": "text/event-stream; charset=utf-8",
  // no-transform stops compression middleware (Next's included) from buffering the stream.
  "Cache-Control": "no-cache, no-transform",
  Connection: "keep-alive",
  // nginx buffers proxied responses unless told otherwise.
  "X-Accel-Buffering": "no",
};
