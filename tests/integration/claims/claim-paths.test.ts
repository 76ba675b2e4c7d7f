import { describe, expect, it } from "vitest";
import { buildAnchor } from "@/lib/anchoring";
import { findArticleView, readArticleWithClaims } from "@/lib/data/articles";
import { applyAnchorUpdates, findClaim, findClaimOrm, listArticleClaimsOrm, listClaimsForExport, readArticleClaims } from "@/lib/data/claims";
import { appendEvent, appendEvents, listClaimEvents } from "@/lib/data/events";
import { loadExportInput } from "@/lib/data/exports";
import { writeTransaction } from "@/lib/data/transaction";
import type { ClaimAnchorUpdate } from "@/lib/revisions";
import { db, makeUser, onPostgres } from "../helpers";
import { makeArticle, prng } from "../revisions/fixtures";

/**
 * Issue 16, items 3 and 7: every fast path of the claims aggregate (prepared statements on the
 * read-only connection, bulk SQL writes, the batch event writer) gives exactly what the ORM
 * path gives, on a real SQLite file with an article of many claims in every state.
 */
const WORDS = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa".split(" ");

let seeded = 0;

async function seededArticle() {
  seeded += 1;
  const editor = await makeUser("editor", "Ana Editor");
  const reviewer = await makeUser("reviewer", "Rui Reviewer");
  const rand = prng(16);
  const body = Array.from({ length: 60 }, (_, p) => Array.from({ length: 40 }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(" ") + ` (${p}).`).join("\n");
  const article = await makeArticle(editor, body);
  const text = article.text;
  // 600 claims: some nested and overlapping, assigned, approved, with review notes, deleted.
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i < 600; i++) {
    const start = Math.floor(rand() * (text.length - 80));
    ranges.push([start, start + 5 + Math.floor(rand() * 70)]);
  }
  ranges.push(ranges[10]); // the same span twice
  const t0 = Date.parse("2026-03-01T10:00:00.000Z");
  await db.claim.createMany({
    data: ranges.map(([s, e], i) => ({
      articleId: article.id,
      ...buildAnchor(text, s, e),
      anchorStatus: i % 37 === 0 ? "changed" : i % 53 === 0 ? "orphan" : "anchored",
      previousExact: i % 37 === 0 ? "older words" : null,
      claimant: i % 3 === 0 ? `Claimant ${i}` : null,
      normalized: i % 5 === 0 ? `Normalised ${i}` : null,
      verdict: ["unchecked", "verified", "false", "disputed"][i % 4],
      verdictSetById: i % 4 ? reviewer.id : null,
      rationale: i % 2 ? `Because ${i}` : "",
      reviewState: i % 7 === 0 ? "approved" : i % 7 === 1 ? "needs_review" : "open",
      approvedById: i % 7 === 0 ? reviewer.id : null,
      approvedAt: i % 7 === 0 ? new Date(t0 + i * 1000) : null,
      assigneeId: i % 6 === 0 ? editor.id : null,
      reviewNote: i % 7 === 2 ? `Please check ${i}` : null,
      reviewNoteAction: i % 7 === 2 ? (i % 2 ? "reopen" : "send_back") : null,
      reviewNoteById: i % 7 === 2 ? reviewer.id : null,
      reviewNoteAt: i % 7 === 2 ? new Date(t0 + i) : null,
      deletedAt: i % 41 === 0 ? new Date(t0) : null,
      version: 1 + (i % 4),
      createdById: i % 2 ? editor.id : reviewer.id,
      updatedById: i % 3 ? editor.id : reviewer.id,
      createdAt: new Date(t0 + (i % 50) * 1000),
    })),
  });
  const claims = await db.claim.findMany({ where: { articleId: article.id }, select: { id: true }, orderBy: { start: "asc" } });
  await db.source.createMany({
    data: Array.from({ length: 40 }, (_, i) => ({
      url: `https://example.org/${seeded}/source-${i}`,
      title: `Source ${i}`,
      publisher: i % 2 ? "Publisher" : null,
      author: i % 3 ? `Author ${i}` : null,
      publishedAt: i % 4 ? new Date(Date.UTC(2025, i % 12, 1 + i)) : null,
      accessedAt: i % 5 ? new Date(Date.UTC(2026, 0, 1 + i)) : null,
      archiveUrl: i % 6 === 0 ? `https://archive.example/${i}` : null,
      lastArchiveId: i % 7 === 0 ? `arch${i}` : null,
      lastArchivedAt: i % 7 === 0 ? new Date(t0 + i) : null,
      createdById: editor.id,
    })),
  });
  const sources = await db.source.findMany({ where: { url: { startsWith: `https://example.org/${seeded}/` } }, select: { id: true } });
  await db.claimSource.createMany({
    data: claims.flatMap((c, i) =>
      Array.from({ length: i % 4 }, (_, k) => ({
        claimId: c.id,
        sourceId: sources[(i + k * 7) % sources.length].id,
        stance: ["supports", "refutes", "context"][k % 3],
        excerpt: k % 2 ? `Excerpt ${i}/${k}` : null,
        createdById: editor.id,
        // Same-millisecond links on some claims: the order falls back to the URL on every path.
        createdAt: new Date(t0 + (i % 3 === 0 ? 0 : k * 1000)),
      })),
    ),
  });
  await db.comment.createMany({
    data: claims.flatMap((c, i) =>
      Array.from({ length: i % 3 }, (_, k) => ({ claimId: c.id, authorId: editor.id, body: `Comment ${k}`, deletedAt: k === 1 && i % 2 ? new Date(t0) : null })),
    ),
  });
  return { article, editor, reviewer };
}

