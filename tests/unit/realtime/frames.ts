/** Test helper: reads SSE frames from a stream until `until` says stop (or time runs out). */
export interface Frame {
  id?: string;
  event?: string;
  data?: string;
  retry?: string;
  comment?: string;
}

export function parseFrames(text: string): Frame[] {
  return text
    .split("\n\n")
    .filter((block) => block.trim() !== "")
    .map((block) => {
      const frame: Frame = {};
      for (const line of block.split("\n")) {
        if (line.startsWith(":")) frame.comment = line.slice(1).trim();
        else {
          const i = line.indexOf(":");
          const key = line.slice(0, i) as keyof Frame;
          frame[key] = line.slice(i + 1).replace(/^ /, "");
        }
      }
      return frame;
    });
}

export async function readFrames(stream: ReadableStream<Uint8Array>, until: (frames: Frame[]) => boolean, timeoutMs = 5_000): Promise<{ frames: Frame[]; reader: ReadableStreamDefaultReader<Uint8Array> }> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = "";
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const complete = text.slice(0, text.lastIndexOf("\n\n") + 2);
    const frames = parseFrames(complete);
    if (until(frames)) return { frames, reader };
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw new Error(`Timed out waiting for frames; got:\n${text}`);
    const chunk = await Promise.race([
      reader.read(),
      new Promise<{ done: true; value: undefined; timeout: true }>((resolve) => setTimeout(() => resolve({ done: true, value: undefined, timeout: true }), remaining)),
    ]);
    if ("timeout" in chunk) continue;
    if (chunk.done) return { frames: parseFrames(text), reader };
    text += decoder.decode(chunk.value, { stream: true });
  }
}

export const changeIds = (frames: Frame[]) => frames.filter((f) => f.event === "change").map((f) => Number(f.id));
