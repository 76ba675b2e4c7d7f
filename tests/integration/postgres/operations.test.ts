import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createDb } from "@/lib/data/client";
import { backupPostgres, restorePostgres } from "@/lib/data/postgres/backup";
import { postgresPoolConfig } from "@/lib/data/postgres/config";
import { copySqliteToPostgres } from "@/lib/data/copy-to-postgres";
import { searchAll } from "@/lib/server/search-all";
import { createArticle } from "@/lib/server/create-article";
import { createClaim } from "@/lib/server/create-claim";
import { addComment } from "@/lib/server/add-comment";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { db, makeUser, onPostgres } from "../helpers";

/**
 * Operations on PostgreSQL (issue 12): pg_dump/pg_restore backup while writes continue, and
 * moving a SQLite newsroom into an empty PostgreSQL database. Runs in vitest.postgres.config.mts.
 */
const server = process.env.FACTDESK_TEST_PG_URL ?? "";
const prefix = process.env.FACTDESK_TEST_PG_PREFIX ?? "factdesk_t_";

async function freshDatabase(suffix: string): Promise<string> {
  const name = `${prefix}${suffix}_${Date.now().toString(36)}`;
  const admin = new pg.Client(postgresPoolConfig(server, { database: "postgres" }));
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const u = new URL(server);
  u.pathname = "/" + name;
  return u.toString();
}

const tableCounts = async (client: typeof db) => ({
  users: await client.user.count(),
  articles: await client.article.count(),
  claims: await client.claim.count(),
  sources: await client.source.count(),
  claimSources: await client.claimSource.count(),
  comments: await client.comment.count(),
  events: await client.event.count(),
});

