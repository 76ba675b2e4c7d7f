import { beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { GET as listArticles, POST as createArticleRoute } from "@/app/api/articles/route";
import { POST as createTokenRoute, GET as listTokensRoute } from "@/app/api/tokens/route";
import type { ApiTokenView } from "@/lib/server/create-api-token";
import { createApiToken } from "@/lib/server/create-api-token";
import { discoverRoutes, concretePath } from "./route-harness";
import { db, makeUser } from "../helpers";

const MUTATING = ["POST", "PATCH", "PUT", "DELETE"] as const;
/** Routes that do not act for a signed-in user at all (next-auth's own sign-in endpoints). */
const NOT_ACTOR_ROUTES = new Set(["/api/auth/[...nextauth]"]);

type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
const call = (handler: Handler, url: string, token: string, init: { method?: string; body?: unknown } = {}) =>
  handler(
    new NextRequest(`http://localhost${url}`, {
      method: init.method ?? "GET",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    }),
    { params: Promise.resolve({}) },
  );

let full: string;
beforeAll(async () => {
  full = (await createApiToken(await makeUser("admin"), { name: "full" })).token;
});

async function newToken(body: Record<string, unknown>): Promise<{ token: string; view: ApiTokenView }> {
  const res = await call(createTokenRoute as Handler, "/api/tokens", full, { method: "POST", body });
  expect(res.status).toBe(201);
  return res.json();
}

describe("API token scope and expiry", () => {
  it("creates a read-only token with an expiry and shows both in the token list", async () => {
    const { view } = await newToken({ name: "dashboard", scope: "read", expiresInDays: 30 });
    expect(view.scope).toBe("read");
    const days = (Date.parse(view.expiresAt!) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
    const listed: ApiTokenView[] = (await (await call(listTokensRoute as Handler, "/api/tokens", full)).json()).tokens;
    expect(listed.find((t) => t.id === view.id)).toMatchObject({ scope: "read", expiresAt: view.expiresAt });
  });

  it("refuses bad scope and expiry values with 422 and creates nothing", async () => {
    const before = await db.apiToken.count();
    for (const body of [{ name: "x", scope: "admin" }, { name: "x", expiresInDays: 0 }, { name: "x", expiresInDays: 1.5 }, { name: "x", expiresInDays: "soon" }]) {
      const res = await call(createTokenRoute as Handler, "/api/tokens", full, { method: "POST", body });
      expect(res.status, JSON.stringify(body)).toBe(422);
    }
    expect(await db.apiToken.count()).toBe(before);
  });

  it("lets a read-only token read but refuses it on every mutating route, changing nothing", async () => {
    const { token } = await newToken({ name: "reader", scope: "read" });
    expect((await call(listArticles as Handler, "/api/articles", token)).status).toBe(200);
    const articles = await db.article.count();
    const refused = await call(createArticleRoute as Handler, "/api/articles", token, { method: "POST", body: { title: "Nope", body: "Text." } });
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.message).toMatch(/read-only/);
    expect(await db.article.count()).toBe(articles);

    // Every route file on disk, every mutating method it exports.
    let checked = 0;
    for (const { file, route } of discoverRoutes()) {
      if (NOT_ACTOR_ROUTES.has(route)) continue;
      const mod = (await import(file)) as Record<string, Handler | undefined>;
      for (const method of MUTATING) {
        const handler = mod[method];
        if (!handler) continue;
        const url = concretePath(route, {});
        const res = await handler(
          new NextRequest(`http://localhost${url}`, { method, headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: "{}" }),
          { params: Promise.resolve(Object.fromEntries([...route.matchAll(/\[(?:\.\.\.)?(\w+)\]/g)].map((m) => [m[1], "x"]))) },
        );
        expect(res.status, `${method} ${route}`).toBe(403);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("refuses an expired token with 401 saying so", async () => {
    const { token, view } = await newToken({ name: "short", expiresInDays: 1 });
    expect((await call(listArticles as Handler, "/api/articles", token)).status).toBe(200);
    await db.apiToken.update({ where: { id: view.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const res = await call(listArticles as Handler, "/api/articles", token);
    expect(res.status).toBe(401);
    expect((await res.json()).error.message).toMatch(/expired/);
  });
});
