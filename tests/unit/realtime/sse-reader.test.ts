import { describe, expect, it } from "vitest";
import { parseSseFrame, readSse, type SseFrame } from "../../../bench/lib/sse";

/** bench/lib/sse.ts: the one SSE reader of the fan-out bench and the two-instance tests. */
function streamOf(chunks: string[], fail = false): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder();
  const queue = [...chunks];
  return new ReadableStream({
    // One chunk per read, as a network stream delivers them; then the end or a broken connection.
    pull(controller) {
      const next = queue.shift();
      if (next !== undefined) controller.enqueue(bytes.encode(next));
      else if (fail) controller.error(new Error("connection reset"));
      else controller.close();
    },
  });
}

describe("readSse", () => {
  it("splits frames across chunk boundaries and reads event, data and id", async () => {
    const frames: SseFrame[] = [];
    await readSse(streamOf(['event: presence\ndata: {"users":[]}\n\n: keep-alive\n\nid: 7\nev', 'ent: change\ndata: {"id":7}\n\ndata: plain\n\n']), (f) => frames.push(f));
    expect(frames).toEqual([
      { event: "presence", data: '{"users":[]}', id: null },
      { event: "message", data: "", id: null },
      { event: "change", data: '{"id":7}', id: "7" },
      { event: "message", data: "plain", id: null },
    ]);
  });

  it("gives each frame the arrival time of the chunk that completed it", async () => {
    const times: number[] = [];
    await readSse(streamOf(["data: a\n\n", "data: b\n\n"]), (_, at) => times.push(at));
    expect(times).toHaveLength(2);
    expect(times[1]).toBeGreaterThanOrEqual(times[0]);
  });

  it("resolves, keeping what it read, when the stream breaks", async () => {
    const frames: SseFrame[] = [];
    await expect(readSse(streamOf(["data: a\n\n", "data: cut"], true), (f) => frames.push(f))).resolves.toBeUndefined();
    expect(frames.map((f) => f.data)).toEqual(["a"]);
  });

  it("parses one frame", () => {
    expect(parseSseFrame("event: change\nid: 3\ndata: x")).toEqual({ event: "change", data: "x", id: "3" });
  });
});
