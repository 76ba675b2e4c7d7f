import { describe, expect, it } from "vitest";
import { saveArticleRevision } from "@/lib/server/save-article-revision";
import { updateClaim } from "@/lib/server/update-claim";
import { linkSource } from "@/lib/server/link-source";
import { getClaim } from "@/lib/server/get-claim";
import { db, makeUser } from "../helpers";
import { makeArticle, markClaim } from "./fixtures";

const BODY = "The council said the new bridge will cost 12 million pounds.\nCritics argue the true cost is closer to 20 million pounds.";

describe("re-attaching an orphaned claim", () => {
  it("orphan re-attach keeps verdict, sources, comments and history", async () => {
    const editor = await makeUser("editor", "Dana");
    const article = await makeArticle(editor, BODY);
    const created = await markClaim(editor, article.id, "the true cost is closer to 20 million pounds", {
      claimant: "Critics", normalized: "The bridge will cost about 20 million pounds.", verdict: "disputed", rationale: "Two estimates disagree.",
    });
    const linked = await linkSource(editor, created.id, { url: "https://example.org/audit", title: "Audit report", stance: "supports", excerpt: "Estimated at £19.8m." });
    await db.comment.create({ data: { claimId: created.id, authorId: editor.id, body: "Ask the council for the tender documents." } });

    // The sentence is rewritten beyond recognition: the claim is orphaned, not dropped.
    const v2 = "The council said the new bridge will cost 12 million pounds.\nOpponents now put the figure nearer twenty.";
    const saved = await saveArticleRevision(editor, article.id, { version: 1, body: v2 });
    expect(saved.summary).toEqual({ kept: 0, changed: 0, orphaned: 1, approvalsWithdrawn: 0 });
    const orphan = await getClaim(editor, created.id);
    expect(orphan).toMatchObject({ anchorStatus: "orphan", exact: created.exact, verdict: "disputed", commentCount: 1 });
    expect(orphan.version).toBe(linked.version + 1);

    // Re-attach to the new words (the workbench's "Re-attach to selection").
    const quote = "Opponents now put the figure nearer twenty.";
    const start = v2.indexOf(quote);
    const { claim } = await updateClaim(editor, created.id, { version: orphan.version, span: { exact: quote, start, end: start + quote.length } });
    expect(claim).toMatchObject({
      anchorStatus: "anchored", previousExact: null, exact: quote, start, end: start + quote.length,
      verdict: "disputed", rationale: "Two estimates disagree.", claimant: "Critics", normalized: "The bridge will cost about 20 million pounds.", commentCount: 1,
    });
    expect(claim.sources.map((s) => [s.url, s.stance, s.excerpt])).toEqual([["https://example.org/audit", "supports", "Estimated at £19.8m."]]);
    const history = await db.event.findMany({ where: { claimId: created.id }, orderBy: { id: "asc" } });
    expect(history.map((e) => e.type)).toEqual(["claim.created", "source.linked", "claim.reanchored", "claim.span_moved"]);
    expect(JSON.parse(history[2].after!)).toMatchObject({ anchorStatus: "orphan" });
    expect(history[2].note).toMatch(/rewritten|deleted|no longer/);
  });

  it("re-attaching a claim marked 'changed' clears the old quote", async () => {
    const editor = await makeUser("editor");
    const article = await makeArticle(editor, BODY);
    const created = await markClaim(editor, article.id, "the new bridge will cost 12 million pounds");
    await saveArticleRevision(editor, article.id, { version: 1, body: BODY.replace("12 million", "13 million") });
    const changed = await getClaim(editor, created.id);
    expect(changed).toMatchObject({ anchorStatus: "changed", previousExact: "the new bridge will cost 12 million pounds" });
    const quote = "the new bridge will cost 13 million pounds.";
    const text = (await db.article.findUniqueOrThrow({ where: { id: article.id } })).text;
    const { claim } = await updateClaim(editor, created.id, { version: changed.version, span: { exact: quote, start: text.indexOf(quote), end: text.indexOf(quote) + quote.length } });
    expect(claim).toMatchObject({ anchorStatus: "anchored", previousExact: null, exact: quote });
  });
});
