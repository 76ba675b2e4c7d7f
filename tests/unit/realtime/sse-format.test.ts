import { describe, expect, it } from "vitest";
import { changeFrame, commentFrame, presenceFrame, retryFrame, SSE_HEADERS } from "@/lib/realtime/sse-format";
import { parseCursor, futureCursorMessage } from "@/lib/realtime/cursor";
import type { ArticleChangeEvent, ChangeEvent } from "@/lib/realtime/change-event";

const event: ChangeEvent = {
  id: 42,
  type: "claim.updated",
  actor: { id: "u1", name: "Ana Editor" },
  claimId: "c1",
  targetType: "claim",
  targetId: "c1",
  before: { rationale: "line one\nline two" },
  after: { rationale: "x", version: 3 },
  note: null,
  createdAt: "2026-01-02T03:04:05.000Z",
};

describe("SSE frames", () => {
  it("a change carries its event id, the `change` type and one line of JSON", () => {
    const frame = changeFrame(event);
    expect(frame).toBe(`id: 42\nevent: change\ndata: ${JSON.stringify(event)}\n\n`);
    expect(frame.split("\n").filter((l) => l.startsWith("data:"))).toHaveLength(1);
    expect(JSON.parse(frame.split("\n")[2].slice(6))).toEqual(event);
  });

  it("leaves the article id out of the payload (the stream is per article)", () => {
    const frame = changeFrame({ ...event, articleId: "a1" } as ArticleChangeEvent);
    expect(frame).not.toContain("a1");
  });

  it("presence frames have no id, so they never move the resume point", () => {
    expect(presenceFrame([{ id: "u1", name: "Ana", editingClaimId: null }])).toBe('event: presence\ndata: {"users":[{"id":"u1","name":"Ana","editingClaimId":null}]}\n\n');
  });

  it("retry and heartbeat comments", () => {
    expect(retryFrame(2000)).toBe("retry: 2000\n\n");
    expect(commentFrame("ping")).toBe(": ping\n\n");
    expect(commentFrame("a\nb")).toBe(": a b\n\n");
  });

  it("headers stop proxies and compression from buffering", () => {
    expect(SSE_HEADERS["Content-Type"]).toMatch(/^text\/event-stream/);
    expect(SSE_HEADERS["Cache-Control"]).toContain("no-transform");
    expect(SSE_HEADERS["X-Accel-Buffering"]).toBe("no");
  });
});

describe("parseCursor", () => {
  it("prefers Last-Event-ID over ?after", () => {
    expect(parseCursor("17", "3")).toEqual({ ok: true, after: 17 });
    expect(parseCursor(null, "3")).toEqual({ ok: true, after: 3 });
    expect(parseCursor("", " 5 ")).toEqual({ ok: true, after: 5 });
  });

  it("no cursor means live only", () => {
    expect(parseCursor(null, null)).toEqual({ ok: true, after: null });
    expect(parseCursor(undefined, "")).toEqual({ ok: true, after: null });
  });

  it("refuses garbage with a message that says what to do", () => {
    for (const bad of ["abc", "-1", "1.5", "1e3", "99999999999999999999", "12abc"]) {
      const result = parseCursor(bad, null);
      expect(result.ok, bad).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/Last-Event-ID must be/);
    }
    expect(parseCursor(null, "x")).toMatchObject({ ok: false, message: expect.stringMatching(/^after must be/) });
  });

  it("explains a cursor from the future", () => {
    expect(futureCursorMessage(900, 12)).toMatch(/900.*12.*Reload/);
  });
});
