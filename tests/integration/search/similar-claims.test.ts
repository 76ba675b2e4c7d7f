import { describe, expect, it } from "vitest";
import { findSimilarClaims } from "@/lib/server/find-similar-claims";
import { copyFromClaim } from "@/lib/server/copy-from-claim";
import { linkSource } from "@/lib/server/link-source";
import { deleteClaim } from "@/lib/server/delete-claim";
import { db, makeUser } from "../helpers";
import { makeArticle, markClaim } from "../revisions/fixtures";

async function world() {
  const editor = await makeUser("editor", "Eve");
  const viewer = await makeUser("viewer");
  const current = await makeArticle(editor, "The senator said Russia paid bounties to Taliban militants to kill US troops in Afghanistan. Nobody else commented.", "Today's story");
  const prior = await makeArticle(editor, "Reports in 2020 claimed Russia offered bounties to Taliban-linked militants for killing American troops in Afghanistan.", "2020 bounty story");
  const other = await makeArticle(editor, "The president said US troops will leave Afghanistan by September. The Taliban welcomed the news.", "Withdrawal story");
  const mine = await markClaim(editor, current.id, "Russia paid bounties to Taliban militants to kill US troops in Afghanistan", { normalized: "Russia paid bounties for killing US troops in Afghanistan", claimant: "The senator" });
  const sibling = await markClaim(editor, current.id, "Nobody else commented.");
  const duplicate = await markClaim(editor, prior.id, "Russia offered bounties to Taliban-linked militants for killing American troops in Afghanistan", {
    normalized: "Russia paid bounties for killing US troops in Afghanistan", verdict: "disputed", rationale: "US intelligence agencies had low to moderate confidence in the reports.",
  });
  const weak = await markClaim(editor, other.id, "US troops will leave Afghanistan by September", { normalized: "US troops leave Afghanistan by September" });
  // Unrelated claims elsewhere, so word rarity (bm25's IDF) means something.
  const fillerText = ["Inflation rose to 3.2% in May.", "The council approved a new budget.", "Measles cases doubled last year.", "Sea ice reached a record low.", "The striker scored twice on Sunday.", "Hospital waiting lists grew by 8%.", "Russia's economy shrank by 2% last year."];
  const filler = await makeArticle(editor, fillerText.join(" "), "Other news");
  for (const sentence of fillerText) await markClaim(editor, filler.id, sentence);
  const unrelated = await db.claim.findFirstOrThrow({ where: { articleId: filler.id, exact: { startsWith: "Russia's economy" } } });
  return { editor, viewer, current, prior, mine, sibling, duplicate, weak, unrelated };
}

describe("prior fact-checks (similar claims)", () => {
  it("ranks a near-duplicate claim from another article first and ignores the same article", async () => {
    const { viewer, mine, duplicate, weak, sibling, unrelated } = await world();
    const { similar } = await findSimilarClaims(viewer, mine.id);
    expect(similar[0].claim.id).toBe(duplicate.id);
    expect(similar[0]).toMatchObject({ article: { title: "2020 bounty story" }, claim: { verdict: "disputed", reviewState: "open" } });
    expect(similar.map((s) => s.claim.id)).toContain(weak.id);
    expect(similar.map((s) => s.claim.id)).not.toContain(sibling.id);
    expect(similar.map((s) => s.claim.id)).not.toContain(mine.id);
    expect(similar.map((s) => s.claim.id)).not.toContain(unrelated.id); // shares only "Russia"
    expect(similar.length).toBeLessThanOrEqual(5);
    expect(similar[0].score).toBeGreaterThanOrEqual(similar[similar.length - 1].score);
  });

  it("matches a reordered paraphrase and ranks a claim with a different number below it", async () => {
    const editor = await makeUser("editor");
    const current = await makeArticle(editor, "Last year 45,000 homes were completed in the city, the mayor said.", "Housing story");
    const prior = await makeArticle(editor, "The city built 45,000 new homes last year.", "Earlier check");
    const close = await makeArticle(editor, "The city built 50,000 new homes last year.", "Another check");
    const mine = await markClaim(editor, current.id, "Last year 45,000 homes were completed in the city");
    const same = await markClaim(editor, prior.id, "The city built 45,000 new homes last year.");
    const differs = await markClaim(editor, close.id, "The city built 50,000 new homes last year.");
    const { similar } = await findSimilarClaims(editor, mine.id);
    expect(similar[0]).toMatchObject({ claim: { id: same.id }, numbers: "same" });
    expect(similar.find((s) => s.claim.id === differs.id)).toMatchObject({ numbers: "differ" });
    expect(similar.findIndex((s) => s.claim.id === differs.id)).toBeGreaterThan(0);
  });

  it("leaves out deleted claims", async () => {
    const { editor, viewer, mine, duplicate } = await world();
    await deleteClaim(editor, duplicate.id);
    expect((await findSimilarClaims(viewer, mine.id)).similar.map((s) => s.claim.id)).not.toContain(duplicate.id);
  });
});

