import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { ROLES, type Role } from "@/lib/domain/enums";
import type { Actor } from "@/lib/domain/actor";
import { createApiToken } from "@/lib/server/create-api-token";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { ROUTE_TABLE, STALE_CALLS } from "./route-table";
import { MatrixContext } from "./matrix-context";
import { db } from "../helpers";

/**
 * Every endpoint × anonymous/viewer/editor/reviewer/admin, through the real route handlers
 * and use cases on a real database, authenticated with real API tokens. The rows are the
 * endpoint registry (lib/http/registry.ts), so a new endpoint cannot be left out; route files
 * are discovered on disk, so a route file the registry does not declare fails here. Every
 * JSON answer is checked against the endpoint's response schema (FACTDESK_CHECK_RESPONSES).
 */
process.env.FACTDESK_CHECK_RESPONSES = "1";
const APP_DIR = path.resolve(__dirname, "../../../app");
const METHODS = ["GET", "POST", "PATCH", "PUT", "DELETE"] as const;

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === "route.ts" ? [full] : [];
  });
}

const files = routeFiles(APP_DIR).map((file) => ({ file, route: "/" + path.relative(APP_DIR, path.dirname(file)).split(path.sep).join("/") }));

type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
const modules = new Map<string, Record<string, unknown>>();
const tokens = new Map<Role, string>();
const actors = new Map<Role, Actor>();
let ctx: MatrixContext;

beforeAll(async () => {
  const { articleId } = await seedDemo(db);
  for (const role of ROLES) {
    const user = await db.user.findFirstOrThrow({ where: { role, email: { endsWith: "@factdesk.test" } }, orderBy: { email: "asc" } });
    const actor: Actor = { id: user.id, name: user.name, email: user.email, role, via: "token" };
    actors.set(role, actor);
    tokens.set(role, (await createApiToken(actor, { name: "matrix" })).token);
  }
  ctx = await MatrixContext.create(actors.get("editor")!, actors.get("admin")!, articleId);
  for (const { file, route } of files) modules.set(route, (await import(file)) as Record<string, unknown>);
}, 120_000);

function concretePath(route: string, params: Record<string, string>): string {
  return route.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name: string) => params[name] ?? "x");
}

async function call(route: string, method: string, role: Role | null) {
  const row = ROUTE_TABLE[`${method} ${route}`];
  ctx.actor = role ? actors.get(role)! : null;
  const spec = (await row.call?.(ctx)) ?? {};
  const url = new URL(concretePath(route, spec.params ?? {}) + (spec.query ? `?${spec.query}` : ""), "http://localhost");
  const headers = new Headers({ "content-type": "application/json" });
  if (role) headers.set("authorization", `Bearer ${tokens.get(role)}`);
  const abort = new AbortController();
  const req = new NextRequest(url, { method, headers, signal: abort.signal, body: spec.body === undefined || method === "GET" ? undefined : JSON.stringify(spec.body) });
  const handler = modules.get(route)![method] as Handler;
  const res = await handler(req, { params: Promise.resolve(spec.params ?? {}) });
  const status = res.status;
  abort.abort(); // ends event streams
  await res.body?.cancel().catch(() => undefined);
  return status;
}

describe("authorization matrix", () => {
  it("has a row for every route file and method, and no stale rows", () => {
    const found: string[] = [];
    for (const { file, route } of files) {
      // Methods are read from the source so the check runs before any import.
      const source = require("node:fs").readFileSync(file, "utf8") as string;
      for (const m of METHODS) if (new RegExp(`export (const|async function|function) ${m}\\b|export \\{[^}]*\\bas ${m}\\b|export const \\{[^}]*\\b${m}\\b[^}]*\\} = routes\\(`).test(source)) found.push(`${m} ${route}`);
    }
    const missing = found.filter((k) => !(k in ROUTE_TABLE));
    const stale = Object.keys(ROUTE_TABLE).filter((k) => !found.includes(k));
    expect(missing, "route files and methods the registry (lib/http/registry.ts) does not declare").toEqual([]);
    expect(stale, "endpoints declared without a route file exporting them").toEqual([]);
    expect(STALE_CALLS, "request builders in route-table.ts for endpoints that no longer exist").toEqual([]);
  });

  for (const [key, row] of Object.entries(ROUTE_TABLE)) {
    if (row.minRole === "skip") continue;
    const [method, route] = key.split(" ");
    it(`${key} → ${row.minRole === "public" ? "public" : `${row.minRole} and above`}`, async () => {
      const outcomes: Record<string, number> = {};
      for (const role of [null, ...ROLES] as (Role | null)[]) outcomes[role ?? "anonymous"] = await call(route, method, role);
      for (const [who, status] of Object.entries(outcomes)) {
        expect(status, `${who}: server error`).toBeLessThan(500);
        if (row.minRole === "public") {
          expect([401, 403], `${who} on a public route`).not.toContain(status);
        } else if (who === "anonymous") {
          expect(status, "anonymous").toBe(401);
        } else if (ROLES.indexOf(who as Role) < ROLES.indexOf(row.minRole as Role)) {
          expect(status, `${who} should be refused`).toBe(403);
        } else {
          expect([401, 403], `${who} should be allowed (got ${status})`).not.toContain(status);
        }
      }
    });
  }
});
