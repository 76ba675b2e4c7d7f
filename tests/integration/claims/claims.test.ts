import { beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/server/create-article";
import { createClaim } from "@/lib/server/create-claim";
import { updateClaim } from "@/lib/server/update-claim";
import { deleteClaim } from "@/lib/server/delete-claim";
import { restoreClaim } from "@/lib/server/restore-claim";
import { linkSource } from "@/lib/server/link-source";
import { unlinkSource } from "@/lib/server/unlink-source";
import { getArticle } from "@/lib/server/get-article";
import { listArticleSources } from "@/lib/server/list-article-sources";
import type { Actor } from "@/lib/domain/actor";
import { db, makeUser } from "../helpers";

const BODY = "The council spent £12 million on roads in 2023.\nThe mayor said it was the largest budget ever.\nCritics said the roads are worse than before.";

let editor: Actor;
let viewer: Actor;
let articleId: string;

beforeAll(async () => {
  editor = await makeUser("editor", "Ana");
  viewer = await makeUser("viewer");
  articleId = (await createArticle(editor, { title: "Roads", body: BODY })).id;
});

async function eventCount() {
  return db.event.count();
}

describe("marking a claim", () => {
  it("anchors the quote with context and records an event", async () => {
    const claim = await createClaim(editor, articleId, { exact: "the largest budget ever" });
    const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
    expect(article.text.slice(claim.start, claim.end)).toBe("the largest budget ever");
    expect(claim.prefix.endsWith("The mayor said it was ")).toBe(true);
    expect(claim.suffix.startsWith(".\nCritics")).toBe(true);
    expect(claim.verdict).toBe("unchecked");
    const events = await db.event.findMany({ where: { claimId: claim.id } });
    expect(events.map((e) => e.type)).toEqual(["claim.created"]);
  });

  it("works across paragraphs", async () => {
    const exact = "2023.\nThe mayor";
    const claim = await createClaim(editor, articleId, { exact });
    expect(claim.exact).toBe(exact);
  });

  it("picks the occurrence at the given position when a quote repeats", async () => {
    const text = (await db.article.findUniqueOrThrow({ where: { id: articleId } })).text;
    const second = text.indexOf("said", text.indexOf("said") + 1);
    const claim = await createClaim(editor, articleId, { exact: "said", start: second, end: second + 4 });
    expect(claim.start).toBe(second);
  });

  it("refuses a quote that is not in the article, out-of-range offsets and blank selections, writing nothing", async () => {
    const before = await eventCount();
    await expect(createClaim(editor, articleId, { exact: "the smallest budget" })).rejects.toMatchObject({ code: "invalid" });
    await expect(createClaim(editor, articleId, { exact: "roads", start: 5000, end: 5005 })).rejects.toMatchObject({ code: "invalid" });
    await expect(createClaim(editor, articleId, { exact: "   " })).rejects.toThrow(/whitespace/);
    await expect(createClaim(editor, articleId, { exact: "roads", verdict: "probably" as never })).rejects.toThrow();
    expect(await eventCount()).toBe(before);
  });

  it("refuses viewers", async () => {
    await expect(createClaim(viewer, articleId, { exact: "roads" })).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("editing a claim", () => {
  it("sets a verdict and rationale, bumping the version and recording before/after", async () => {
    const claim = await createClaim(editor, articleId, { exact: "Critics said" });
    const { claim: updated } = await updateClaim(editor, claim.id, { version: claim.version, verdict: "disputed", rationale: "Two surveys disagree." });
    expect(updated.version).toBe(claim.version + 1);
    expect(updated.verdictSetBy?.id).toBe(editor.id);
    const event = await db.event.findFirstOrThrow({ where: { claimId: claim.id, type: "claim.updated" } });
    expect(JSON.parse(event.before!)).toEqual({ verdict: "unchecked", rationale: "" });
    expect(JSON.parse(event.after!)).toMatchObject({ verdict: "disputed", rationale: "Two surveys disagree." });
  });

  it("refuses a stale version with the current state and leaves the row unchanged", async () => {
    const claim = await createClaim(editor, articleId, { exact: "roads are worse" });
    await updateClaim(editor, claim.id, { version: claim.version, rationale: "first" });
    const error = await updateClaim(editor, claim.id, { version: claim.version, rationale: "second" }).catch((e) => e);
    expect(error.code).toBe("conflict");
    expect(error.message).toMatch(/changed by Ana/);
    expect(error.details.current.rationale).toBe("first");
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).rationale).toBe("first");
  });

  it("merges a stale edit of a different field when the client says what it started from", async () => {
    const claim = await createClaim(editor, articleId, { exact: "worse than before" });
    await updateClaim(editor, claim.id, { version: claim.version, rationale: "Ben's note" });
    const { claim: merged, rebased } = await updateClaim(editor, claim.id, { version: claim.version, verdict: "false", base: { verdict: "unchecked" } });
    expect(rebased).toBe(true);
    expect(merged.rationale).toBe("Ben's note");
    expect(merged.verdict).toBe("false");
  });

  it("refuses a 100 KB rationale", async () => {
    const claim = await createClaim(editor, articleId, { exact: "council spent" });
    await expect(updateClaim(editor, claim.id, { version: 1, rationale: "x".repeat(100_000) })).rejects.toThrow(/too long/);
  });

  it("moves the span without losing verdict or sources", async () => {
    const claim = await createClaim(editor, articleId, { exact: "£12 million" });
    const linked = await linkSource(editor, claim.id, { url: "https://example.org/budget", title: "Budget", stance: "supports" });
    const { claim: moved } = await updateClaim(editor, claim.id, { version: linked.version, verdict: "verified", span: { exact: "£12 million on roads" } });
    expect(moved.exact).toBe("£12 million on roads");
    expect(moved.verdict).toBe("verified");
    expect(moved.sources).toHaveLength(1);
  });
});

describe("deleting and restoring", () => {
  it("soft-deletes and restores with the work intact", async () => {
    const claim = await createClaim(editor, articleId, { exact: "The mayor said" });
    await linkSource(editor, claim.id, { url: "https://example.org/mayor", title: "Mayor speech", stance: "context" });
    await deleteClaim(editor, claim.id);
    expect((await getArticle(editor, articleId)).claims.find((c) => c.id === claim.id)).toBeUndefined();
    const restored = await restoreClaim(editor, claim.id);
    expect(restored.deletedAt).toBeNull();
    expect(restored.sources.map((s) => s.title)).toEqual(["Mayor speech"]);
  });
});

describe("sources", () => {
  it("stores a source once when several claims cite the same URL, and lists it for reuse", async () => {
    const a = await createClaim(editor, articleId, { exact: "spent £12" });
    const b = await createClaim(editor, articleId, { exact: "largest budget" });
    await linkSource(editor, a.id, { url: "https://stats.example.org/report#p3", title: "Stats report", stance: "supports", excerpt: "£12m" });
    const source = await db.source.findUniqueOrThrow({ where: { url: "https://stats.example.org/report" } });
    await linkSource(editor, b.id, { sourceId: source.id, stance: "refutes", excerpt: "Not the largest" });
    await linkSource(editor, b.id, { url: "https://stats.example.org/report", title: "Other title", stance: "refutes" });
    expect(await db.source.count({ where: { url: "https://stats.example.org/report" } })).toBe(1);
    const listed = await listArticleSources(viewer, articleId, "stats");
    expect(listed.find((s) => s.id === source.id)?.claimCount).toBe(2);
    const after = await unlinkSource(editor, b.id, source.id);
    expect(after.sources).toHaveLength(0);
    expect(await db.source.count({ where: { id: source.id } })).toBe(1);
  });

  it("refuses javascript: and data: URLs", async () => {
    const claim = await createClaim(editor, articleId, { exact: "Critics" });
    for (const url of ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "ftp://example.org/x"]) {
      await expect(linkSource(editor, claim.id, { url, title: "Bad", stance: "supports" })).rejects.toThrow(/http/);
    }
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id }, include: { sources: true } })).sources).toHaveLength(0);
  });
});
