import { afterEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/domain/actor";
import { AppError } from "@/lib/domain/errors";
import { addComment } from "@/lib/server/add-comment";
import { createClaim } from "@/lib/server/create-claim";
import { linkSource } from "@/lib/server/link-source";
import { updateClaim } from "@/lib/server/update-claim";
import { writeMutedKinds } from "@/lib/data/notifications";
import { db, makeUser, onPostgres } from "../helpers";
import { makeArticle } from "../revisions/fixtures";

/**
 * Issue 16, item 7: the four hot writes (create claim, update claim, link a source, add a
 * comment) run on SQLite as one prepared-statement transaction on the write connection
 * (lib/data/transaction.ts). The same sequence of calls is run through that path and through
 * the ORM path (FACTDESK_HOT_WRITES=orm, the reference, what PostgreSQL runs), each in its own
 * newsroom (users, article, source URLs) of one fresh database, and every row they wrote is
 * compared: claims, claim sources, sources, comments, mentions, notifications, events and the
 * full-text index rows, and the returned views. Only generated ids, event ids and the
 * timestamps' values are normalised (their format is compared).
 */

type Mode = "sql" | "orm";

afterEach(() => {
  delete process.env.FACTDESK_HOT_WRITES;
});

function use(mode: Mode): void {
  if (mode === "orm") process.env.FACTDESK_HOT_WRITES = "orm";
  else delete process.env.FACTDESK_HOT_WRITES;
}

const BODY =
  "The minister said unemployment fell to 4.2 percent last year. Critics said wages fell too.\n" +
  "The budget grew by 12 billion euros, the largest rise since 2009. Schools got 3 billion of it.";

interface World {
  label: string;
  editor: Actor;
  colleague: Actor;
  admin: Actor;
  muted: Actor;
  articleId: string;
  /** Everything a step returned or threw, in order. */
  results: unknown[];
}

async function makeWorld(label: string): Promise<World> {
  const editor = await makeUser("editor", `Ana ${label}`);
  const colleague = await makeUser("editor", `Bo ${label}`);
  const admin = await makeUser("admin", `Cy ${label}`);
  const muted = await makeUser("editor", `Di ${label}`);
  await writeMutedKinds(db, muted.id, ["mention"]);
  const article = await makeArticle(editor, BODY, `Budget ${label}`);
  return { label, editor, colleague, admin, muted, articleId: article.id, results: [] };
}

async function step(w: World, run: () => Promise<unknown>): Promise<unknown> {
  try {
    const result = await run();
    w.results.push({ ok: result });
    return result;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    w.results.push({ error: { code: error.code, message: error.message, fields: error.fields ?? null, details: error.details ?? null } });
    return null;
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The sequence both paths run: every branch of the four use cases. */
async function sequence(w: World): Promise<void> {
  const { editor, colleague, admin, muted, articleId } = w;
  const c1 = (await step(w, () => createClaim(editor, articleId, { exact: "unemployment fell to 4.2 percent" }))) as { id: string; version: number };
  const c2 = (await step(w, () =>
    createClaim(editor, articleId, { exact: "grew by 12 billion euros", start: BODY.indexOf("grew by 12"), claimant: "The minister", normalized: "Budget +12bn", verdict: "false", rationale: "See the accounts." }),
  )) as { id: string };
  // Verdict with version check, then assignment (a notification), a span move, a merge of a stale edit.
  await step(w, () => updateClaim(editor, c1.id, { version: 1, verdict: "disputed", rationale: "Two sources disagree." }));
  await step(w, () => updateClaim(admin, c1.id, { version: 2, assigneeId: colleague.id }));
  await step(w, () => updateClaim(editor, c1.id, { version: 3, span: { exact: "unemployment fell to 4.2 percent last year" } }));
  await step(w, () => updateClaim(colleague, c1.id, { version: 3, claimant: "The minister", base: { claimant: null } }));
  await step(w, () => updateClaim(editor, c1.id, { version: 5, verdict: "disputed" })); // no change
  await step(w, () => updateClaim(admin, c2.id, { version: 1, assigneeId: null, normalized: null }));
  // Sources: new URL, the same URL from another claim (reused), a relink with a new stance, by id.
  const linked = (await step(w, () =>
    linkSource(editor, c1.id, {
      url: `https://stats.example/${w.label}/unemployment?utm_source=x`,
      title: "Labour survey",
      publisher: "Statistics office",
      author: "A. Author",
      publishedAt: "2025-03-01",
      accessedAt: "2026-01-15",
      archiveUrl: "https://archive.example/survey",
      excerpt: "4.4 percent",
      stance: "refutes",
    }),
  )) as { sources: Array<{ sourceId: string }> };
  await pause(5);
  await step(w, () => linkSource(colleague, c2.id, { url: `https://stats.example/${w.label}/unemployment?utm_source=x`, title: "Another title", stance: "context" }));
  await step(w, () => linkSource(editor, c1.id, { sourceId: linked.sources[0].sourceId, stance: "supports" }));
  await step(w, () => linkSource(editor, c1.id, { sourceId: linked.sources[0].sourceId, stance: "context", excerpt: "a new excerpt" }));
  await step(w, () => linkSource(editor, c2.id, { url: `https://budget.example/${w.label}`, title: "Budget law", stance: "supports" }));
  // Comments: plain, with mentions (one muted), a reply (notifies the thread's writers), a reply to a reply.
  const root = (await step(w, () => addComment(editor, c1.id, { body: "Which survey is right?" }))) as { id: string };
  await step(w, () => addComment(editor, c1.id, { body: `@${colleague.email} and @${muted.email} please look`, parentId: root.id }));
  const reply = (await step(w, () => addComment(colleague, c1.id, { body: "Looking now", parentId: root.id }))) as { id: string };
  await step(w, () => addComment(admin, c1.id, { body: `Thanks @${editor.email}`, parentId: reply.id }));
  await step(w, () => addComment(muted, c2.id, { body: "A new thread" }));

  // Errors: each must give the same AppError and write nothing.
  const version = async (id: string) => (await db.claim.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
  const v1 = await version(c1.id);
  const v2 = await version(c2.id);
  const errors: Array<() => Promise<unknown>> = [
    () => updateClaim(editor, c1.id, { version: 1, rationale: "stale" }), // 409, the rationale changed since
    () => updateClaim(editor, c1.id, { version: 1, span: { exact: "Critics said" } }), // 409, a span on a stale version
    () => updateClaim(editor, c1.id, { version: v1, verdict: "no_such_rating" }), // 422, not in the scale
    () => updateClaim(admin, c1.id, { version: v1, assigneeId: "nobody" }), // 422, no such assignee
    () => updateClaim(editor, c1.id, { version: v1, span: { exact: "words not in the article" } }), // anchor not found
    () => createClaim(editor, "no-such-article", { exact: "unemployment" }), // 404
    () => createClaim(editor, articleId, { exact: "words not in the article" }), // anchor not found
    () => createClaim(editor, articleId, { exact: "Schools got", verdict: "no_such_rating" }), // 422
    () => linkSource(editor, c1.id, { sourceId: "no-such-source", stance: "supports" }),
    () => addComment(editor, c1.id, { body: "reply to nothing", parentId: "no-such-comment" }),
    () => addComment(editor, c2.id, { body: "wrong thread", parentId: root.id }),
    () => updateClaim(editor, "no-such-claim", { version: 1, verdict: "false" }),
  ];
  for (const run of errors) {
    const before = await snapshot(w);
    await step(w, run);
    expect(await snapshot(w), `an error wrote rows (${w.label})`).toEqual(before);
  }
  // A soft-deleted claim: 404 on every write; an approved claim: 409 (locked).
  await db.claim.update({ where: { id: c2.id }, data: { deletedAt: new Date("2026-01-01T00:00:00Z") } });
  await db.claim.update({ where: { id: c1.id }, data: { reviewState: "approved", approvedById: admin.id, approvedAt: new Date("2026-01-02T00:00:00Z") } });
  for (const run of [
    () => updateClaim(editor, c2.id, { version: v2, verdict: "verified" }),
    () => linkSource(editor, c2.id, { url: "https://x.example/deleted", title: "X", stance: "supports" }),
    () => addComment(editor, c2.id, { body: "on a deleted claim" }),
    () => updateClaim(editor, c1.id, { version: v1, verdict: "verified" }),
    () => linkSource(editor, c1.id, { url: "https://x.example/locked", title: "X", stance: "supports" }),
  ]) {
    const before = await snapshot(w);
    await step(w, run);
    expect(await snapshot(w), `an error wrote rows (${w.label})`).toEqual(before);
  }
}

/** Every row the sequence can write, for this world. */
async function snapshot(w: World) {
  const userIds = [w.editor.id, w.colleague.id, w.admin.id, w.muted.id];
  const claims = await db.$queryRawUnsafe<Array<Record<string, unknown>>>(`SELECT * FROM "Claim" WHERE "articleId" = ? ORDER BY "createdAt", "start"`, w.articleId);
  const claimIds = claims.map((c) => c.id as string);
  const inClaims = `(${claimIds.map(() => "?").join(", ") || "NULL"})`;
  const inUsers = `(${userIds.map(() => "?").join(", ")})`;
  const links = await db.$queryRawUnsafe<Array<Record<string, unknown>>>(`SELECT *, ("updatedAt" = "createdAt") AS "untouched" FROM "ClaimSource" WHERE "claimId" IN ${inClaims} ORDER BY "createdAt", "stance"`, ...claimIds);
  const sources = await db.$queryRawUnsafe<Array<Record<string, unknown>>>(`SELECT *, ("updatedAt" = "createdAt") AS "untouched" FROM "Source" WHERE "createdById" IN ${inUsers} ORDER BY "url"`, ...userIds);
  const comments = await db.$queryRawUnsafe<Array<Record<string, unknown>>>(`SELECT * FROM "Comment" WHERE "claimId" IN ${inClaims} ORDER BY "createdAt", "body"`, ...claimIds);
  const commentIds = comments.map((c) => c.id as string);
  const mentions = await db.$queryRawUnsafe<Array<Record<string, unknown>>>(
    `SELECT * FROM "Mention" WHERE "commentId" IN (${commentIds.map(() => "?").join(", ") || "NULL"}) ORDER BY "commentId", "userId"`,
    ...commentIds,
  );
  const notifications = await db.$queryRawUnsafe<Array<Record<string, unknown>>>(`SELECT * FROM "Notification" WHERE "userId" IN ${inUsers} ORDER BY "eventId", "userId"`, ...userIds);
  const events = await db.$queryRawUnsafe<Array<Record<string, unknown>>>(`SELECT * FROM "Event" WHERE "articleId" = ? ORDER BY "id"`, w.articleId);
  const searchClaims = await db.$queryRawUnsafe<Array<Record<string, unknown>>>(
    `SELECT ref_id, article_id, exact, normalized, claimant, rationale FROM "search_claim" WHERE article_id = ? ORDER BY exact`,
    w.articleId,
  );
  const searchSources = await db.$queryRawUnsafe<Array<Record<string, unknown>>>(`SELECT * FROM "search_source" WHERE url LIKE ? ORDER BY url`, `%/${w.label}%`);
  const searchComments = await db.$queryRawUnsafe<Array<Record<string, unknown>>>(
    `SELECT * FROM "search_comment" WHERE ref_id IN (${commentIds.map(() => "?").join(", ") || "NULL"}) ORDER BY body`,
    ...commentIds,
  );
  return { claims, links, sources, comments, mentions, notifications, events, searchClaims, searchSources, searchComments };
}

/** Each stored DateTime of the rows, as the text in the file with its digits blanked (the format). */
async function storedDateFormats(rows: Awaited<ReturnType<typeof snapshot>>): Promise<string[]> {
  const tables: Array<[string, string, Array<Record<string, unknown>>, string[]]> = [
    ["Claim", "id", rows.claims, ["createdAt", "updatedAt", "approvedAt", "deletedAt"]],
    ["Source", "id", rows.sources, ["createdAt", "updatedAt", "publishedAt", "accessedAt"]],
    ["Comment", "id", rows.comments, ["createdAt", "updatedAt"]],
    ["Mention", "id", rows.mentions, ["createdAt", "updatedAt"]],
    ["Notification", "id", rows.notifications, ["createdAt"]],
    ["Event", "id", rows.events, ["createdAt", "updatedAt"]],
  ];
  const out: string[] = [];
  for (const [table, key, list, columns] of tables) {
    for (const row of list) {
      const cols = columns.map((c) => `typeof("${c}") || ':' || COALESCE(CAST("${c}" AS TEXT), '')`).join(" || ' ' || ");
      const [stored] = await db.$queryRawUnsafe<Array<{ f: string }>>(`SELECT ${cols} AS f FROM "${table}" WHERE "${key}" = ?`, row[key]);
      out.push(`${table}: ${stored.f.replace(/\d/g, "9")}`);
    }
  }
  // ClaimSource has a composite key.
  for (const link of rows.links) {
    const [stored] = await db.$queryRawUnsafe<Array<{ f: string }>>(
      `SELECT typeof("createdAt") || ':' || CAST("createdAt" AS TEXT) || ' ' || typeof("updatedAt") || ':' || CAST("updatedAt" AS TEXT) AS f FROM "ClaimSource" WHERE "claimId" = ? AND "sourceId" = ?`,
      link.claimId,
      link.sourceId,
    );
    out.push(`ClaimSource: ${stored.f.replace(/\d/g, "9")}`);
  }
  return out;
}

const TIMESTAMP = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}(Z|\+00:00)/g;
const CUID = /\bc[a-z0-9]{24}\b/g;

/**
 * The world's rows and results with its own names replaced: users, article and label by role,
 * generated ids (cuid) by order of first appearance, event ids relative to the first, and
 * timestamps by their format only.
 */
function normalise(w: World, value: unknown, firstEventId: number): unknown {
  let text = JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? Number(v) : v));
  const people: Array<[Actor, string]> = [
    [w.editor, "EDITOR"],
    [w.colleague, "COLLEAGUE"],
    [w.admin, "ADMIN"],
    [w.muted, "MUTED"],
  ];
  for (const [actor, role] of people) text = text.split(actor.id).join(`<${role}>`).split(actor.email).join(`<${role}-EMAIL>`);
  text = text.split(w.articleId).join("<ARTICLE>").split(w.label).join("<LABEL>");
  const ids = new Map<string, string>();
  text = text.replace(CUID, (id) => {
    if (!ids.has(id)) ids.set(id, `<ID${ids.size}>`);
    return ids.get(id)!;
  });
  text = text.replace(TIMESTAMP, (_t, zone: string) => `<TIME${zone}>`);
  const parsed = JSON.parse(text) as unknown;
  const shiftEvents = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(shiftEvents);
    if (node && typeof node === "object") {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, (k === "eventId" || (k === "id" && typeof v === "number" && v >= firstEventId)) && typeof v === "number" ? v - firstEventId : shiftEvents(v)]));
    }
    return node;
  };
  return shiftEvents(parsed);
}

