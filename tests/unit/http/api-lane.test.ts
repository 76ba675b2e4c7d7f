import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerApiRequest, compilePath, registerApiLaneRoute } from "@/lib/http/api-lane";
import { NextRequest } from "next/server";
import { z } from "zod";
import { securityHeaders } from "@/lib/auth/content-security-policy.mjs";
import { errorResponse } from "@/lib/http/errors";
import { readJson } from "@/lib/http/route";

// The production server's API lane (lib/http/api-lane.ts) on a real node:http server: the
// routing Next.js did (literal segments before parameters, decoded params), the headers
// next.config.js added, request bodies, cookies, and what falls through to Next.js.
let server: http.Server;
let base: string;
const seen: string[] = [];

beforeAll(async () => {
  registerApiLaneRoute("POST", "/api/lane-test/{id}", async (req, ctx) => {
    const params = await ctx!.params;
    const body = await req!.json();
    return Response.json({ params, body, method: req!.method, host: new URL(req!.url).host }, { status: 201, headers: { "x-route": "own" } });
  });
  registerApiLaneRoute("POST", "/api/lane-test/bulk", async () => Response.json({ which: "bulk" }));
  registerApiLaneRoute("GET", "/api/lane-test/{id}/cookie", async () => {
    const headers = new Headers();
    headers.append("set-cookie", "a=1; Path=/");
    headers.append("set-cookie", "b=2; Path=/");
    headers.set("x-frame-options", "SAMEORIGIN");
    return new Response(null, { status: 204, headers });
  });
  registerApiLaneRoute("GET", "/api/lane-test/{id}/boom", async () => {
    throw new Error("unexpected");
  });
  registerApiLaneRoute("POST", "/api/lane-test/{id}/small", async (req) => {
    try {
      return Response.json(await readJson(new NextRequest(req!), z.object({}).passthrough(), 10));
    } catch (error) {
      return errorResponse(error);
    }
  });
  server = http.createServer((req, res) => {
    if (answerApiRequest(req, res)) return;
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(404, { "x-next": "1" }).end("next");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("compilePath", () => {
  it("captures one segment per parameter and refuses catch-alls", () => {
    const { pattern, names } = compilePath("/api/claims/{id}/sources/{sourceId}");
    expect(names).toEqual(["id", "sourceId"]);
    expect(pattern.exec("/api/claims/c1/sources/s2")?.slice(1)).toEqual(["c1", "s2"]);
    expect(pattern.test("/api/claims/c1/sources/s2/x")).toBe(false);
    expect(pattern.test("/api/claims/c1/sources/")).toBe(false);
    expect(() => compilePath("/api/auth/{...nextauth}")).toThrow(/catch-all/);
  });
});

describe("the API lane", () => {
  it("calls the route's handler with decoded params and the body, adding next.config.js's headers under the route's own", async () => {
    const r = await fetch(`${base}/api/lane-test/a%20b?x=1`, { method: "POST", body: JSON.stringify({ n: 1 }), headers: { "content-type": "application/json" } });
    expect(r.status).toBe(201);
    expect(await r.json()).toEqual({ params: { id: "a b" }, body: { n: 1 }, method: "POST", host: new URL(base).host });
    for (const { key, value } of securityHeaders()) expect(r.headers.get(key)).toBe(value);
    expect(r.headers.get("x-route")).toBe("own");
  });

  it("prefers a literal segment to a parameter, as Next.js does", async () => {
    const r = await fetch(`${base}/api/lane-test/bulk`, { method: "POST", body: "{}" });
    expect(await r.json()).toEqual({ which: "bulk" });
  });

  it("keeps every Set-Cookie and lets the route's own header replace the default", async () => {
    const r = await fetch(`${base}/api/lane-test/x/cookie`);
    expect(r.status).toBe(204);
    expect(r.headers.getSetCookie()).toEqual(["a=1; Path=/", "b=2; Path=/"]);
    expect(r.headers.get("x-frame-options")).toBe("SAMEORIGIN");
  });

  it("answers an unexpected failure with a JSON 500, not a stack trace", async () => {
    const r = await fetch(`${base}/api/lane-test/x/boom`);
    expect(r.status).toBe(500);
    const body = await r.json();
    expect(body.message).toMatch(/went wrong/);
    expect(JSON.stringify(body)).not.toMatch(/unexpected|at /);
  });

  it("answers a chunked body past the limit with 413 JSON, not a reset connection", async () => {
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(`${base}/api/lane-test/x/small`, { method: "POST", headers: { "transfer-encoding": "chunked" } }, (res) => {
        let text = "";
        res.on("data", (c) => (text += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.on("error", reject);
      for (let i = 0; i < 50; i++) req.write(`{"padding":"${"x".repeat(100)}"}`);
      req.end();
    });
    expect(status).toBe(413);
    expect(JSON.parse(body).error.code).toBeDefined();
  });

  it("lets Next.js answer a request whose Host header no URL can hold", async () => {
    const status = await new Promise<string | undefined>((resolve, reject) => {
      const req = http.request(`${base}/api/lane-test/bulk`, { method: "POST", headers: { host: "a b" } }, (res) => {
        res.resume();
        resolve(res.headers["x-next"] as string | undefined);
      });
      req.on("error", reject);
      req.end("{}");
    });
    expect(status).toBe("1");
  });

  it("leaves other methods, unknown paths, pages and malformed escapes to Next.js", async () => {
    seen.length = 0;
    for (const [method, path] of [["GET", "/api/lane-test/x"], ["GET", "/api/unknown"], ["GET", "/articles"], ["POST", "/api/lane-test/%E0%A4%A"]] as const) {
      const r = await fetch(base + path, { method, body: method === "POST" ? "{}" : undefined });
      expect(r.headers.get("x-next")).toBe("1");
    }
    expect(seen).toEqual(["GET /api/lane-test/x", "GET /api/unknown", "GET /articles", "POST /api/lane-test/%E0%A4%A"]);
  });
});
