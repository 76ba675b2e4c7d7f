import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postClaim } from "@/app/api/articles/[id]/claims/route";
import { PATCH as patchClaim } from "@/app/api/claims/[id]/route";
import { RATING_SCALE_PRESETS } from "@/lib/domain/rating-scale";
import { createApiToken } from "@/lib/server/create-api-token";
import { createArticle } from "@/lib/server/create-article";
import { createClaim } from "@/lib/server/create-claim";
import { getArticleDashboard } from "@/lib/server/get-article-dashboard";
import { exportArticle } from "@/lib/server/export-article";
import { importArticleJson } from "@/lib/server/import-article-json";
import { RATING_SCALE_SETTING } from "@/lib/server/support/rating-scale";
import type { Actor } from "@/lib/domain/actor";
import { db, makeUser } from "../helpers";

/**
 * A claim's verdict is `unchecked` or a label of the newsroom's CURRENT scale, checked on the
 * server: the request schema only knows a key's shape, the scale lives in the database.
 */
let editor: Actor;
let token: string;
let articleId: string;

const BASE = "http://localhost:3000";
const headers = () => ({ authorization: `Bearer ${token}`, "content-type": "application/json" });
const create = (body: unknown) =>
  postClaim(new NextRequest(`${BASE}/api/articles/${articleId}/claims`, { method: "POST", body: JSON.stringify(body), headers: headers() }), { params: Promise.resolve({ id: articleId }) });
const patch = (id: string, body: unknown) =>
  patchClaim(new NextRequest(`${BASE}/api/claims/${id}`, { method: "PATCH", body: JSON.stringify(body), headers: headers() }), { params: Promise.resolve({ id }) });
const useScale = (scale: unknown) =>
  db.setting.upsert({ where: { key: RATING_SCALE_SETTING }, create: { key: RATING_SCALE_SETTING, value: JSON.stringify(scale) }, update: { value: JSON.stringify(scale) } });

beforeAll(async () => {
  editor = await makeUser("editor");
  token = (await createApiToken(editor, { name: "t" })).token;
  articleId = (await createArticle(editor, { title: "Scales", body: "Taxes rose by 40 percent last year. Nobody noticed." })).id;
});

afterAll(async () => {
  await db.setting.deleteMany({ where: { key: RATING_SCALE_SETTING } });
});

describe("verdicts follow the newsroom's rating scale", () => {
  it("with the default scale, today's five verdicts are accepted and a made-up one is a clear 422", async () => {
    await db.setting.deleteMany({ where: { key: RATING_SCALE_SETTING } });
    const ok = await create({ exact: "Taxes rose by 40 percent", verdict: "disputed" });
    expect(ok.status).toBe(201);
    const bad = await create({ exact: "Nobody noticed", verdict: "mostly_true" });
    expect(bad.status).toBe(422);
    const body = await bad.json();
    expect(body.error.message).toContain("“mostly_true” is not a rating of this newsroom's scale");
    expect(body.error.message).toContain("verified (Verified)");
    expect(body.error.fields.verdict).toBeTruthy();
  });

  it("after switching to the three-point scale, its labels are accepted and the old five are refused", async () => {
    await useScale(RATING_SCALE_PRESETS["three-point"]);
    const created = await create({ exact: "Nobody noticed", verdict: "true" });
    expect(created.status).toBe(201);
    const claim = (await created.json()).claim;
    expect(claim.verdict).toBe("true");

    const refused = await patch(claim.id, { version: claim.version, verdict: "verified" });
    expect(refused.status).toBe(422);
    expect((await refused.json()).error.message).toContain("true (True), misleading (Misleading), false (False)");
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).verdict).toBe("true");

    const moved = await patch(claim.id, { version: claim.version, verdict: "misleading" });
    expect(moved.status).toBe(200);
    expect((await moved.json()).claim.verdict).toBe("misleading");
    await expect(createClaim(editor, articleId, { exact: "Taxes", verdict: "disputed" })).rejects.toMatchObject({ code: "invalid" });
  });

  it("a verdict that is not even a key's shape is refused by the schema (422 with the field)", async () => {
    const res = await create({ exact: "Taxes", verdict: "Not a key!" });
    expect(res.status).toBe(422);
    expect(JSON.stringify(await res.json())).toContain("verdict");
  });

  it("the dashboard chart and the exports use the scale's labels", async () => {
    const dashboard = await getArticleDashboard(editor, articleId);
    expect(dashboard.byVerdict.map((v) => v.verdict)).toEqual(["unchecked", "true", "misleading", "false"]);
    expect(dashboard.byVerdict.find((v) => v.verdict === "misleading")?.count).toBe(1);
    const html = await exportArticle(editor, articleId, { format: "html", includeDrafts: true, baseUrl: BASE });
    expect(String(html.body)).toContain(`<span class="letter" aria-hidden="true">M</span>Misleading</span>`);
    expect(String(html.body)).toContain(".v-true{--verdict:#15803d}");
    const csv = await exportArticle(editor, articleId, { format: "csv", includeDrafts: true, baseUrl: BASE });
    expect(String(csv.body)).toContain(",misleading,Misleading,");
  });

  it("a factdesk/1 file rated on another scale is refused (422, naming the ratings) unless this newsroom adopts that scale", async () => {
    const exported = await exportArticle(editor, articleId, { format: "json", includeDrafts: true, baseUrl: BASE });
    const doc = JSON.parse(String(exported.body));
    expect(doc.claims.map((c: { verdict: string }) => c.verdict)).toContain("misleading");
    // This newsroom goes back to the five verdicts: "true" (in the file) is not one of them.
    await useScale(RATING_SCALE_PRESETS["five-verdict"]);
    doc.claims[0].verdict = "true";
    const before = await db.article.count();
    await expect(importArticleJson(editor, doc)).rejects.toMatchObject({ code: "invalid", message: expect.stringContaining("“true”"), details: { unknownVerdicts: ["true"] } });
    expect(await db.article.count()).toBe(before);
    // A Factdesk with no scale of its own adopts the file's three-point scale, so its claims fit.
    await db.setting.deleteMany({ where: { key: RATING_SCALE_SETTING } });
    const imported = await importArticleJson(editor, doc);
    expect(imported.ratingScale).toBe("adopted");
  });
});
