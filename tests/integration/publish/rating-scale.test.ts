import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { PUT as putScale } from "@/app/api/settings/rating-scale/route";
import { DEFAULT_RATING_SCALE, type RatingScale } from "@/lib/domain/rating-scale";
import { createApiToken } from "@/lib/server/create-api-token";
import { exportArticle } from "@/lib/server/export-article";
import { getRatingScale } from "@/lib/server/get-rating-scale";
import { importArticleJson } from "@/lib/server/import-article-json";
import { publishArticle } from "@/lib/server/publish-article";
import { readRatingScale } from "@/lib/server/support/rating-scale";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { db, makeUser } from "../helpers";

let articleId: string;
let adminToken: string;
let admin: Awaited<ReturnType<typeof makeUser>>;

const put = (body: unknown, token = adminToken) =>
  putScale(new NextRequest("http://localhost:3000/api/settings/rating-scale", { method: "PUT", body: JSON.stringify(body), headers: { authorization: `Bearer ${token}`, "content-type": "application/json" } }), { params: Promise.resolve({}) });

/** The default scale with a newsroom's own words and numbers: same keys, so no claim moves. */
const renamed: RatingScale = {
  best: 4,
  worst: 1,
  labels: DEFAULT_RATING_SCALE.labels.map((l) => ({ ...l, label: l.key === "false" ? "Wrong" : l.label, value: l.value === null ? null : Math.min(4, l.value) })),
};

beforeAll(async () => {
  ({ articleId } = await seedDemo(db));
  admin = await makeUser("admin");
  adminToken = (await createApiToken(admin, { name: "t" })).token;
});

describe("the newsroom's rating scale", () => {
  it("is the five-verdict scale until an admin changes it; editors cannot", async () => {
    expect((await getRatingScale(await makeUser("viewer"))).scale).toEqual(DEFAULT_RATING_SCALE);
    const editorToken = (await createApiToken(await makeUser("editor"), { name: "t" })).token;
    expect((await put({ scale: renamed }, editorToken)).status).toBe(403);
  });

  it("renaming keeps every claim; published pages and ClaimReview use the new words and numbers", async () => {
    const before = await db.claim.findMany({ where: { articleId }, select: { id: true, verdict: true, version: true }, orderBy: { id: "asc" } });
    const res = await put({ scale: renamed });
    expect(res.status).toBe(200);
    expect((await res.json()).moved).toBe(0);
    expect(await db.claim.findMany({ where: { articleId }, select: { id: true, verdict: true, version: true }, orderBy: { id: "asc" } })).toEqual(before);
    const published = await publishArticle(await makeUser("reviewer"), articleId, {});
    const wrong = published.snapshot.claims.find((c) => c.rating.key === "false");
    expect(wrong?.rating.label).toBe("Wrong");
    expect(published.snapshot.scale).toEqual({ best: 4, worst: 1 });
  });

  it("removing a rating that claims use answers 409 with the count and changes nothing; moveTo moves them, one event each", async () => {
    const withoutDisputed = { ...renamed, labels: renamed.labels.filter((l) => l.key !== "disputed") };
    const used = await db.claim.count({ where: { verdict: "disputed" } });
    expect(used).toBeGreaterThan(0);
    const refused = await put({ scale: withoutDisputed });
    expect(refused.status).toBe(409);
    expect((await refused.json()).error.details.inUse).toEqual({ disputed: used });
    expect(await readRatingScale(db)).toEqual(renamed);

    const badTarget = await put({ scale: withoutDisputed, moveTo: { disputed: "nope" } });
    expect(badTarget.status).toBe(422);

    const moved = await put({ scale: withoutDisputed, moveTo: { disputed: "misleading" } });
    expect(moved.status).toBe(200);
    expect((await moved.json()).moved).toBe(used);
    expect(await db.claim.count({ where: { verdict: "disputed" } })).toBe(0);
    expect(await db.event.count({ where: { type: "claim.rating_moved" } })).toBe(used);
    await put({ scale: renamed }); // back to five keys for the export below
  });

  it("refuses a colour too pale to see on white (422)", async () => {
    const pale = { ...renamed, labels: renamed.labels.map((l, i) => (i === 0 ? { ...l, color: "#fef9c3" } : l)) };
    const res = await put({ scale: pale });
    expect(res.status).toBe(422);
  });

  it("round-trips through the factdesk/1 JSON export: an install without its own scale adopts it, one with a scale keeps its own", async () => {
    const exported = await exportArticle(admin, articleId, { format: "json", includeDrafts: true, baseUrl: "http://localhost:3000" });
    const doc = JSON.parse(String(exported.body));
    expect(doc.ratingScale).toEqual(renamed);

    const kept = await importArticleJson(admin, doc);
    expect(kept.ratingScale).toBe("kept");

    await db.setting.delete({ where: { key: "rating.scale" } });
    expect(await readRatingScale(db)).toEqual(DEFAULT_RATING_SCALE);
    const adopted = await importArticleJson(admin, doc);
    expect(adopted.ratingScale).toBe("adopted");
    expect(await readRatingScale(db)).toEqual(renamed);
  });
});
