import { z } from "zod";
import { jsonResponse } from "@/lib/contracts/endpoint";
import { checkHealth } from "@/lib/server/check-health";
import { endpoint, reply } from "../endpoint";

let document: unknown;

export const openApi = endpoint({
  id: "meta.openapi", method: "GET", path: "/api/openapi.json", tag: "Meta", summary: "This document", minRole: "public",
  response: jsonResponse(z.object({ openapi: z.literal("3.1.0"), paths: z.record(z.string(), z.unknown()) }), "OpenAPI 3.1"),
  handle: async () => {
    // Imported on first use: the document is built from the registry this endpoint belongs to.
    document ??= (await import("@/lib/openapi/document")).buildOpenApiDocument();
    return Response.json(document);
  },
});

const healthSchema = z.object({
  status: z.enum(["ok", "unavailable"]),
  database: z.object({
    provider: z.enum(["sqlite", "postgresql"]),
    reachable: z.boolean(),
    pendingMigrations: z.array(z.string()),
    appliedMigrations: z.number().int(),
    problem: z.string().nullable(),
    latencyMs: z.number(),
  }),
});

/** For a reverse proxy or orchestrator (issue 12): 200 when this instance can serve, 503 when not. */
export const health = endpoint({
  id: "meta.health", method: "GET", path: "/api/health", tag: "Meta", summary: "Health check: database reachable and migrated", minRole: "public",
  description:
    "No sign-in. 200 `{ status: \"ok\", database }` when the database answers within 3 s and every migration of this build is applied; otherwise 503 with `status: \"unavailable\"` and `database.problem` saying why. Never cached.",
  response: jsonResponse(healthSchema, "The instance's health"),
  errors: [503],
  handle: async () => {
    const health = await checkHealth();
    return reply(health, { status: health.status === "ok" ? 200 : 503, headers: { "cache-control": "no-store" } });
  },
});

/**
 * next-auth serves /api/auth/* (sign-in, sign-out, CSRF, session) with its own handler; the
 * route file stays next-auth's. Declared so the registry lists every route file.
 */
export const nextAuth = endpoint({
  id: "meta.nextAuth", method: "GET", path: "/api/auth/{...nextauth}", tag: "Meta", summary: "next-auth (sign-in, sign-out, CSRF, session)", minRole: "public",
  response: { kind: "html", status: 200, description: "next-auth's pages and JSON", contentType: "text/html" },
  handle: async () => new Response(null, { status: 404 }),
});
export const nextAuthPost = { ...nextAuth, id: "meta.nextAuthPost", method: "POST" as const };

export const metaEndpoints = [openApi, health];
/** Served by a library, not by `handler()`: listed for completeness, left out of the document and the matrix. */
export const libraryEndpoints = [nextAuth, nextAuthPost];
