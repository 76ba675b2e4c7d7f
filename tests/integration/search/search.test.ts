import { describe, expect, it } from "vitest";
import { searchAll } from "@/lib/server/search-all";
import { createClaim } from "@/lib/server/create-claim";
import { deleteClaim } from "@/lib/server/delete-claim";
import { restoreClaim } from "@/lib/server/restore-claim";
import { updateClaim } from "@/lib/server/update-claim";
import { linkSource } from "@/lib/server/link-source";
import { saveArticleRevision } from "@/lib/server/save-article-revision";
import { db, makeUser } from "../helpers";
import { makeArticle } from "../revisions/fixtures";

const BODY = [
  "Officials said the Zanzibar ferry carried 312 passengers when it capsized.",
  "The operator insisted the vessel had been inspected in <March> & was \"seaworthy\".",
].join("\n");

async function setup() {
  const editor = await makeUser("editor", "Search Editor");
  const viewer = await makeUser("viewer");
  const article = await makeArticle(editor, BODY, "Zanzibar ferry disaster");
  return { editor, viewer, article };
}

describe("search", () => {
  it("never fails on FTS syntax: quotes, stars, NEAR, parentheses, AND/OR/NOT, -, :", async () => {
    const { viewer } = await setup();
    for (const q of ['"', '"ferry', "ferry*", "*", "NEAR", "NEAR(ferry capsized)", "(", "ferry)", "AND", "ferry AND", "OR NOT", "-ferry", "title:ferry", "ferry:", "^ferry", "{ferry}", "ferry + boat", "'", "\\", "ferry NEAR/3 capsized", "\u0002ferry\u0003"]) {
      const result = await searchAll(viewer, { q });
      expect(result.query).toBe(q);
    }
    const r = await searchAll(viewer, { q: 'NEAR("zanzibar" ferry) AND -capsiz*' });
    expect(r.searched).toBe(true);
  });

  it("finds articles by title and text, with matches highlighted and everything else escaped", async () => {
    const { viewer, article } = await setup();
    const byTitle = await searchAll(viewer, { q: "zanzibar disaster" });
    expect(byTitle.articles.items.map((a) => a.id)).toContain(article.id);
    const hit = byTitle.articles.items.find((a) => a.id === article.id)!;
    expect(hit.titleHtml).toBe("<mark>Zanzibar</mark> ferry <mark>disaster</mark>");
    const byText = await searchAll(viewer, { q: "seaworth" }); // prefix of the last word
    const snippet = byText.articles.items.find((a) => a.id === article.id)!.snippetHtml!;
    expect(snippet).toContain("<mark>seaworthy</mark>");
    expect(snippet).toContain("&lt;March&gt; &amp; was &quot;");
    expect(snippet).not.toMatch(/<(?!\/?mark>)/);
  });

  it("an excerpt cut out of a long text shows … where it is cut, on either database", async () => {
    const editor = await makeUser("editor");
    const filler = (word: string) => Array.from({ length: 60 }, (_, i) => `${word}${i}`).join(" ");
    const article = await makeArticle(editor, `${filler("alpha")} the wombat census counted 41 animals ${filler("omega")}`, "Census story");
    const snippet = (await searchAll(editor, { q: "wombat census" })).articles.items.find((a) => a.id === article.id)!.snippetHtml!;
    expect(snippet).toContain("<mark>wombat</mark> <mark>census</mark>");
    expect(snippet.startsWith("…")).toBe(true);
    expect(snippet.endsWith("…")).toBe(true);
    expect(snippet).not.toContain("alpha0 ");

    const head = await makeArticle(editor, `Platypus numbers rose sharply ${filler("omega")}`, "Platypus story");
    const fromStart = (await searchAll(editor, { q: "platypus" })).articles.items.find((a) => a.id === head.id)!.snippetHtml!;
    expect(fromStart.startsWith("<mark>Platypus</mark>")).toBe(true);
    expect(fromStart.endsWith("…")).toBe(true);
  });

  it("finds a claim right after it is created and not after it is deleted", async () => {
    const { editor, viewer, article } = await setup();
    expect((await searchAll(viewer, { q: "quokka" })).claims.items).toEqual([]);
    const quote = "the Zanzibar ferry carried 312 passengers";
    const start = BODY.indexOf(quote);
    const claim = await createClaim(editor, article.id, { exact: quote, start, end: start + quote.length, normalized: "The quokka ferry had 312 people aboard", claimant: "Officials" });
    const found = await searchAll(viewer, { q: "quokka" });
    expect(found.claims.items.map((c) => c.id)).toEqual([claim.id]);
    expect(found.claims.items[0]).toMatchObject({ articleId: article.id, articleTitle: "Zanzibar ferry disaster", href: `/articles/${article.id}?claim=${claim.id}`, normalizedHtml: "The <mark>quokka</mark> ferry had 312 people aboard", claimantHtml: null });

    const { claim: edited } = await updateClaim(editor, claim.id, { version: claim.version, rationale: "The manifest lists a wallaby count too." });
    expect((await searchAll(viewer, { q: "wallaby" })).claims.items[0].rationaleHtml).toContain("<mark>wallaby</mark>");

    await deleteClaim(editor, claim.id);
    expect((await searchAll(viewer, { q: "quokka" })).claims.items).toEqual([]);
    await restoreClaim(editor, claim.id);
    expect((await searchAll(viewer, { q: "quokka" })).claims.items).toHaveLength(1);
    expect(edited.version).toBeGreaterThan(claim.version);
  });

  it("keeps the index in the same transaction as the write: a failed write leaves no trace", async () => {
    const { editor, viewer, article } = await setup();
    const error = await db.$transaction(async (tx) => {
      await tx.claim.create({ data: { articleId: article.id, exact: "ghost", start: 0, end: 5, normalized: "platypus sighting", createdById: editor.id, updatedById: editor.id } });
      throw new Error("rolled back");
    }).catch((e: Error) => e.message);
    expect(error).toBe("rolled back");
    expect((await searchAll(viewer, { q: "platypus" })).claims.items).toEqual([]);
  });

  it("finds sources with the claims that cite them, and comments with their claim", async () => {
    const { editor, viewer, article } = await setup();
    const quote = "the vessel had been inspected";
    const start = BODY.indexOf(quote);
    const claim = await createClaim(editor, article.id, { exact: quote, start, end: start + quote.length });
    await linkSource(editor, claim.id, { url: "https://maritime.example.org/inspections/2021", title: "Harbour inspection register", publisher: "Maritime Authority", stance: "refutes" });
    await db.comment.create({ data: { claimId: claim.id, authorId: editor.id, body: "Call the harbourmaster about the <b>logbook</b>." } });

    const sources = await searchAll(viewer, { q: "harbour inspection" });
    expect(sources.sources.items).toHaveLength(1);
    expect(sources.sources.items[0]).toMatchObject({ url: "https://maritime.example.org/inspections/2021", titleHtml: "<mark>Harbour</mark> <mark>inspection</mark> register", claims: [{ id: claim.id, href: `/articles/${article.id}?claim=${claim.id}` }] });
    expect((await searchAll(viewer, { q: "maritime.example.org" })).sources.items).toHaveLength(1);

    const comments = await searchAll(viewer, { q: "harbourmaster logbook" });
    expect(comments.comments.items).toEqual([expect.objectContaining({ claimId: claim.id, author: "Search Editor", href: `/articles/${article.id}?claim=${claim.id}` })]);
    expect(comments.comments.items[0].bodyHtml).toBe("Call the <mark>harbourmaster</mark> about the &lt;b&gt;<mark>logbook</mark>&lt;/b&gt;.");

    await db.comment.updateMany({ where: { claimId: claim.id }, data: { deletedAt: new Date() } });
    expect((await searchAll(viewer, { q: "harbourmaster" })).comments.items).toEqual([]);
    await deleteClaim(editor, claim.id);
    expect((await searchAll(viewer, { q: "harbour inspection" })).sources.items).toEqual([]);
  });

  it("follows a revision's new text and leaves out deleted articles", async () => {
    const { editor, viewer, article } = await setup();
    await saveArticleRevision(editor, article.id, { version: 1, body: BODY.replace("312 passengers", "312 passengers and a narwhal") });
    expect((await searchAll(viewer, { q: "narwhal" })).articles.items.map((a) => a.id)).toEqual([article.id]);
    await db.article.update({ where: { id: article.id }, data: { deletedAt: new Date() } });
    const after = await searchAll(viewer, { q: "narwhal" });
    expect(after.articles.items).toEqual([]);
  });

  it("returns nothing searched for an empty or punctuation-only query, and groups can be limited", async () => {
    const { viewer } = await setup();
    expect(await searchAll(viewer, { q: "  ( * ) " })).toMatchObject({ searched: false, claims: { items: [] } });
    const onlyArticles = await searchAll(viewer, { q: "zanzibar", kind: "articles", limit: 1 });
    expect(onlyArticles.claims.items).toEqual([]);
    expect(onlyArticles.articles.items.length).toBeLessThanOrEqual(1);
  });
});
