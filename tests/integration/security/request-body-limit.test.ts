import { beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { POST as createArticleRoute } from "@/app/api/articles/route";
import { createApiToken } from "@/lib/server/create-api-token";
import { MAX_JSON_BYTES } from "@/lib/http/route";
import { db, makeUser } from "../helpers";

/** A 32 MB chunked body (no Content-Length); counts how much of it the server pulled. */
function hugeBody() {
  const chunk = new TextEncoder().encode(`{"title":"x","body":"${"a".repeat(64 * 1024)}`);
  const stats = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (stats.pulled >= 32 * 1024 * 1024) return controller.close();
      stats.pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, stats };
}

let token: string;
beforeAll(async () => {
  token = (await createApiToken(await makeUser("editor"), { name: "limit" })).token;
});

describe("JSON request bodies", () => {
  it("stop being read past the size limit even without Content-Length, with a 413 JSON error", async () => {
    const before = await db.article.count();
    const { stream, stats } = hugeBody();
    const req = new NextRequest("http://localhost/api/articles", {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: stream,
      duplex: "half",
    } as ConstructorParameters<typeof NextRequest>[1]);
    const res = await createArticleRoute(req, { params: Promise.resolve({}) });
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatchObject({ code: "too_large", message: expect.stringMatching(/too large/) });
    // Stream plumbing buffers a few chunks ahead; the point is that it stops near the limit.
    expect(stats.pulled).toBeLessThan(MAX_JSON_BYTES * 8);
    expect(await db.article.count()).toBe(before);
  }, 30_000);
});
