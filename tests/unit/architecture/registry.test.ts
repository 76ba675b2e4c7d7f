import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { z } from "zod";
import { afterEach, describe, expect, it } from "vitest";
import { jsonResponse } from "@/lib/contracts/endpoint";
import { endpoint, handler, routes } from "@/lib/http/endpoint";
import { ENDPOINTS, LIBRARY_ENDPOINTS, routeFileOf } from "@/lib/http/registry";
import { buildOpenApiDocument } from "@/lib/openapi/document";

/**
 * The endpoint registry (lib/http/registry.ts) and app/ agree: every route.ts file exports
 * exactly the methods the registry declares for its path, each endpoint declares a response
 * (a schema for JSON, a kind and content type otherwise), and the OpenAPI document has them all.
 */
const ROOT = path.resolve(__dirname, "../../..");
const METHODS = ["GET", "POST", "PATCH", "PUT", "DELETE"] as const;

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === "route.ts" ? [path.relative(ROOT, full).split(path.sep).join("/")] : [];
  });
}

function exportedMethods(file: string): string[] {
  const source = readFileSync(path.join(ROOT, file), "utf8");
  return METHODS.filter((m) =>
    new RegExp(`export (const|async function|function) ${m}\\b|export \\{[^}]*\\bas ${m}\\b|export const \\{[^}]*\\b${m}\\b[^}]*\\} = routes\\(`).test(source),
  );
}

describe("endpoint registry", () => {
  const all = [...ENDPOINTS, ...LIBRARY_ENDPOINTS];

  it("maps every route file under app/ to registry entries, and every entry to a route file", () => {
    const onDisk = routeFiles(path.join(ROOT, "app")).flatMap((file) => exportedMethods(file).map((m) => `${m} ${file}`)).sort();
    const declared = all.map((ep) => `${ep.method} ${routeFileOf(ep.path)}`).sort();
    expect(onDisk.filter((k) => !declared.includes(k)), "route files/methods not in the registry").toEqual([]);
    expect(declared.filter((k) => !onDisk.includes(k)), "registry entries without a route file").toEqual([]);
    expect(routeFiles(path.join(ROOT, "app/api")).length).toBeGreaterThanOrEqual(53);
  });

  it("route files under app/api are thin: they only export routes(...) of registry entries (next-auth excepted)", () => {
    for (const file of routeFiles(path.join(ROOT, "app"))) {
      const source = readFileSync(path.join(ROOT, file), "utf8");
      if (file.includes("[...nextauth]")) continue;
      expect(source, file).toMatch(/export const \{[^}]+\} = routes\(/);
      expect(source, file).not.toMatch(/@\/lib\/server\//);
    }
  });

  it("declares each endpoint once, with a unique id, a response and a least role", () => {
    const ids = all.map((ep) => ep.id);
    expect(new Set(ids).size).toBe(ids.length);
    const keys = all.map((ep) => `${ep.method} ${ep.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const ep of all) {
      expect(["viewer", "editor", "reviewer", "admin", "public"], ep.id).toContain(ep.minRole);
      expect(["json", "stream", "file", "html"], ep.id).toContain(ep.response.kind);
      if (ep.response.kind === "json") expect(ep.response.schema, ep.id).toBeInstanceOf(z.ZodType);
      else expect(ep.response.contentType, ep.id).toMatch(/\//);
      expect(typeof ep.handle, ep.id).toBe("function");
    }
  });

  it("puts every endpoint in the OpenAPI document with its response schema, and the document holds together", () => {
    const doc = buildOpenApiDocument();
    const json = JSON.stringify(doc);
    for (const ep of ENDPOINTS) {
      const op = doc.paths[ep.path]?.[ep.method.toLowerCase()] as { operationId: string; responses: Record<string, { content?: Record<string, { schema?: Record<string, unknown> }> }>; parameters: { name: string; in: string }[] } | undefined;
      expect(op, `${ep.method} ${ep.path}`).toBeDefined();
      expect(op!.operationId).toBe(ep.id);
      const ok = op!.responses[String(ep.response.status)];
      expect(ok, `${ep.id} success response`).toBeDefined();
      if (ep.response.kind === "json") {
        const schema = ok.content?.["application/json"]?.schema;
        expect(schema && (schema.type === "object" || "$ref" in schema || "anyOf" in schema), `${ep.id} response schema`).toBeTruthy();
      }
      const pathParams = [...ep.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      expect(op!.parameters.filter((p) => p.in === "path").map((p) => p.name)).toEqual(pathParams);
    }
    for (const ep of LIBRARY_ENDPOINTS) expect(doc.paths[ep.path], ep.id).toBeUndefined();
    // Every $ref points into components.schemas, and every component is well formed.
    const refs = [...json.matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(50);
    for (const ref of new Set(refs)) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(doc.components.schemas, ref).toHaveProperty(ref.replace("#/components/schemas/", ""));
    }
    expect(doc.components.schemas).toHaveProperty("ClaimView");
    const claimView = doc.components.schemas.ClaimView as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(claimView.properties)).toEqual(expect.arrayContaining(["id", "exact", "verdict", "reviewState", "sources", "version"]));
    expect(new Set(Object.values(doc.paths).flatMap((ops) => Object.values(ops).map((o) => (o as { operationId: string }).operationId))).size).toBe(ENDPOINTS.length);
  });
});

describe("handler()", () => {
  const original = process.env.FACTDESK_CHECK_RESPONSES;
  afterEach(() => {
    process.env.FACTDESK_CHECK_RESPONSES = original;
  });

  const probe = (answer: unknown) =>
    endpoint({
      id: "test.probe", method: "POST", path: "/api/probe", tag: "Test", summary: "probe", minRole: "public",
      body: z.object({ n: z.number() }), query: z.object({ q: z.string().optional() }),
      response: jsonResponse(z.object({ doubled: z.number() }), "`{ doubled }`", 201),
      handle: async () => answer as { doubled: number },
    });
  const call = (ep: ReturnType<typeof probe>, body: string) =>
    handler(ep)(new NextRequest("http://localhost/api/probe?q=x", { method: "POST", body, headers: { "content-type": "application/json" } }), { params: Promise.resolve({}) });

  it("reads and validates the body, answers the declared status", async () => {
    const res = await call(probe({ doubled: 4 }), JSON.stringify({ n: 2 }));
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ doubled: 4 });
    expect((await call(probe({ doubled: 4 }), JSON.stringify({ n: "two" }))).status).toBe(422);
    expect((await call(probe({ doubled: 4 }), "{not json")).status).toBe(400);
  });

  it("refuses, in tests, an answer its response schema does not allow", async () => {
    process.env.FACTDESK_CHECK_RESPONSES = "1";
    expect((await call(probe({ doubled: "four" }), JSON.stringify({ n: 2 }))).status).toBe(500);
    process.env.FACTDESK_CHECK_RESPONSES = "";
    expect((await call(probe({ doubled: "four" }), JSON.stringify({ n: 2 }))).status).toBe(201);
  });

  it("checks the least role before reading the request", async () => {
    const editorOnly = { ...probe({ doubled: 1 }), minRole: "editor" as const };
    const res = await handler(editorOnly)(new NextRequest("http://localhost/api/probe", { method: "POST", body: "{}" }), { params: Promise.resolve({}) });
    expect(res.status).toBe(401);
  });

  it("routes() refuses endpoints of different paths or a method twice", () => {
    const a = probe({ doubled: 1 });
    expect(() => routes(a, { ...a, path: "/api/other" })).toThrow(/one path/);
    expect(() => routes(a, a)).toThrow(/twice/);
  });
});
