import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";

/** Route files under app/api, with their URL pattern ("/api/claims/[id]"). */
export const API_DIR = path.resolve(__dirname, "../../../app/api");

export function discoverRoutes(dir = API_DIR): { file: string; route: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return discoverRoutes(full);
    return name === "route.ts" ? [{ file: full, route: "/api/" + path.relative(API_DIR, dir).split(path.sep).join("/") }] : [];
  });
}

export function concretePath(route: string, params: Record<string, string>): string {
  return route.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name: string) => params[name] ?? "x");
}

type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Calls a route handler as Next.js would, returning the status (streams are cut short). */
export async function invoke(
  mod: Record<string, unknown>,
  method: string,
  url: URL,
  opts: { headers?: Headers; body?: string; params?: Record<string, string> },
): Promise<number> {
  const abort = new AbortController();
  const req = new NextRequest(url, { method, headers: opts.headers, signal: abort.signal, body: method === "GET" || method === "HEAD" ? undefined : opts.body });
  const res = await (mod[method] as Handler)(req, { params: Promise.resolve(opts.params ?? {}) });
  abort.abort();
  await res.body?.cancel().catch(() => undefined);
  return res.status;
}
