import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { db } from "../helpers";

describe("full-text search migration", () => {
  it("leaves `prisma migrate diff` (what scripts/new-migration.mjs runs) with nothing to write", () => {
    // Same arguments as scripts/new-migration.mjs; running the script itself would write a
    // migration folder if this test were failing.
    const diff = spawnSync(process.execPath, ["scripts/prisma.mjs", "migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", "prisma/schema.prisma", "--script"], { encoding: "utf8" });
    expect(diff.status, diff.stderr).toBe(0);
    expect(diff.stdout).toMatch(/^-- This is an empty migration/m);
    expect(diff.stdout).not.toMatch(/DROP|CREATE|ALTER/);
  }, 120_000);

  it("creates the FTS5 tables and the triggers that keep them in sync", async () => {
    const rows = await db.$queryRawUnsafe<{ type: string; name: string }[]>(`SELECT type, name FROM sqlite_master WHERE name LIKE 'search_%' AND type IN ('table', 'trigger') ORDER BY name`);
    const names = rows.map((r) => r.name);
    for (const kind of ["article", "claim", "source", "comment"]) {
      expect(names).toContain(`search_${kind}`);
      for (const t of ["ai", "au", "ad"]) expect(names).toContain(`search_${kind}_${t}`);
    }
  });
});
