import { spawnSync } from "node:child_process";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createDb } from "@/lib/data/client";
import { postgresPoolConfig } from "@/lib/data/postgres/config";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { onPostgres } from "../helpers";

/**
 * `npm run db:migrate` and `npm run db:seed` on an empty PostgreSQL database (issue 12): the
 * PostgreSQL migrations folder applies through the offline schema-engine stand-in, Prisma's
 * own `migrate status` agrees, and the demo seed is idempotent there as on SQLite
 * (tests/integration/seed-and-migrations.test.ts).
 */
describe.skipIf(!onPostgres)("migrations and the demo seed on PostgreSQL", () => {
  it("npm run db:migrate applies every PostgreSQL migration to an empty database, status up to date, seed idempotent", async () => {
    const server = process.env.FACTDESK_TEST_PG_URL!;
    const name = `${process.env.FACTDESK_TEST_PG_PREFIX}empty_${Date.now().toString(36)}`;
    const admin = new pg.Client(postgresPoolConfig(server, { database: "postgres" }));
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const u = new URL(server);
    u.pathname = "/" + name;
    const url = u.toString();
    const env = { ...process.env, DATABASE_URL: url };

    const deploy = spawnSync("npm", ["run", "--silent", "db:migrate"], { env, encoding: "utf8" });
    expect(deploy.status, deploy.stderr + deploy.stdout).toBe(0);
    expect(deploy.stdout).toMatch(/PostgreSQL database/);
    // The PostgreSQL folder's own first migration (Prisma's "found in prisma/migrations" line names the wrong folder).
    expect(deploy.stdout).toMatch(/20261202150000_init/);
    const status = spawnSync(process.execPath, ["scripts/prisma.mjs", "migrate", "status"], { env, encoding: "utf8" });
    expect(status.stdout).toMatch(/Database schema is up to date/);

    const db = createDb(url);
    try {
      const tables = await db.$queryRawUnsafe<Array<{ name: string }>>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`);
      for (const t of ["User", "Article", "ArticleRevision", "Claim", "Source", "ClaimSource", "Comment", "Mention", "Event", "ApiToken", "Presence", "search_claim"]) {
        expect(tables.map((r) => r.name)).toContain(t);
      }
      const first = await seedDemo(db);
      const counts = async () => ({ users: await db.user.count(), articles: await db.article.count(), claims: await db.claim.count(), links: await db.claimSource.count() });
      const after1 = await counts();
      const second = await seedDemo(db);
      expect(first.createdArticle).toBe(true);
      expect(second).toEqual({ articleId: first.articleId, createdArticle: false });
      expect(await counts()).toEqual(after1);
      expect(after1.users).toBe(DEMO_ACCOUNTS.length);
      const article = await db.article.findUniqueOrThrow({ where: { id: first.articleId } });
      for (const c of await db.claim.findMany({ where: { articleId: first.articleId } })) expect(article.text.slice(c.start, c.end)).toBe(c.exact);
    } finally {
      await db.$disconnect();
    }
  }, 120_000);
});