async function runWorld(mode: Mode, label: string) {
  const firstEventId = Number(((await db.$queryRawUnsafe<Array<{ n: number | bigint }>>(`SELECT COALESCE(MAX(id), 0) + 1 AS n FROM "Event"`))[0]).n);
  const w = await makeWorld(label);
  use(mode);
  await sequence(w);
  use("sql");
  const rows = await snapshot(w);
  return { w, rows, firstEventId, normalised: normalise(w, { rows, results: w.results }, firstEventId) as { rows: Awaited<ReturnType<typeof snapshot>>; results: unknown[] } };
}

describe.skipIf(onPostgres)("hot writes on prepared statements (issue 16, item 7)", () => {
  it("write the same rows, return the same views and refuse the same way as the ORM path", async () => {
    const orm = await runWorld("orm", "ormworld");
    const sql = await runWorld("sql", "sqlworld");

    // The sequence did what it should (so the comparison is of something).
    expect(orm.rows.claims).toHaveLength(2);
    expect(orm.rows.links).toHaveLength(3);
    expect(orm.rows.sources).toHaveLength(2);
    expect(orm.rows.comments).toHaveLength(5);
    expect(orm.rows.mentions.length).toBe(3);
    expect(orm.rows.notifications.length).toBeGreaterThanOrEqual(4);
    expect(orm.rows.events.length).toBeGreaterThanOrEqual(15);
    expect(orm.rows.searchClaims).toHaveLength(1); // c2 is deleted
    expect(orm.rows.searchSources).toHaveLength(2);
    expect(orm.rows.searchComments).toHaveLength(5);
    const errors = orm.w.results.filter((r) => (r as { error?: unknown }).error) as Array<{ error: { code: string } }>;
    expect(errors.map((e) => e.error.code)).toEqual([
      "conflict", "conflict", "invalid", "invalid", "invalid", "not_found", "invalid", "invalid", "invalid", "invalid", "invalid", "not_found",
      "not_found", "not_found", "not_found", "conflict", "conflict",
    ]);

    // Table by table first (a readable diff), then everything.
    for (const table of Object.keys(orm.normalised.rows) as Array<keyof typeof orm.normalised.rows>) {
      expect(sql.normalised.rows[table], table).toEqual(orm.normalised.rows[table]);
    }
    orm.normalised.results.forEach((result, i) => expect(sql.normalised.results[i], `result of step ${i + 1}`).toEqual(result));
    expect(sql.normalised).toEqual(orm.normalised);

    // Ids are Prisma's cuid, and every stored DateTime has the text format Prisma writes, on both paths.
    for (const { rows } of [orm, sql]) {
      for (const row of [...rows.claims, ...rows.sources, ...rows.comments, ...rows.mentions, ...rows.notifications]) expect(row.id).toMatch(/^c[a-z0-9]{24}$/);
    }
    const ormFormats = await storedDateFormats(orm.rows);
    expect(ormFormats.length).toBeGreaterThan(10);
    expect(await storedDateFormats(sql.rows)).toEqual(ormFormats);
  });

  it("a failure inside the fast transaction rolls every statement back", async () => {
    const editor = await makeUser("editor", "Ed Rollback");
    const article = await makeArticle(editor, BODY, "Rollback");
    const before = await db.claim.count({ where: { articleId: article.id } });
    const events = await db.event.count({ where: { articleId: article.id } });
    // The claim is inserted, then the event writer refuses a payload that breaks the contract.
    const { hotWriteTransaction } = await import("@/lib/data/transaction");
    const { insertClaim } = await import("@/lib/data/claims");
    const { appendEvent } = await import("@/lib/data/events");
    await expect(
      hotWriteTransaction(async (tx) => {
        const view = await insertClaim(tx, editor, article.id, { exact: "Critics", prefix: "", suffix: "", start: 62, end: 69, claimant: null, normalized: null, verdict: "unchecked", rationale: "" });
        await appendEvent(tx, editor, { type: "claim.created", targetType: "claim", targetId: view.id, articleId: article.id, claimId: view.id, after: { not: "a claim" } } as never);
      }),
    ).rejects.toThrow(/contract/);
    expect(await db.claim.count({ where: { articleId: article.id } })).toBe(before);
    expect(await db.event.count({ where: { articleId: article.id } })).toBe(events);
    // The connection is usable afterwards, by both paths.
    await createClaim(editor, article.id, { exact: "Critics said" });
    expect(await db.claim.count({ where: { articleId: article.id } })).toBe(before + 1);
  });
});
