import autocannon from "autocannon";
import { newEditor, nextRequest, onResponse, type EditorState, type LoadFixtures } from "./scenario";

export interface LoadResult {
  requests: number;
  throughput: number; // requests per second (2xx + non-2xx)
  errors: number; // connection errors + timeouts
  non2xx: number;
  latency: { p50: number; p97_5: number; p99: number; max: number }; // autocannon has no p95; p97.5 bounds it from above
  durationSec: number;
}

/** Closed-loop saturation: `connections` virtual editors, back to back, for `durationSec`. */
export async function runSaturatedLoad(baseUrl: string, fixtures: LoadFixtures, opts: { connections: number; durationSec: number }): Promise<LoadResult> {
  const states = new WeakMap<object, EditorState>();
  const stateFor = (context: object) => {
    let s = states.get(context);
    if (!s) {
      s = newEditor(fixtures);
      states.set(context, s);
    }
    return s;
  };
  const result = await autocannon({
    url: baseUrl,
    connections: opts.connections,
    duration: opts.durationSec,
    timeout: 20,
    requests: [
      {
        setupRequest: (req: Record<string, unknown>, context: object) => {
          const s = stateFor(context);
          const r = nextRequest(s);
          return { ...req, method: r.method, path: r.path, body: r.body, headers: { "content-type": "application/json", authorization: `Bearer ${s.token}` } };
        },
        onResponse: (status: number, body: string, context: object) => onResponse(stateFor(context), status, body),
      },
    ],
  } as unknown as autocannon.Options);
  return {
    requests: result.requests.total,
    throughput: Math.round(result.requests.total / result.duration),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    latency: { p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99, max: result.latency.max },
    durationSec: result.duration,
  };
}
