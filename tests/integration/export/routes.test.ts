import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as exportRoute } from "@/app/api/articles/[id]/export/route";
import { POST as importRoute } from "@/app/api/articles/import/route";
import { createApiToken } from "@/lib/server/create-api-token";
import { db, makeUser } from "../helpers";
import { seedPinned } from "./seeded";

let articleId: string;
let viewerToken: string;
let editorToken: string;

beforeAll(async () => {
  articleId = await seedPinned(db);
  viewerToken = (await createApiToken(await makeUser("viewer"), { name: "test" })).token;
  editorToken = (await createApiToken(await makeUser("editor"), { name: "test" })).token;
});

const get = (query: string, token = viewerToken) =>
  exportRoute(new NextRequest(`http://localhost:3000/api/articles/${articleId}/export${query}`, { headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve({ id: articleId }) });

const post = (body: string, token = editorToken) =>
  importRoute(new NextRequest("http://localhost:3000/api/articles/import", { method: "POST", body, headers: { authorization: `Bearer ${token}`, "content-type": "application/json" } }), { params: Promise.resolve({}) });

describe("GET /api/articles/{id}/export", () => {
  it("answers a download with the exporter's file name and content type", async () => {
    const res = await get("?format=markdown&drafts=1");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="factdesk-putin-slams-[\w-]+\.md"; filename\*=UTF-8''factdesk-putin-slams-/);
    expect(await res.text()).toContain("Biden told ABC News");
  });

  it("serves the PDF as bytes", async () => {
    const res = await get("?format=pdf");
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await res.arrayBuffer()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("refuses an unknown format with 422 listing the valid ones", async () => {
    const res = await get("?format=docx");
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error.code).toBe("invalid");
    expect(body.error.message).toMatch(/html, pdf, markdown, csv, json, claimreview, w3c/);
  });

  it("answers 404 for an unknown article and 401 without credentials", async () => {
    const missing = await exportRoute(new NextRequest("http://localhost:3000/api/articles/nope/export?format=html", { headers: { authorization: `Bearer ${viewerToken}` } }), { params: Promise.resolve({ id: "nope" }) });
    expect(missing.status).toBe(404);
    const anonymous = await exportRoute(new NextRequest(`http://localhost:3000/api/articles/${articleId}/export?format=html`), { params: Promise.resolve({ id: articleId }) });
    expect(anonymous.status).toBe(401);
  });
});

describe("POST /api/articles/import", () => {
  it("creates the article from an export (201)", async () => {
    const exported = await (await get("?format=json&drafts=1")).text();
    const res = await post(exported);
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({ claims: 5, orphaned: 0 });
    expect(await db.article.findUnique({ where: { id: body.id } })).not.toBeNull();
  });

  it("refuses a wrong version with 422 and a body over 20 MB with 413", async () => {
    const wrong = await post(JSON.stringify({ format: "factdesk/9" }));
    expect(wrong.status).toBe(422);
    expect((await wrong.json()).error.message).toMatch(/Unsupported export format/);
    const huge = await post(JSON.stringify({ format: "factdesk/1", padding: "x".repeat(20_000_001) }));
    expect(huge.status).toBe(413);
  });

  it("is refused to viewers (403)", async () => {
    const res = await post(JSON.stringify({ format: "factdesk/1" }), viewerToken);
    expect(res.status).toBe(403);
  });
});
