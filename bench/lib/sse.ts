import { performance } from "node:perf_hooks";

/**
 * A Server-Sent Events reader for Node's fetch (no EventSource in Node), shared by the SSE
 * fan-out bench (bench/sse-fanout.ts) and the two-instance tests and PostgreSQL bench
 * (tests/instances/http.ts).
 */
export interface SseFrame {
  /** The `event:` field, "message" when absent. */
  event: string;
  /** The `data:` lines, joined. */
  data: string;
  /** The `id:` field, or null. */
  id: string | null;
}

/** One frame's fields (the text between two blank lines). */
export function parseSseFrame(frame: string): SseFrame {
  let event = "message";
  let data = "";
  let id: string | null = null;
  for (const line of frame.split("\n")) {
    if (line.startsWith("event:")) event = line.slice(6).trim();
    else if (line.startsWith("data:")) data += line.slice(5).trim();
    else if (line.startsWith("id:")) id = line.slice(3).trim();
  }
  return { event, data, id };
}

/**
 * Reads `body` to its end, calling `onFrame` with each frame and the `performance.now()` at
 * which the chunk completing it arrived. Resolves when the stream ends, is aborted by its
 * reader's owner, or breaks (a reader of a live feed stops there either way).
 */
export async function readSse(body: ReadableStream<Uint8Array>, onFrame: (frame: SseFrame, arrivedAt: number) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      const now = performance.now();
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf("\n\n")) !== -1) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        onFrame(parseSseFrame(frame), now);
      }
    }
  } catch {
    // aborted (closed by the client) or the connection broke
  }
}
