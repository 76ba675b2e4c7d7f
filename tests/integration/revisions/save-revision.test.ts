import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { saveArticleRevision } from "@/lib/server/save-article-revision";
import { listArticleRevisions } from "@/lib/server/list-article-revisions";
import { getArticleRevision } from "@/lib/server/get-article-revision";
import { diffArticleRevisions } from "@/lib/server/diff-article-revisions";
import { AppError } from "@/lib/domain/errors";
import { db, makeUser } from "../helpers";
import { insertClaims, makeArticle, markClaim, prng } from "./fixtures";

const BODY = [
  "The council said the new bridge will cost 12 million pounds and open in 2026.",
  "Critics argue the true cost is closer to 20 million pounds.",
  "The mayor promised that no homes would be demolished.",
].join("\n");

const VOCAB = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu".split(" ");

/** Paragraphs of random words; returns the words and the text with each word's offset. */
function generate(words: number, seed: number) {
  const rand = prng(seed);
  const list = Array.from({ length: words }, () => VOCAB[Math.floor(rand() * VOCAB.length)] + (rand() < 0.05 ? "s" : ""));
  return list;
}

function layout(list: string[]) {
  const starts: number[] = [];
  let text = "";
  list.forEach((w, i) => {
    if (i > 0) text += i % 60 === 0 ? "\n" : " ";
    starts.push(text.length);
    text += w;
  });
  return { text, starts };
}