describe("the claim view is the same on every path", { timeout: 120_000 }, () => {
  it("the prepared-statement path equals the ORM path (claims, article, one snapshot)", async () => {
    const { article } = await seededArticle();
    const orm = await listArticleClaimsOrm(db, article.id);
    expect(orm.length).toBeGreaterThan(500);
    expect(orm.some((c) => c.reviewNote?.action === "reopen")).toBe(true);
    expect(orm.some((c) => c.sources.length === 3)).toBe(true);
    // The prepared-statement path exists on SQLite only.
    if (!onPostgres) expect(readArticleClaims(article.id)).toEqual(orm);

    const both = (await readArticleWithClaims(article.id))!;
    expect(both.article).toEqual(await findArticleView(db, article.id));
    expect(both.claims).toEqual(orm);
    // One claim read alone is the same view as in the list.
    expect(await findClaim(db, orm[123].id)).toEqual(orm[123]);
  });

  it("one claim read by SQL (findClaim) equals the ORM include, live or deleted, inside a transaction and out", async () => {
    const { article } = await seededArticle();
    const all = await db.claim.findMany({ where: { articleId: article.id }, select: { id: true, deletedAt: true } });
    expect(all.some((c) => c.deletedAt)).toBe(true);
    for (const { id, deletedAt } of all) {
      const orm = await findClaimOrm(db, id, { includeDeleted: true });
      expect(await findClaim(db, id, { includeDeleted: true })).toEqual(orm);
      expect(await findClaim(db, id)).toEqual(deletedAt ? null : orm);
    }
    // Inside a write transaction it sees that transaction's own uncommitted change.
    const id = all.find((c) => !c.deletedAt)!.id;
    await writeTransaction(async (tx) => {
      await tx.claim.update({ where: { id }, data: { rationale: "changed in this transaction", version: { increment: 1 } } });
      const view = await findClaim(tx, id);
      expect(view).toEqual(await findClaimOrm(tx, id));
      expect(view!.rationale).toBe("changed in this transaction");
    });
    expect(await findClaim(db, "no-such-claim")).toBeNull();
  });

  it("an article with more claims than SQLite's 999 bound values is read and exported whole, in the same order on every path", async () => {
    const { article, editor } = await seededArticle();
    const text = article.text;
    await db.claim.createMany({
      data: Array.from({ length: 900 }, (_, i) => ({ articleId: article.id, ...buildAnchor(text, i, i + 12), anchorStatus: "anchored", verdict: "unchecked", rationale: "", createdById: editor.id, updatedById: editor.id })),
    });
    const orm = await listArticleClaimsOrm(db, article.id);
    expect(orm.length).toBeGreaterThan(1400);
    if (!onPostgres) expect(readArticleClaims(article.id)).toEqual(orm);
    const exported = await listClaimsForExport(db, article.id);
    expect(new Set(exported.map((c) => c.id))).toEqual(new Set(orm.map((c) => c.id)));
    const input = (await loadExportInput(db, article.id, { baseUrl: "https://factdesk.test" }))!;
    expect(input.claims.map((c) => c.id)).toEqual(exported.map((c) => c.id));
  });

  it("the export's claims are the same views, in export order, with their comments and history", async () => {
    const { article } = await seededArticle();
    const views = await listClaimsForExport(db, article.id);
    const input = (await loadExportInput(db, article.id, { baseUrl: "https://factdesk.test" }))!;
    expect(input.claims.map((c) => c.id)).toEqual(views.map((v) => v.id));
    for (const [i, claim] of input.claims.entries()) {
      const v = views[i];
      expect(claim).toMatchObject({
        exact: v.exact, prefix: v.prefix, suffix: v.suffix, start: v.start, end: v.end, anchorStatus: v.anchorStatus, verdict: v.verdict, rationale: v.rationale,
        reviewState: v.reviewState, createdAt: v.createdAt, updatedAt: v.updatedAt, approvedAt: v.approvedAt,
        createdBy: { name: v.createdBy.name }, approvedBy: v.approvedBy ? { name: v.approvedBy.name } : null,
      });
      expect(claim.sources.map((s) => s.id)).toEqual(v.sources.map((s) => s.sourceId));
      expect(claim.comments.length).toBe(v.commentCount);
    }
    const archived = input.claims.flatMap((c) => c.sources).find((s) => s.archiveUrl?.startsWith("https://factdesk.test/archives/"));
    expect(archived).toBeDefined();
  });

  it("bulk anchor updates store what an ORM update of each claim would", async () => {
    const { article, editor, reviewer } = await seededArticle();
    const before = await listArticleClaimsOrm(db, article.id);
    const picked = before.slice(0, 300);
    const updates: ClaimAnchorUpdate[] = picked.map((c, i) => ({
      id: c.id,
      outcome: i % 3 === 0 ? "changed" : "kept",
      data: { exact: `${c.exact}!`, prefix: c.prefix, suffix: `${c.suffix}?`, start: c.start + 1, end: c.end + 2, anchorStatus: i % 3 === 0 ? "changed" : "anchored", previousExact: i % 3 === 0 ? c.exact : null },
      significant: i % 3 === 0,
      before: { exact: c.exact, start: c.start, end: c.end, anchorStatus: c.anchorStatus, previousExact: c.previousExact },
      reason: null,
    }));
    await writeTransaction((tx) => applyAnchorUpdates(tx, reviewer, updates));
    const after = new Map((await listArticleClaimsOrm(db, article.id)).map((c) => [c.id, c]));
    for (const [i, u] of updates.entries()) {
      const was = picked[i];
      const now = after.get(u.id)!;
      expect({ exact: now.exact, prefix: now.prefix, suffix: now.suffix, start: now.start, end: now.end, anchorStatus: now.anchorStatus, previousExact: now.previousExact }).toEqual(u.data);
      expect(now.version).toBe(was.version + (u.significant ? 1 : 0));
      expect(now.updatedBy.id).toBe(u.significant ? reviewer.id : was.updatedBy.id);
      if (u.significant) expect(Date.parse(now.updatedAt)).toBeGreaterThan(Date.parse(was.updatedAt));
      else expect(now.updatedAt).toBe(was.updatedAt);
      // Nothing else moved.
      expect({ ...now, exact: was.exact, prefix: was.prefix, suffix: was.suffix, start: was.start, end: was.end, anchorStatus: was.anchorStatus, previousExact: was.previousExact, version: was.version, updatedBy: was.updatedBy, updatedAt: was.updatedAt }).toEqual(was);
    }
    expect(editor.id).not.toBe(reviewer.id);
  });

  it("the batch event writer stores the same rows, in order, as one append per event", async () => {
    const { article, editor } = await seededArticle();
    const [claim] = await listArticleClaimsOrm(db, article.id);
    const inputs = Array.from({ length: 1_203 }, (_, i) => ({
      type: "claim.reanchored" as const,
      targetType: "claim" as const,
      targetId: claim.id,
      articleId: article.id,
      claimId: claim.id,
      before: { exact: "a", start: i, end: i + 1, anchorStatus: "anchored" as const, previousExact: null },
      after: { exact: "b", start: i + 1, end: i + 2, anchorStatus: "changed" as const, previousExact: "a", version: i + 2 },
      note: i % 2 ? `note ${i}` : null,
    }));
    const ids = await writeTransaction((tx) => appendEvents(tx, editor, inputs));
    expect(ids).toHaveLength(inputs.length);
    const single = await writeTransaction((tx) => appendEvent(tx, editor, inputs[0]));
    expect(single).toBe(ids[ids.length - 1] + 1);
    const stored = (await listClaimEvents(db, claim.id, { limit: 5_000 })).reverse();
    expect(stored.map((e) => e.id).slice(-inputs.length - 1)).toEqual([...ids, single]);
    const batch = stored.slice(-inputs.length - 1, -1);
    batch.forEach((e, i) => {
      expect({ type: e.type, targetType: e.targetType, targetId: e.targetId, articleId: e.articleId, claimId: e.claimId, before: e.before, after: e.after, note: e.note }).toEqual(inputs[i]);
      expect(e.actor).toEqual({ id: editor.id, name: editor.name });
      expect(Number.isNaN(Date.parse(e.createdAt))).toBe(false);
    });
    const one = stored[stored.length - 1];
    expect({ ...one, id: 0, createdAt: "" }).toEqual({ ...batch[0], id: 0, createdAt: "" });
    // Rows written through the ORM read the same way (dates included).
    const viaOrm = await db.event.findUniqueOrThrow({ where: { id: single } });
    expect(viaOrm.createdAt.toISOString()).toBe(one.createdAt);
  });

  it("a row that breaks the contract is refused before it is written", async () => {
    const { article, editor } = await seededArticle();
    const before = await db.event.count();
    await expect(
      writeTransaction((tx) => appendEvent(tx, editor, { type: "claim.deleted", targetType: "claim", targetId: "x", articleId: article.id, before: { deletedAt: null }, after: { deletedAt: "now" } } as never)),
    ).rejects.toThrow(/change-event contract/);
    expect(await db.event.count()).toBe(before);
  });
});
