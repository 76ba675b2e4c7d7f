import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { db, onPostgres } from "../helpers";

// Runs on the database of this run (vitest.config.mts: SQLite, vitest.postgres.config.mts:
// PostgreSQL), so CI checks both migrations folders against prisma/models.prisma (issue 12).
const folder = onPostgres
  ? { migrations: "prisma/postgresql/migrations", schema: "prisma/postgresql/schema.prisma" }
  : { migrations: "prisma/migrations", schema: "prisma/schema.prisma" };

describe("migrations and full-text search", () => {
  it("the generated schemas are those prisma/models.prisma gives", () => {
    const check = spawnSync(process.execPath, ["scripts/generate-schemas.mjs", "--check"], { encoding: "utf8" });
    expect(check.status, check.stderr).toBe(0);
  });

  it(`leaves \`prisma migrate diff\` (what scripts/new-migration.mjs runs) with nothing to write for ${folder.migrations}`, () => {
    // Same arguments as scripts/new-migration.mjs; running the script itself would write a
    // migration folder if this test were failing. On PostgreSQL the migrations are replayed in
    // a scratch database created through this test file's database URL.
    const diff = spawnSync(process.execPath, ["scripts/prisma.mjs", "migrate", "diff", "--from-migrations", folder.migrations, "--to-schema", folder.schema, "--script"], {
      encoding: "utf8",
      env: { ...process.env },
    });
    expect(diff.status, diff.stderr).toBe(0);
    expect(diff.stdout).toMatch(/^-- This is an empty migration/m);
    expect(diff.stdout).not.toMatch(/DROP|CREATE|ALTER/);
  }, 120_000);

  it.skipIf(onPostgres)("creates the FTS5 tables and the triggers that keep them in sync", async () => {
    const rows = await db.$queryRawUnsafe<{ type: string; name: string }[]>(`SELECT type, name FROM sqlite_master WHERE name LIKE 'search_%' AND type IN ('table', 'trigger') ORDER BY name`);
    const names = rows.map((r) => r.name);
    for (const kind of ["article", "claim", "source", "comment"]) {
      expect(names).toContain(`search_${kind}`);
      for (const t of ["ai", "au", "ad"]) expect(names).toContain(`search_${kind}_${t}`);
    }
  });

  it.skipIf(!onPostgres)("creates the tsvector tables with GIN indexes and the triggers that keep them in sync", async () => {
    const tables = await db.$queryRawUnsafe<{ name: string }[]>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 'search\\_%'`);
    const indexes = await db.$queryRawUnsafe<{ name: string; def: string }[]>(`SELECT indexname AS name, indexdef AS def FROM pg_indexes WHERE schemaname = 'public' AND tablename LIKE 'search\\_%'`);
    const triggers = await db.$queryRawUnsafe<{ name: string }[]>(`SELECT DISTINCT trigger_name AS name FROM information_schema.triggers WHERE trigger_schema = 'public'`);
    for (const kind of ["article", "claim", "source", "comment"]) {
      expect(tables.map((t) => t.name)).toContain(`search_${kind}`);
      expect(indexes.some((i) => i.name === `search_${kind}_document_idx` && /USING gin/i.test(i.def))).toBe(true);
      for (const t of ["ai", "au"]) expect(triggers.map((r) => r.name)).toContain(`search_${kind}_${t}`);
    }
  });
});
