import { describe, expect, it } from "vitest";
import { health } from "@/lib/http/endpoints/meta";
import { handler } from "@/lib/http/endpoint";
import { createDb } from "@/lib/data/client";
import { checkDatabaseHealth } from "@/lib/data/health";
import { db, onPostgres } from "./helpers";

// GET /api/health (issue 12) on whichever database this run uses (vitest.config.mts: SQLite,
// vitest.postgres.config.mts: PostgreSQL).
describe("GET /api/health", () => {
  const get = handler(health);

  it("answers 200 without a session when the database is reachable and fully migrated", async () => {
    const res = await get(new Request("http://localhost/api/health"));
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = await res.json();
    expect(body).toMatchObject({ status: "ok", database: { provider: onPostgres ? "postgresql" : "sqlite", reachable: true, pendingMigrations: [], problem: null } });
    expect(body.database.appliedMigrations).toBeGreaterThan(1);
  });

  it("answers 503 naming the migration when one of this build's migrations is not applied", async () => {
    const [last] = await db.$queryRawUnsafe<Array<{ migration_name: string }>>(`SELECT migration_name FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1`);
    await db.$executeRawUnsafe(`UPDATE _prisma_migrations SET rolled_back_at = finished_at WHERE migration_name = '${last.migration_name}'`);
    try {
      const res = await get(new Request("http://localhost/api/health"));
      expect(res.status).toBe(503);
      const body = await res.json();
      expect(body.status).toBe("unavailable");
      expect(body.database.pendingMigrations).toEqual([last.migration_name]);
      expect(body.database.problem).toMatch(/db:migrate/);
    } finally {
      await db.$executeRawUnsafe(`UPDATE _prisma_migrations SET rolled_back_at = NULL WHERE migration_name = '${last.migration_name}'`);
    }
  });

  it("reports an unreachable database as unreachable, within its time limit", async () => {
    // A server that is not there (PostgreSQL) or a file in a directory that does not exist (SQLite).
    const url = onPostgres ? "postgresql://nobody@127.0.0.1:1/none" : "file:/nonexistent-dir/factdesk.db";
    const client = createDb(url);
    const started = Date.now();
    const result = await checkDatabaseHealth({ client, url, timeoutMs: 2_000 });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(result).toMatchObject({ reachable: false, provider: onPostgres ? "postgresql" : "sqlite" });
    expect(result.problem).toMatch(/cannot be reached/);
    await client.$disconnect().catch(() => undefined);
  });
});