describe("copying a prior fact-check", () => {
  it("copies sources once (reusing the Source rows) and the verdict as a draft", async () => {
    const { editor, mine, duplicate } = await world();
    await linkSource(editor, duplicate.id, { url: "https://www.nytimes.com/2020/06/26/us/politics/russia-afghanistan-bounties.html", title: "Russia Secretly Offered Afghan Militants Bounties", publisher: "NYT", stance: "supports", excerpt: "Officials said..." });
    await linkSource(editor, duplicate.id, { url: "https://www.bbc.co.uk/news/world-us-canada-56751486", title: "Low confidence in bounty reports", stance: "refutes" });
    const sourcesBefore = await db.source.count();

    const result = await copyFromClaim(editor, mine.id, { fromClaimId: duplicate.id, version: mine.version, includeVerdict: true });
    expect(await db.source.count()).toBe(sourcesBefore);
    expect(result.copied).toEqual({ sources: 2, alreadyLinked: 0, verdict: true });
    expect(result.claim.sources.map((s) => [s.title, s.stance, s.excerpt])).toEqual([
      ["Russia Secretly Offered Afghan Militants Bounties", "supports", "Officials said..."],
      ["Low confidence in bounty reports", "refutes", null],
    ]);
    expect(result.claim.verdict).toBe("disputed");
    expect(result.claim.rationale).toMatch(/^Draft copied from “2020 bounty story” \(verdict there: Disputed\)/);
    expect(result.claim.rationale).toContain("low to moderate confidence");
    expect(result.claim.version).toBe(mine.version + 1);
    const events = await db.event.findMany({ where: { claimId: mine.id, id: { gt: 0 } }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.type)).toEqual(["claim.created", "source.linked", "source.linked", "claim.updated"]);

    // Copying again adds nothing and changes nothing.
    const again = await copyFromClaim(editor, mine.id, { fromClaimId: duplicate.id, version: result.claim.version });
    expect(again.copied).toEqual({ sources: 0, alreadyLinked: 2, verdict: false });
    expect(again.claim.version).toBe(result.claim.version);
    expect(await db.claimSource.count({ where: { claimId: mine.id } })).toBe(2);
  });

  it("refuses a stale version and a viewer, and changes nothing", async () => {
    const { editor, viewer, mine, duplicate } = await world();
    await linkSource(editor, duplicate.id, { url: "https://example.org/a", title: "A", stance: "context" });
    await expect(copyFromClaim(editor, mine.id, { fromClaimId: duplicate.id, version: mine.version + 5 })).rejects.toMatchObject({ code: "conflict" });
    await expect(copyFromClaim(viewer, mine.id, { fromClaimId: duplicate.id, version: mine.version })).rejects.toMatchObject({ code: "forbidden" });
    await expect(copyFromClaim(editor, mine.id, { fromClaimId: mine.id, version: mine.version })).rejects.toMatchObject({ code: "invalid" });
    expect(await db.claimSource.count({ where: { claimId: mine.id } })).toBe(0);
  });
});
