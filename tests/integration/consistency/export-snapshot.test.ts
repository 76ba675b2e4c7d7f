import { describe, expect, it } from "vitest";
import { exportArticle } from "@/lib/server/export-article";
import { saveArticleRevision } from "@/lib/server/save-article-revision";
import { getArticle } from "@/lib/server/get-article";
import { db, makeUser } from "../helpers";
import { makeArticle, markClaim } from "../revisions/fixtures";

/**
 * Issue 16, item 4: an export reads the article and its claims from one snapshot. Revisions
 * that move every claim are saved while exports run; each export's claims must sit on its
 * own article text (never the offsets of one revision over the text of another).
 */
const SENTENCES = Array.from({ length: 30 }, (_, i) => `Sentence ${i} says the figure ${i * 7} is right.`);

function body(prefix: number) {
  return [`${"Lead words. ".repeat(prefix)}`.trim(), ...SENTENCES].filter(Boolean).join(" ");
}

/**
 * The SQLite driver is synchronous, so a save can run to its end within microtasks: reads
 * start at microtask turns spread over the save (densely at first), then the loop waits
 * macrotask by macrotask until the save is done.
 */
const startsAt = (tick: number) => (tick < 140 ? tick % 7 === 0 : tick < 2_000 && tick % 50 === 0);
const nextTurn = (tick: number) => (tick < 2_000 ? Promise.resolve() : new Promise((resolve) => setImmediate(resolve)));

describe("an export while a revision is saved", () => {
  it("never mixes the text of one revision with the claims of another", async () => {
    const editor = await makeUser("editor");
    const article = await makeArticle(editor, body(0));
    for (let i = 0; i < SENTENCES.length; i += 3) await markClaim(editor, article.id, SENTENCES[i]);

    let version = article.version;
    let exports = 0;
    const exportNow = () =>
      exportArticle(editor, article.id, { format: "json", includeDrafts: true, baseUrl: "http://factdesk.test", generatedAt: "2026-01-01T00:00:00.000Z" });
    for (let round = 1; round <= 4; round++) {
      // Exports start all along the save, so some of them straddle its commit.
      let done = false;
      const saving = saveArticleRevision(editor, article.id, { version, body: body(round % 2 === 0 ? 0 : round), bodyFormat: "text" }).finally(() => (done = true));
      const reads: ReturnType<typeof exportNow>[] = [];
      for (let tick = 0; !done; tick++) {
        if (startsAt(tick)) reads.push(exportNow());
        await nextTurn(tick);
      }
      const [saved, ...files] = await Promise.all([saving, ...reads]);
      version = saved.article.version;
      for (const file of files) {
        const document = JSON.parse(String(file.body)) as { article: { text: string }; claims: Array<{ anchor: { exact: string; start: number; end: number; status: string } }> };
        expect(document.claims.length).toBe(10);
        for (const claim of document.claims) {
          expect(claim.anchor.status).toBe("anchored");
          expect(document.article.text.slice(claim.anchor.start, claim.anchor.end)).toBe(claim.anchor.exact);
        }
        exports += 1;
      }
    }
    expect(exports).toBeGreaterThan(4);
  }, 120_000);

  it("the workbench read (article + claims) is one snapshot too", async () => {
    const editor = await makeUser("editor");
    const article = await makeArticle(editor, body(0));
    for (let i = 0; i < SENTENCES.length; i += 5) await markClaim(editor, article.id, SENTENCES[i]);
    let version = article.version;
    for (let round = 1; round <= 6; round++) {
      let done = false;
      const saving = saveArticleRevision(editor, article.id, { version, body: body(round % 2 === 0 ? 0 : round), bodyFormat: "text" }).finally(() => (done = true));
      const reads: ReturnType<typeof getArticle>[] = [];
      for (let tick = 0; !done; tick++) {
        if (startsAt(tick)) reads.push(getArticle(editor, article.id));
        await nextTurn(tick);
      }
      const [saved, ...read] = await Promise.all([saving, ...reads]);
      version = saved.article.version;
      for (const r of read) for (const c of r.claims) expect(r.article.text.slice(c.start, c.end)).toBe(c.exact);
    }
    expect(await db.claim.count({ where: { articleId: article.id, anchorStatus: "anchored" } })).toBe(6);
  });
});