describe.skipIf(!onPostgres)("PostgreSQL operations", { timeout: 120_000 }, () => {
  it("npm run backup's pg_dump taken during writes restores into an empty database with every committed row consistent", async () => {
    const editor = await makeUser("editor");
    const { id } = await createArticle(editor, { title: "Backup test", body: "Alpha beta gamma.\nDelta epsilon zeta." });
    let writing = true;
    const writes = (async () => {
      let n = 0;
      while (writing && n < 100) {
        await createClaim(editor, id, { exact: n % 2 ? "beta" : "epsilon" });
        n++;
      }
      return n;
    })();
    const dir = mkdtempSync(path.join(os.tmpdir(), "factdesk-pgdump-"));
    const file = path.join(dir, "during.dump");
    await new Promise((r) => setTimeout(r, 50));
    const { bytes } = await backupPostgres(process.env.DATABASE_URL!, file);
    writing = false;
    expect(await writes).toBeGreaterThan(0);
    expect(bytes).toBeGreaterThan(1000);

    const target = await freshDatabase("restore");
    await restorePostgres(target, file);
    const restored = createDb(target);
    try {
      // A snapshot: every restored claim has its creation event, and vice versa.
      const claims = await restored.claim.count({ where: { articleId: id } });
      expect(await restored.event.count({ where: { articleId: id, type: "claim.created" } })).toBe(claims);
      // The restored database is a working Factdesk: migrations recorded, search index and triggers there.
      const migrations = await restored.$queryRawUnsafe<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL`);
      expect(migrations[0].n).toBeGreaterThan(1);
      const indexed = await restored.$queryRawUnsafe<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM search_claim s JOIN "Claim" c ON c.id = s.ref_id WHERE c."articleId" = $1`, id);
      expect(indexed[0].n).toBe(claims);
    } finally {
      await restored.$disconnect();
    }

    // Taken with no writes running, the backup equals the live database.
    const quiet = path.join(dir, "quiet.dump");
    await backupPostgres(process.env.DATABASE_URL!, quiet);
    const target2 = await freshDatabase("restore2");
    await restorePostgres(target2, quiet);
    const again = createDb(target2);
    try {
      expect(await tableCounts(again)).toEqual(await tableCounts(db));
    } finally {
      await again.$disconnect();
    }
  });

  it("npm run backup and npm run restore work from the command line", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "factdesk-pgdump-cli-"));
    const file = path.join(dir, "cli.dump");
    const tsx = path.join("node_modules", ".bin", "tsx");
    const backup = spawnSync(tsx, ["scripts/backup.ts", file], { env: { ...process.env }, encoding: "utf8" });
    expect(backup.status, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/pg_dump custom format/);
    const target = await freshDatabase("clirestore");
    const restore = spawnSync(tsx, ["scripts/restore.ts", file], { env: { ...process.env, DATABASE_URL: target }, encoding: "utf8" });
    expect(restore.status, restore.stderr).toBe(0);
    // Restoring over a database that has tables is refused.
    const again = spawnSync(tsx, ["scripts/restore.ts", file], { env: { ...process.env, DATABASE_URL: target }, encoding: "utf8" });
    expect(again.status).not.toBe(0);
    expect(again.stderr).toMatch(/not empty/);
  });

  it("db:copy-to-postgres moves a SQLite newsroom into an empty PostgreSQL database: every row, search, sequences", async () => {
    // A SQLite newsroom with the demo, a thread of comments and deleted rows.
    const dir = mkdtempSync(path.join(os.tmpdir(), "factdesk-copy-"));
    const file = path.join(dir, "newsroom.db");
    const migrated = spawnSync(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: "file:" + file }, encoding: "utf8" });
    expect(migrated.status, migrated.stderr).toBe(0);
    const sqlite = createDb("file:" + file);
    const { articleId } = await seedDemo(sqlite);
    const claim = await sqlite.claim.findFirstOrThrow({ where: { articleId } });
    const user = await sqlite.user.findFirstOrThrow({ where: { role: "editor" } });
    const parent = await sqlite.comment.create({ data: { claimId: claim.id, authorId: user.id, body: "Parent comment about zeppelins" } });
    await sqlite.comment.create({ data: { claimId: claim.id, authorId: user.id, body: "A reply", parentId: parent.id } });
    const sourceCounts = await tableCounts(sqlite);
    const maxEvent = (await sqlite.event.aggregate({ _max: { id: true } }))._max.id ?? 0;
    const sampleClaim = await sqlite.claim.findUniqueOrThrow({ where: { id: claim.id } });
    await sqlite.$disconnect();

    const target = await freshDatabase("copy");
    const cli = spawnSync(path.join("node_modules", ".bin", "tsx"), ["scripts/copy-to-postgres.ts", file, target], { encoding: "utf8" });
    expect(cli.status, cli.stderr + cli.stdout).toBe(0);
    expect(cli.stdout).toMatch(/Copied \d+ rows/);

    const copied = createDb(target);
    try {
      expect(await tableCounts(copied)).toEqual(sourceCounts);
      // Same values, types converted (dates, booleans).
      const c = await copied.claim.findUniqueOrThrow({ where: { id: claim.id } });
      expect(c).toEqual(sampleClaim);
      expect((await copied.user.findFirstOrThrow({ where: { id: user.id } })).active).toBe(true);
      // The search index was filled by the triggers.
      const hits = await copied.$queryRawUnsafe<Array<{ ref_id: string }>>(`SELECT ref_id FROM search_comment WHERE document @@ to_tsquery('factdesk', 'zeppelins')`);
      expect(hits.map((h) => h.ref_id)).toEqual([parent.id]);
      // The Event sequence continues after the copied ids.
      const next = await copied.event.create({ data: { type: "probe", targetType: "article", targetId: articleId } });
      expect(next.id).toBeGreaterThan(maxEvent);
    } finally {
      await copied.$disconnect();
    }

    // A second copy into the now non-empty database is refused and changes nothing.
    await expect(copySqliteToPostgres(file, target)).rejects.toThrow(/not empty/);
  });

  it("search on PostgreSQL treats query syntax as text and marks the matched words", async () => {
    const editor = await makeUser("editor");
    const { id } = await createArticle(editor, { title: "Café prices or inflation", body: "Inflation rose to 5% in the U.S. this year, said the BBC (bbc.co.uk)." });
    const claim = await createClaim(editor, id, { exact: "Inflation rose to 5% in the U.S." });
    await addComment(editor, claim.id, { body: "Check the -minus and OR operators" });
    // Accents fold, the last word is a prefix, websearch/tsquery operators are plain words.
    for (const q of ["cafe", "infla", '"inflation', "-minus", "OR operators", "U.S.", "bbc.co", "(5%", "'quote", "a & b | !c", "café:*"]) {
      const result = await searchAll(editor, { q });
      expect(result, q).toBeTruthy();
    }
    const r = await searchAll(editor, { q: "cafe" });
    expect(JSON.stringify(r)).toMatch(/<mark>Café<\/mark>/);
    const prefix = await searchAll(editor, { q: "infla" });
    expect(JSON.stringify(prefix)).toContain(claim.id);
    const minus = await searchAll(editor, { q: "-minus" });
    expect(JSON.stringify(minus)).toContain(claim.id);
  });
});
