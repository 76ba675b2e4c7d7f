import { beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { GET as exportRoute } from "@/app/api/articles/[id]/export/route";
import { POST as importRoute } from "@/app/api/articles/import/route";
import { GET as searchRoute } from "@/app/api/search/route";
import { createApiToken } from "@/lib/server/create-api-token";
import { createArticle } from "@/lib/server/create-article";
import { exportArticle } from "@/lib/server/export-article";
import { rateLimiter } from "@/lib/data/rate-limits";
import { USER_RATE_LIMITS, type RateLimitedAction } from "@/lib/domain/user-rate-limits";
import type { Actor } from "@/lib/domain/actor";
import { db, makeUser } from "../helpers";

let articleId: string;
let exported: string;
beforeAll(async () => {
  const editor = await makeUser("editor");
  articleId = (await createArticle(editor, { title: "Budget", body: "The budget rose by 4 percent in 2024." })).id;
  exported = String((await exportArticle(editor, articleId, { format: "json", includeDrafts: true, baseUrl: "http://localhost" })).body);
});

async function userWithToken(): Promise<{ actor: Actor; token: string }> {
  const actor = await makeUser("editor");
  return { actor, token: (await createApiToken(actor, { name: "rate" })).token };
}

/** Uses up all but one request of the budget directly in the shared store. */
async function nearlyExhaust(action: RateLimitedAction, actor: Actor) {
  const { points, durationSeconds } = USER_RATE_LIMITS[action];
  await rateLimiter(db, { name: `user-${action}`, points, durationSeconds }).consume(actor.id, points - 1);
}

const calls: Record<RateLimitedAction, (token: string) => Promise<Response>> = {
  export: (token) =>
    exportRoute(new NextRequest(`http://localhost/api/articles/${articleId}/export?format=json`, { headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve({ id: articleId }) }),
  import: (token) =>
    importRoute(new NextRequest("http://localhost/api/articles/import", { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: exported }), { params: Promise.resolve({}) }),
  search: (token) => searchRoute(new NextRequest("http://localhost/api/search?q=budget", { headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve({}) }),
};

describe("per-user rate limits", () => {
  for (const action of ["export", "import", "search"] as const) {
    it(`${action}: answers 429 with Retry-After and a JSON message once the user's budget is spent, and only for that user`, async () => {
      const { actor, token } = await userWithToken();
      await nearlyExhaust(action, actor);
      const last = await calls[action](token);
      expect(last.status).toBeLessThan(300);
      const articlesBefore = await db.article.count();
      const refused = await calls[action](token);
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers.get("retry-after"));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(USER_RATE_LIMITS[action].durationSeconds);
      expect((await refused.json()).error).toMatchObject({ code: "rate_limited", message: expect.stringMatching(/^Too many/) });
      expect(await db.article.count()).toBe(articlesBefore);
      // Someone else's budget is untouched.
      const other = await userWithToken();
      expect((await calls[action](other.token)).status).toBeLessThan(300);
    });
  }
});
