import http from "node:http";
import { newEditor, nextRequest, onResponse, type LoadFixtures } from "./scenario";
import { summarise } from "./stats";

/**
 * Open-loop load: `editors` people each start one operation every `intervalMs`, whatever
 * the server is doing (so a slow server builds a queue, as in real life). Latency is
 * measured from the scheduled start, which avoids coordinated omission. An editor whose
 * previous operation is still running waits for it (one person does one thing at a time),
 * and that wait counts in the latency.
 */
export async function runOpenLoop(baseUrl: string, fixtures: LoadFixtures, opts: { editors: number; intervalMs: number; durationSec: number }) {
  const url = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.editors });
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  const endAt = Date.now() + opts.durationSec * 1000;

  function send(token: string, method: string, path: string, body: string): Promise<{ status: number; body: string }> {
    return new Promise((resolve) => {
      const req = http.request(
        { host: url.hostname, port: url.port, method, path, agent, headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "content-length": Buffer.byteLength(body) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
        },
      );
      req.on("error", () => resolve({ status: 0, body: "" }));
      req.setTimeout(20_000, () => req.destroy());
      req.end(body);
    });
  }

  async function editorLoop(index: number) {
    const state = newEditor(fixtures);
    let next = Date.now() + (index / opts.editors) * opts.intervalMs; // spread the starts
    while (next < endAt) {
      const wait = next - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const scheduled = next;
      const r = nextRequest(state);
      const res = await send(state.token, r.method, r.path, r.body);
      latencies.push(Date.now() - scheduled);
      if (res.status === 0) errors++;
      else if (res.status >= 300) non2xx++;
      onResponse(state, res.status, res.body);
      next = scheduled + opts.intervalMs;
    }
  }

  const started = Date.now();
  await Promise.all(Array.from({ length: opts.editors }, (_, i) => editorLoop(i)));
  agent.destroy();
  const seconds = (Date.now() - started) / 1000;
  return { ...summarise(latencies), throughput: Math.round(latencies.length / seconds), errors, non2xx, editors: opts.editors, intervalMs: opts.intervalMs, durationSec: opts.durationSec };
}
