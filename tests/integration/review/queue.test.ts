import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/domain/actor";
import { createArticle } from "@/lib/server/create-article";
import { createClaim } from "@/lib/server/create-claim";
import { deleteClaim } from "@/lib/server/delete-claim";
import { linkSource } from "@/lib/server/link-source";
import { updateClaim } from "@/lib/server/update-claim";
import { listReviewQueue } from "@/lib/server/list-review-queue";
import { db, makeUser } from "../helpers";

let ana: Actor;
let ben: Actor;
let budgetId: string;
let sportId: string;

/**
 * Two articles, six live claims and one deleted one:
 *   budget: "£12 million" (verified, Ana), "largest budget" (false, Ben, claimant "The mayor"),
 *           "4 percent" (unchecked, unassigned, normalised "Unemployment fell"), deleted "Tuesday"
 *   sport:  "won the cup" (verified, Ana), "third time" (disputed, unassigned), "record crowd" (unchecked, Ben)
 */
beforeAll(async () => {
  ana = await makeUser("editor", "Ana Editor");
  ben = await makeUser("editor", "Ben Editor");
  budgetId = (await createArticle(ana, { title: "Budget rises", body: "The council approved £12 million on Tuesday.\nThe mayor said it was the largest budget in a decade.\nUnemployment fell to 4 percent." })).id;
  sportId = (await createArticle(ana, { title: "Alpha Rovers win", body: "Rovers won the cup for the third time before a record crowd." })).id;
  const add = async (articleId: string, exact: string, fields: { verdict?: "verified" | "false" | "disputed"; assignee?: Actor; claimant?: string; normalized?: string } = {}) => {
    const c = await createClaim(ana, articleId, { exact, verdict: fields.verdict, claimant: fields.claimant, normalized: fields.normalized });
    if (fields.assignee) await updateClaim(ana, c.id, { version: c.version, assigneeId: fields.assignee.id });
    return c.id;
  };
  await add(budgetId, "£12 million", { verdict: "verified", assignee: ana });
  await add(budgetId, "largest budget", { verdict: "false", assignee: ben, claimant: "The mayor" });
  await add(budgetId, "4 percent", { normalized: "Unemployment fell" });
  await deleteClaim(ana, await add(budgetId, "Tuesday", { assignee: ana }));
  const cup = await add(sportId, "won the cup", { verdict: "verified", assignee: ana });
  await add(sportId, "third time", { verdict: "disputed" });
  await add(sportId, "record crowd", { assignee: ben });
  // One claim waiting for review.
  const current = await linkSource(ana, cup, { url: "https://sport.example/final", title: "Final report", stance: "supports" });
  await updateClaim(ana, cup, { version: current.version, rationale: "Match report confirms it." });
  await db.claim.update({ where: { id: cup }, data: { reviewState: "needs_review" } });
});

const quotes = async (actor: Actor, query: Parameters<typeof listReviewQueue>[1]) => (await listReviewQueue(actor, query)).items.map((i) => i.excerpt);

describe("review queue", () => {
  it("lists live claims across articles, newest change first, with what the table shows", async () => {
    const page = await listReviewQueue(ana, {});
    expect(page.total).toBe(6);
    expect(page.items.map((i) => i.excerpt)).not.toContain("Tuesday");
    const cup = page.items.find((i) => i.excerpt === "won the cup")!;
    expect(cup).toMatchObject({ articleId: sportId, articleTitle: "Alpha Rovers win", verdict: "verified", reviewState: "needs_review", assignee: { id: ana.id, name: "Ana Editor" }, sourceCount: 1 });
    const updated = page.items.map((i) => i.updatedAt);
    expect([...updated].sort().reverse()).toEqual(updated);
    expect(page.fourEyes).toBe(true);
  });

  it("filters by verdict, review state and article", async () => {
    expect((await quotes(ana, { verdict: "verified" })).sort()).toEqual(["won the cup", "£12 million"].sort());
    expect(await quotes(ana, { state: "needs_review" })).toEqual(["won the cup"]);
    expect((await quotes(ana, { article: budgetId })).sort()).toEqual(["4 percent", "largest budget", "£12 million"].sort());
    expect(await quotes(ana, { article: budgetId, verdict: "false" })).toEqual(["largest budget"]);
  });

  it("filters by assignee: me, unassigned, or someone", async () => {
    expect((await quotes(ana, { assignee: "me" })).sort()).toEqual(["won the cup", "£12 million"].sort());
    expect((await quotes(ben, { assignee: "me" })).sort()).toEqual(["largest budget", "record crowd"]);
    expect((await quotes(ana, { assignee: "unassigned" })).sort()).toEqual(["4 percent", "third time"]);
    expect((await quotes(ana, { assignee: ben.id })).sort()).toEqual(["largest budget", "record crowd"]);
  });

  it("searches quote, normalised claim and claimant, ignoring case", async () => {
    expect(await quotes(ana, { q: "MAYOR" })).toEqual(["largest budget"]);
    expect(await quotes(ana, { q: "unemployment" })).toEqual(["4 percent"]);
    expect(await quotes(ana, { q: "crowd" })).toEqual(["record crowd"]);
    expect(await quotes(ana, { q: "nothing like this" })).toEqual([]);
  });

  it("sorts by article title, then document order, both ways", async () => {
    expect(await quotes(ana, { sort: "article", dir: "asc" })).toEqual(["won the cup", "third time", "record crowd", "£12 million", "largest budget", "4 percent"]);
    expect((await quotes(ana, { sort: "article", dir: "desc" })).slice(0, 3)).toEqual(["£12 million", "largest budget", "4 percent"]);
  });

  it("sorts by verdict, state and creation", async () => {
    expect((await listReviewQueue(ana, { sort: "verdict", dir: "asc" })).items.map((i) => i.verdict)).toEqual(["disputed", "false", "unchecked", "unchecked", "verified", "verified"]);
    expect((await listReviewQueue(ana, { sort: "state", dir: "asc" })).items[0].reviewState).toBe("needs_review");
    expect(await quotes(ana, { sort: "created", dir: "asc" })).toEqual(["£12 million", "largest budget", "4 percent", "won the cup", "third time", "record crowd"]);
  });

  it("paginates without gaps or repeats, and clamps a page past the end", async () => {
    const seen: string[] = [];
    for (let page = 1; page <= 3; page++) {
      const result = await listReviewQueue(ana, { sort: "created", dir: "desc", perPage: 2, page });
      expect(result).toMatchObject({ total: 6, pageCount: 3, page });
      seen.push(...result.items.map((i) => i.id));
    }
    expect(new Set(seen).size).toBe(6);
    const past = await listReviewQueue(ana, { perPage: 2, page: 99 });
    expect(past.page).toBe(3);
    expect(past.items).toHaveLength(2);
  });

  it("accepts URL-style strings and treats empty filters as none", async () => {
    const page = await listReviewQueue(ana, { verdict: "", state: "", assignee: "", q: "", page: "1" as unknown as number, perPage: "2" as unknown as number });
    expect(page).toMatchObject({ total: 6, perPage: 2 });
    await expect(listReviewQueue(ana, { verdict: "Maybe?" as never })).rejects.toMatchObject({ name: "ZodError" });
  });

  it("leaves out claims of deleted articles", async () => {
    await db.article.update({ where: { id: sportId }, data: { deletedAt: new Date() } });
    try {
      expect((await listReviewQueue(ana, {})).total).toBe(3);
    } finally {
      await db.article.update({ where: { id: sportId }, data: { deletedAt: null } });
    }
  });
});
