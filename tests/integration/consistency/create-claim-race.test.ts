import Database from "better-sqlite3";
import { afterEach, describe, expect, it, vi } from "vitest";
import { bodyToDoc } from "@/lib/import";
import { docToPlainText } from "@/lib/anchoring";
import { databaseFile, databaseUrl } from "@/lib/data/sqlite/database-url";
import { createClaim } from "@/lib/server/create-claim";
import { AppError } from "@/lib/domain/errors";
import { spawnSync } from "node:child_process";
import { libpqEnv, pgTool } from "@/lib/data/postgres/tools";
import { WRITE_LOCK_KEY } from "@/lib/data/transaction";
import { db, makeUser, onPostgres } from "../helpers";
import { makeArticle } from "../revisions/fixtures";

/**
 * Issue 16, item 4: create-claim resolves the new claim's anchor against the text it commits
 * with. The test forces another writer (a second SQLite connection, as another instance of
 * the app would be) to commit a revision right after create-claim has read the article text
 * and placed the anchor, before the claim is written. The claim must then be re-anchored on
 * the new text or refused; it must never be stored as `anchored` on words that are not there.
 */
const hook = vi.hoisted(() => ({ once: null as null | (() => void) }));

vi.mock("@/lib/server/support/resolve-new-anchor", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/server/support/resolve-new-anchor")>();
  return {
    ...actual,
    resolveNewAnchor: (...args: Parameters<typeof actual.resolveNewAnchor>) => {
      const anchor = actual.resolveNewAnchor(...args);
      const run = hook.once;
      hook.once = null;
      run?.();
      return anchor;
    },
  };
});

/** Commits a new text for the article on a connection of its own, synchronously (SQLite). */
function commitRevisionElsewhere(articleId: string, body: string) {
  const doc = bodyToDoc(body, "text");
  const text = docToPlainText(doc);
  const other = new Database(databaseFile(databaseUrl()));
  try {
    other.prepare(`UPDATE Article SET text = ?, doc = ?, version = version + 1, revisionNumber = revisionNumber + 1 WHERE id = ?`).run(text, JSON.stringify(doc), articleId);
  } finally {
    other.close();
  }
  return text;
}

/**
 * PostgreSQL: another instance's revision, run synchronously by psql as the app runs a write
 * (behind the write lock of lib/data/transaction.ts), giving up after `lockTimeoutMs`.
 * Returns whether it committed.
 */
function tryRevisionOnAnotherInstance(articleId: string, body: string, lockTimeoutMs: number): boolean {
  const doc = bodyToDoc(body, "text");
  const text = docToPlainText(doc);
  const sql = `SET lock_timeout = ${lockTimeoutMs};
BEGIN;
SELECT pg_advisory_xact_lock(${WRITE_LOCK_KEY});
UPDATE "Article" SET "text" = :'text', "doc" = :'doc', "version" = "version" + 1, "revisionNumber" = "revisionNumber" + 1 WHERE "id" = :'id';
COMMIT;
`;
  const run = spawnSync(pgTool("psql"), ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-v", `text=${text}`, "-v", `doc=${JSON.stringify(doc)}`, "-v", `id=${articleId}`], { input: sql, env: libpqEnv(databaseUrl()), encoding: "utf8" });
  if (run.status !== 0 && !/lock timeout/.test(run.stderr)) throw new Error(`psql failed: ${run.stderr}`);
  return run.status === 0;
}

const BODY = "The council said the bridge will cost 12 million pounds. Critics disagree.";
const QUOTE = "the bridge will cost 12 million pounds";

afterEach(() => {
  hook.once = null;
});

// SQLite: another connection can commit between the read and the write; create-claim must
// notice (its write is refused for a stale snapshot and re-run).
describe.skipIf(onPostgres)("a revision committed between create-claim's read and its write", () => {
  it("re-anchors the claim on the committed text when the words moved", async () => {
    const editor = await makeUser("editor");
    const article = await makeArticle(editor, BODY);
    const start = article.text.indexOf(QUOTE);
    let committed: string | null = null;
    hook.once = () => {
      committed = commitRevisionElsewhere(article.id, `Breaking news from the town hall. ${BODY}`);
    };
    const claim = await createClaim(editor, article.id, { exact: QUOTE, start, end: start + QUOTE.length });
    expect(committed).not.toBeNull();
    const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    const text = (await db.article.findUniqueOrThrow({ where: { id: article.id } })).text;
    expect(text).toBe(committed);
    expect(stored.anchorStatus).toBe("anchored");
    expect(text.slice(stored.start, stored.end)).toBe(QUOTE);
    expect(claim.start).toBe(stored.start);
  });

  it("refuses the claim when its words are gone from the committed text", async () => {
    const editor = await makeUser("editor");
    const article = await makeArticle(editor, BODY);
    const start = article.text.indexOf(QUOTE);
    hook.once = () => {
      commitRevisionElsewhere(article.id, "The council said nothing about the cost. Critics disagree.");
    };
    const before = await db.claim.count({ where: { articleId: article.id } });
    const attempt = createClaim(editor, article.id, { exact: QUOTE, start, end: start + QUOTE.length });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: "invalid" });
    // Nothing was stored on the wrong words.
    const claims = await db.claim.findMany({ where: { articleId: article.id } });
    expect(claims.length).toBe(before);
  });
});

// PostgreSQL (issue 12): another instance cannot commit between create-claim's read and its
// write at all: every write transaction holds the write lock from its first statement.
describe.skipIf(!onPostgres)("another instance's revision during create-claim (PostgreSQL)", () => {
  it("waits for create-claim's transaction, then commits; the claim was anchored on the text it read", async () => {
    const editor = await makeUser("editor");
    const article = await makeArticle(editor, BODY);
    const start = article.text.indexOf(QUOTE);
    let committedDuring: boolean | null = null;
    hook.once = () => {
      committedDuring = tryRevisionOnAnotherInstance(article.id, `Breaking news from the town hall. ${BODY}`, 300);
    };
    const claim = await createClaim(editor, article.id, { exact: QUOTE, start, end: start + QUOTE.length });
    expect(committedDuring).toBe(false);
    const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).text.slice(stored.start, stored.end)).toBe(QUOTE);
    // Once create-claim has committed, the other instance's write goes through.
    expect(tryRevisionOnAnotherInstance(article.id, `Breaking news from the town hall. ${BODY}`, 5_000)).toBe(true);
  });
});
