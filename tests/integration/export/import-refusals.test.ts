import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/domain/actor";
import type { FactdeskDocument } from "@/lib/export/factdesk-schema";
import { exportArticle } from "@/lib/server/export-article";
import { importArticleJson } from "@/lib/server/import-article-json";
import { db, makeUser, onPostgres } from "../helpers";
import { BASE_URL, seedPinned } from "./seeded";

let editor: Actor;
let valid: FactdeskDocument;

/** Row counts of everything an import writes. */
async function counts() {
  return {
    articles: await db.article.count(),
    revisions: await db.articleRevision.count(),
    claims: await db.claim.count(),
    sources: await db.source.count(),
    links: await db.claimSource.count(),
    comments: await db.comment.count(),
    events: await db.event.count(),
  };
}

beforeAll(async () => {
  const articleId = await seedPinned(db);
  editor = await makeUser("editor");
  const file = await exportArticle(editor, articleId, { format: "json", includeDrafts: true, baseUrl: BASE_URL });
  valid = JSON.parse(String(file.body)) as FactdeskDocument;
  // A comment, so a failure while writing comments happens late in the transaction.
  valid.claims[4].comments.push({ id: "c1", parentId: null, author: { name: "Ana Editor", email: "editor@factdesk.test" }, body: "BOOM: the last write", createdAt: "2026-01-05T10:00:00.000Z", editedAt: null, resolvedAt: null });
});

describe("importing a file that is not a valid factdesk/1 export", () => {
  const cases: [string, () => unknown, RegExp][] = [
    ["not JSON", () => "{ this is not json", /not valid JSON/],
    ["JSON but not an object", () => "[1, 2, 3]", /expected a JSON object/],
    ["another tool's JSON", () => ({ title: "x" }), /no "format" field/],
    ["a later format version", () => ({ ...valid, format: "factdesk/2" }), /Unsupported export format "factdesk\/2"/],
    ["a claim with a bad verdict", () => ({ ...valid, claims: [{ ...valid.claims[0], verdict: "pants-on-fire" }] }), /claims\[0\]\.verdict/],
    ["a reply to a missing comment", () => ({ ...valid, claims: [{ ...valid.claims[0], comments: [{ ...valid.claims[4].comments[0], parentId: "nope" }] }] }), /reply to unknown comment/],
    ["a javascript: source", () => ({ ...valid, claims: [{ ...valid.claims[0], sources: [{ ...valid.claims[0].sources[0], url: "javascript:alert(1)" }] }] }), /claims\[0\]\.sources\[0\]\.url: Source URL must be a full web address/],
  ];
  for (const [label, make, message] of cases) {
    it(`refuses ${label} with 422 and writes nothing`, async () => {
      const before = await counts();
      await expect(importArticleJson(editor, make())).rejects.toMatchObject({ code: "invalid", message: expect.stringMatching(message) });
      expect(await counts()).toEqual(before);
    });
  }

  it("rolls back everything when a write fails halfway through", async () => {
    if (onPostgres) {
      await db.$executeRawUnsafe(`CREATE FUNCTION test_fail_comment() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'simulated failure'; END $$`);
      await db.$executeRawUnsafe(`CREATE TRIGGER test_fail_comment BEFORE INSERT ON "Comment" FOR EACH ROW WHEN (NEW.body LIKE '%BOOM%') EXECUTE FUNCTION test_fail_comment()`);
    } else {
      await db.$executeRawUnsafe(`CREATE TRIGGER test_fail_comment BEFORE INSERT ON "Comment" WHEN NEW.body LIKE '%BOOM%' BEGIN SELECT RAISE(ABORT, 'simulated failure'); END;`);
    }
    try {
      const before = await counts();
      await expect(importArticleJson(editor, valid)).rejects.toThrow(); // the trigger aborts the comment insert
      expect(await counts()).toEqual(before);
    } finally {
      await db.$executeRawUnsafe(onPostgres ? `DROP TRIGGER test_fail_comment ON "Comment"` : `DROP TRIGGER test_fail_comment`);
    }
    // The same file imports once the obstacle is gone.
    const result = await importArticleJson(editor, valid);
    expect(result.claims).toBe(5);
  });

  it("lets only editors import", async () => {
    const viewer = await makeUser("viewer");
    await expect(importArticleJson(viewer, valid)).rejects.toMatchObject({ code: "forbidden" });
  });
});
