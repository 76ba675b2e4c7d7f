import fc from "fast-check";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/domain/actor";
import { createApiToken } from "@/lib/server/create-api-token";
import { databaseFile } from "@/lib/data/sqlite/database-url";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { ROUTE_TABLE } from "./route-table";
import { MatrixContext } from "./matrix-context";
import { concretePath, discoverRoutes, invoke } from "./route-harness";
import { db, onPostgres } from "../helpers";

/**
 * Property test: generated bodies, query strings and headers against every mutating route
 * (valid, near-valid, huge, wrong types, Unicode edge cases, prototype-pollution keys).
 * The only acceptable answers are 2xx and 4xx; afterwards SQLite's integrity and
 * foreign-key checks pass. RUNS_PER_ROUTE × routes ≥ 1,000 bodies in CI.
 */
const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS_PER_ROUTE ?? 40);

const unicode = fc.constantFrom("", " ", "\u0000", "\u202e", "\ud800", "👩‍👩‍👧", "ﷺ", "\u200b", "Z̷̢͝a̸l̴g̵o", "'; DROP TABLE Claim; --", "<script>alert(1)</script>", "\r\n", "%00", "\\u0000");
const scalar = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), unicode, fc.string({ minLength: 5000, maxLength: 20000 }));
const hostileKey = fc.constantFrom("__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty");
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  v: fc.oneof({ depthSize: "small" }, scalar, fc.array(tie("v"), { maxLength: 4 }), fc.dictionary(fc.oneof(fc.string(), hostileKey), tie("v"), { maxKeys: 5 })),
})).v;

/** Mutates a valid body: drop a field, retype it, blow it up, or add hostile keys. */
function nearValid(valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(valid);
  if (keys.length === 0) return fc.dictionary(fc.string(), value, { maxKeys: 3 });
  return fc.tuple(fc.constantFrom(...keys), fc.nat(4), value, hostileKey).map(([key, how, v, hk]) => {
    const copy: Record<string, unknown> = { ...valid };
    if (how === 0) delete copy[key];
    else if (how === 1) copy[key] = v;
    else if (how === 2) copy[key] = typeof copy[key] === "string" ? (copy[key] as string).repeat(2000) : 1e308;
    else if (how === 3) Object.defineProperty(copy, hk, { value: v, enumerable: true });
    else copy[key] = JSON.parse(JSON.stringify({ [key]: v }))[key];
    return copy;
  });
}

const rawText = fc.oneof(fc.string(), fc.constantFrom("{", "[1,2", "null", "\"text\"", "{\"__proto__\":{\"admin\":true}}", "x".repeat(1_100_000)));

let modules: Map<string, Record<string, unknown>>;
let ctx: MatrixContext;
let adminToken: string;

beforeAll(async () => {
  const { articleId } = await seedDemo(db);
  const admin = await db.user.findFirstOrThrow({ where: { role: "admin" } });
  const editor = await db.user.findFirstOrThrow({ where: { role: "editor" } });
  const adminActor: Actor = { id: admin.id, name: admin.name, email: admin.email, role: "admin", via: "token" };
  adminToken = (await createApiToken(adminActor, { name: "fuzz" })).token;
  ctx = await MatrixContext.create({ id: editor.id, name: editor.name, email: editor.email, role: "editor", via: "token" }, adminActor, articleId);
  ctx.actor = adminActor;
  modules = new Map();
  for (const { file, route } of discoverRoutes()) modules.set(route, (await import(file)) as Record<string, unknown>);
}, 120_000);

const mutating = Object.entries(ROUTE_TABLE).filter(([key, row]) => row.minRole !== "skip" && !key.startsWith("GET "));

describe("input fuzzing of every mutating route", () => {
  for (const [key, row] of mutating) {
    const [method, route] = key.split(" ");
    it(`${key}: only 2xx/4xx for ${RUNS_PER_ROUTE} generated requests`, async () => {
      const spec = (await row.call?.(ctx)) ?? {};
      const valid = (spec.body && typeof spec.body === "object" ? spec.body : {}) as Record<string, unknown>;
      const body = fc.oneof(
        nearValid(valid).map((b) => JSON.stringify(b)),
        value.map((v) => JSON.stringify(v) ?? "null"),
        rawText,
      );
      const query = fc.option(fc.dictionary(fc.string({ maxLength: 10 }), fc.oneof(fc.string(), unicode), { maxKeys: 3 }), { nil: undefined });
      const header = fc.option(fc.tuple(fc.constantFrom("last-event-id", "content-type", "x-forwarded-for", "content-length"), fc.oneof(fc.string(), unicode, fc.constant("99999999999999999999"))), { nil: undefined });
      await fc.assert(
        fc.asyncProperty(body, query, header, async (b, q, h) => {
          const url = new URL(concretePath(route, spec.params ?? {}), "http://localhost");
          if (spec.query) for (const [k, v] of new URLSearchParams(spec.query)) url.searchParams.set(k, v);
          for (const [k, v] of Object.entries(q ?? {})) url.searchParams.set(k, v);
          const headers = new Headers({ "content-type": "application/json", authorization: `Bearer ${adminToken}` });
          if (h) {
            try {
              headers.set(h[0], h[1]);
            } catch {
              // not a valid header value: a browser could not send it either
            }
          }
          const status = await invoke(modules.get(route)!, method, url, { headers, body: b, params: spec.params });
          expect(status).toBeLessThan(500);
          expect(status).toBeGreaterThanOrEqual(200);
        }),
        { numRuns: RUNS_PER_ROUTE, seed: 20261128 },
      );
    }, 120_000);
  }

  // SQLite's own checks; PostgreSQL enforces foreign keys in the engine and has no integrity_check.
  it.skipIf(onPostgres)("leaves the database intact: integrity_check and foreign_key_check pass", () => {
    const raw = new Database(databaseFile(), { readonly: true });
    expect(raw.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(raw.pragma("foreign_key_check")).toEqual([]);
    raw.close();
  });
});