describe("saving a revision re-anchors the claims", () => {
  it("a revision save with 500 claims keeps every untouched claim on its words", async () => {
    const editor = await makeUser("editor");
    const words = generate(12_000, 7);
    const before = layout(words);
    const article = await makeArticle(editor, before.text, "500 claims");
    expect(article.text).toBe(before.text);

    // 500 claims of 4–9 words at random places (overlaps allowed, as in real use).
    const rand = prng(11);
    const spans = Array.from({ length: 500 }, () => {
      const len = 4 + Math.floor(rand() * 6);
      const first = Math.floor(rand() * (words.length - len));
      return [first, first + len] as [number, number];
    });
    const claims = await insertClaims(editor, article.id, before.text, spans.map(([a, b]) => [before.starts[a], before.starts[b - 1] + words[b - 1].length]));
    expect(claims).toHaveLength(500);

    // Replace 1% of the words.
    const edited = new Set<number>();
    while (edited.size < 120) edited.add(Math.floor(rand() * words.length));
    const after = layout(words.map((w, i) => (edited.has(i) ? `edited${i}` : w)));
    const expectedKept = spans.filter(([a, b]) => ![...edited].some((i) => i >= a && i < b)).length;

    const t0 = performance.now();
    const result = await saveArticleRevision(editor, article.id, { version: article.version, body: after.text, note: "Copy edits" });
    const ms = performance.now() - t0;
    console.log(`[bench] revision save with 500 claims: ${ms.toFixed(0)} ms (${result.message})`);

    const { kept, changed, orphaned } = result.summary;
    expect(kept + changed + orphaned).toBe(500);
    expect(kept).toBe(expectedKept);
    expect(result.message).toBe(`${kept} claims kept, ${changed} changed, ${orphaned} orphaned`);
    expect(result.article.version).toBe(article.version + 1);
    expect(result.revision.number).toBe(2);

    const rows = await db.claim.findMany({ where: { articleId: article.id } });
    expect(rows).toHaveLength(500);
    for (const c of rows) {
      if (c.anchorStatus === "orphan") continue;
      expect(after.text.slice(c.start, c.end)).toBe(c.exact);
    }
    const keptRows = rows.filter((c) => c.anchorStatus === "anchored");
    expect(keptRows.length).toBe(kept);
    for (const c of keptRows) expect(c.version).toBe(1); // moved with the text: not an edit
    const changedRows = rows.filter((c) => c.anchorStatus === "changed");
    for (const c of changedRows) {
      expect(c.previousExact).not.toBeNull();
      expect(c.previousExact).not.toBe(c.exact);
      expect(c.version).toBe(2);
    }
    const events = await db.event.findMany({ where: { articleId: article.id, type: { in: ["article.revised", "claim.reanchored"] } } });
    expect(events.filter((e) => e.type === "article.revised")).toHaveLength(1);
    expect(events.filter((e) => e.type === "claim.reanchored")).toHaveLength(changed + orphaned);
  });

  it("marks a claim whose words were edited as changed, remembering the old quote", async () => {
    const editor = await makeUser("editor");
    const article = await makeArticle(editor, BODY);
    const claim = await markClaim(editor, article.id, "the new bridge will cost 12 million pounds", { verdict: "disputed", rationale: "The council's own estimate says otherwise." });
    const result = await saveArticleRevision(editor, article.id, { version: 1, body: BODY.replace("12 million", "14 million") });
    expect(result.summary).toEqual({ kept: 0, changed: 1, orphaned: 0, approvalsWithdrawn: 0 });
    const row = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(row).toMatchObject({ anchorStatus: "changed", previousExact: "the new bridge will cost 12 million pounds", exact: "the new bridge will cost 14 million pounds", verdict: "disputed", version: claim.version + 1 });
    const event = await db.event.findFirstOrThrow({ where: { claimId: claim.id, type: "claim.reanchored" } });
    expect(JSON.parse(event.after!)).toMatchObject({ anchorStatus: "changed", exact: "the new bridge will cost 14 million pounds" });
  });

  it("refuses a stale version with 409, says who saved, and changes nothing", async () => {
    const ana = await makeUser("editor", "Ana Editor");
    const ben = await makeUser("editor", "Ben Editor");
    const article = await makeArticle(ana, BODY);
    await markClaim(ana, article.id, "no homes would be demolished");
    await saveArticleRevision(ana, article.id, { version: 1, body: BODY + "\nA new paragraph.", note: "Added a paragraph" });
    const snapshot = async () => ({
      article: await db.article.findUniqueOrThrow({ where: { id: article.id } }),
      revisions: await db.articleRevision.count({ where: { articleId: article.id } }),
      claims: await db.claim.findMany({ where: { articleId: article.id }, orderBy: { id: "asc" } }),
      events: await db.event.count(),
    });
    const before = await snapshot();
    const error = await saveArticleRevision(ben, article.id, { version: 1, body: "Ben's rewrite." }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "conflict", details: { currentVersion: 2, yourVersion: 1, changedBy: { name: "Ana Editor" } } });
    expect((error as AppError).message).toMatch(/changed by Ana Editor .* not saved/);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses an empty text unless confirmed, then keeps every claim as an orphan", async () => {
    const editor = await makeUser("editor");
    const article = await makeArticle(editor, BODY);
    const a = await markClaim(editor, article.id, "no homes would be demolished", { verdict: "false", rationale: "Demolition orders were signed." });
    const b = await markClaim(editor, article.id, "the true cost is closer to 20 million pounds");
    await expect(saveArticleRevision(editor, article.id, { version: 1, body: "  \n " })).rejects.toMatchObject({ code: "invalid", details: { needsConfirmation: "confirmEmpty", claims: 2 } });
    expect(await db.articleRevision.count({ where: { articleId: article.id } })).toBe(1);

    const result = await saveArticleRevision(editor, article.id, { version: 1, body: "", confirmEmpty: true, note: "Retracted" });
    expect(result.summary).toEqual({ kept: 0, changed: 0, orphaned: 2, approvalsWithdrawn: 0 });
    expect(result.message).toBe("0 claims kept, 0 changed, 2 orphaned");
    const rows = await db.claim.findMany({ where: { id: { in: [a.id, b.id] } }, orderBy: { start: "asc" } });
    expect(rows.map((c) => [c.anchorStatus, c.deletedAt, c.exact])).toEqual([
      ["orphan", null, "the true cost is closer to 20 million pounds"],
      ["orphan", null, "no homes would be demolished"],
    ]);
    expect(rows.find((c) => c.id === a.id)).toMatchObject({ verdict: "false", rationale: "Demolition orders were signed.", start: a.start, end: a.end });
  });

  it("refuses a 2 MB paste with the limit in the message", async () => {
    const editor = await makeUser("editor");
    const article = await makeArticle(editor, BODY);
    const error = await saveArticleRevision(editor, article.id, { version: 1, body: "word ".repeat(400_000) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues[0].message).toMatch(/too long \(limit 1,000,000 characters\)/);
  });

  it("accepts the editor's document, drops unsafe links, refuses an invalid one", async () => {
    const editor = await makeUser("editor");
    const article = await makeArticle(editor, BODY);
    const doc = {
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Bridge costs" }] },
        { type: "paragraph", content: [
          { type: "text", text: "Click ", marks: [{ type: "bold" }] },
          { type: "text", text: "here", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] },
          { type: "text", text: " or " },
          { type: "text", text: "there", marks: [{ type: "link", attrs: { href: "https://example.org/report" } }] },
        ] },
      ],
    };
    const saved = await saveArticleRevision(editor, article.id, { version: 1, doc });
    expect(saved.article.text).toBe("Bridge costs\nClick here or there");
    const stored = JSON.stringify(saved.article.doc);
    expect(stored).not.toContain("javascript:");
    expect(stored).toContain("https://example.org/report");

    await expect(saveArticleRevision(editor, article.id, { version: 2, doc: { type: "doc", content: [{ type: "image", attrs: { src: "x" } }] } })).rejects.toMatchObject({ code: "invalid", fields: { doc: expect.stringMatching(/not valid/) } });
    await expect(saveArticleRevision(editor, article.id, { version: 2, doc, body: "both" })).rejects.toBeInstanceOf(ZodError);
  });

  it("refuses a save that changes nothing, and viewers cannot save", async () => {
    const editor = await makeUser("editor");
    const viewer = await makeUser("viewer");
    const article = await makeArticle(editor, BODY);
    await expect(saveArticleRevision(editor, article.id, { version: 1, body: BODY })).rejects.toMatchObject({ code: "invalid", message: expect.stringMatching(/same as the current text/) });
    await expect(saveArticleRevision(viewer, article.id, { version: 1, body: "x" })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("lists revisions newest first, shows one, and compares two word by word", async () => {
    const editor = await makeUser("editor", "Cleo");
    const viewer = await makeUser("viewer");
    const article = await makeArticle(editor, BODY);
    await markClaim(editor, article.id, "no homes would be demolished");
    await saveArticleRevision(editor, article.id, { version: 1, body: BODY.replace("20 million", "25 million"), note: "Corrected figure" });
    const list = await listArticleRevisions(viewer, article.id);
    expect(list.revisions.map((r) => [r.number, r.note, r.createdBy.name])).toEqual([
      [2, "Corrected figure", "Cleo"],
      [1, "Original text", "Cleo"],
    ]);
    expect(list.revisions[0].reanchor).toEqual({ kept: 1, changed: 0, orphaned: 0, approvalsWithdrawn: 0 });
    const one = await getArticleRevision(viewer, article.id, "1");
    expect(one.text).toBe(BODY);
    await expect(getArticleRevision(viewer, article.id, "9")).rejects.toMatchObject({ code: "not_found" });
    const diff = await diffArticleRevisions(viewer, article.id, { from: 1, to: 2 });
    expect(diff.parts.filter((p) => p.kind !== "equal")).toEqual([
      { kind: "delete", text: "20" },
      { kind: "insert", text: "25" },
    ]);
  });
});
