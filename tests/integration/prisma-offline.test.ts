import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The offline Prisma path end to end (README, "Migrations"): the CLI with
 * scripts/schema-engine.mjs standing in for the native schema engine. Runs in a scratch copy
 * of the project (its own schema, migrations folder and generated client; node_modules
 * linked), so authoring a migration here never touches the repository's prisma/ folder.
 */
const repo = process.cwd();
let project: string;
let databaseFile: string;

function prisma(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ["scripts/prisma.mjs", ...args], {
    cwd: project,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: "file:" + databaseFile, ...env },
  });
}

function migrationFolders(database: "sqlite" | "postgresql" = "sqlite"): string[] {
  const dir = database === "postgresql" ? path.join(project, "prisma", "postgresql", "migrations") : path.join(project, "prisma", "migrations");
  return readdirSync(dir).filter((d) => /^\d+_/.test(d)).sort();
}

beforeAll(() => {
  project = mkdtempSync(path.join(os.tmpdir(), "factdesk-prisma-offline-"));
  for (const entry of ["package.json", "prisma.config.ts", "scripts", "prisma"]) cpSync(path.join(repo, entry), path.join(project, entry), { recursive: true });
  symlinkSync(path.join(repo, "node_modules"), path.join(project, "node_modules"), "dir");
  // A database in a folder that does not exist yet: deploy must create both.
  databaseFile = path.join(project, "data", "nested", "offline.db");
});

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe("Prisma 7 offline (schema engine stand-in)", () => {
  it("generates the client", () => {
    const result = prisma(["generate"]);
    expect(result.status, result.stderr + result.stdout).toBe(0);
    expect(existsSync(path.join(project, "lib", "generated", "prisma", "client.ts"))).toBe(true);
  }, 300_000);

  it("deploys every migration on a new database and records them the way Prisma does", () => {
    const result = prisma(["migrate", "deploy"]);
    expect(result.status, result.stderr + result.stdout).toBe(0);
    const db = new Database(databaseFile, { readonly: true });
    const rows = db.prepare("SELECT migration_name, checksum, finished_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name").all() as {
      migration_name: string;
      checksum: string;
      finished_at: unknown;
    }[];
    const fts = db.prepare("SELECT name FROM sqlite_master WHERE name = 'search_claim'").get();
    db.close();
    expect(rows.map((r) => r.migration_name)).toEqual(migrationFolders());
    for (const row of rows) {
      const sql = readFileSync(path.join(project, "prisma", "migrations", row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).not.toBeNull();
    }
    expect(fts).toBeDefined();
  }, 300_000);

  it("reports the database up to date", () => {
    const result = prisma(["migrate", "status"]);
    expect(result.status, result.stderr + result.stdout).toBe(0);
    expect(result.stdout).toMatch(/Database schema is up to date/);
  }, 300_000);

  it("authors a migration for a schema change (npm run db:migration), deploys it, and then has nothing more to write", () => {
    const before = migrationFolders();
    const pgBefore = migrationFolders("postgresql");
    // The models are written once (prisma/models.prisma); the per-database schemas follow.
    appendFileSync(path.join(project, "prisma", "models.prisma"), '\nmodel OfflineProbe {\n  id   Int    @id @default(autoincrement())\n  name String @unique\n}\n');
    // The PostgreSQL migration is diffed on a server: the test cluster when there is one
    // (CI), else the script starts a private one (scripts/pg-cluster.sh).
    const authorEnv = { ...process.env, DATABASE_URL: "file:" + databaseFile, ...(process.env.FACTDESK_TEST_PG_URL ? { FACTDESK_PG_URL: process.env.FACTDESK_TEST_PG_URL } : {}) };
    const author = spawnSync(process.execPath, ["scripts/new-migration.mjs", "offline probe"], { cwd: project, encoding: "utf8", env: authorEnv });
    expect(author.status, author.stderr + author.stdout).toBe(0);
    const added = migrationFolders().filter((d) => !before.includes(d));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^\d{14}_offline_probe$/);
    const sql = readFileSync(path.join(project, "prisma", "migrations", added[0], "migration.sql"), "utf8");
    expect(sql).toMatch(/CREATE TABLE "OfflineProbe"/);
    expect(sql).toMatch(/CREATE UNIQUE INDEX "OfflineProbe_name_key"/);
    // The FTS5 tables are external to Prisma: the diff must leave them alone.
    expect(sql).not.toMatch(/search_/);
    expect(sql).not.toMatch(/DROP/);
    // The same change for PostgreSQL, in its own folder, under the same name (issue 12).
    const pgAdded = migrationFolders("postgresql").filter((d) => !pgBefore.includes(d));
    expect(pgAdded).toEqual(added);
    const pgSql = readFileSync(path.join(project, "prisma", "postgresql", "migrations", pgAdded[0], "migration.sql"), "utf8");
    expect(pgSql).toMatch(/CREATE TABLE "OfflineProbe"/);
    expect(pgSql).toMatch(/SERIAL/);
    expect(pgSql).not.toMatch(/search_|DROP/);

    const deploy = prisma(["migrate", "deploy"]);
    expect(deploy.status, deploy.stderr + deploy.stdout).toBe(0);
    const db = new Database(databaseFile, { readonly: true });
    const table = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'OfflineProbe'").get();
    db.close();
    expect(table).toBeDefined();

    const again = spawnSync(process.execPath, ["scripts/new-migration.mjs", "nothing"], { cwd: project, encoding: "utf8", env: authorEnv });
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/nothing to write/);
    expect(again.stdout).not.toMatch(/wrote/);
    expect(migrationFolders()).toEqual([...before, added[0]].sort());
  }, 600_000);

  it("fails a broken migration with the database's message and records it as failed", () => {
    const dir = path.join(project, "prisma", "migrations", "29991231000000_broken");
    rmSync(dir, { recursive: true, force: true });
    cpSync(path.join(project, "prisma", "migrations", migrationFolders()[0]), dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), 'CREATE TABLE "Broken" ("id" INTEGER PRIMARY KEY);\nINSERT INTO "NoSuchTable" VALUES (1);\n');
    const deploy = prisma(["migrate", "deploy"]);
    expect(deploy.status).not.toBe(0);
    expect(deploy.stderr + deploy.stdout).toMatch(/NoSuchTable/);
    const status = prisma(["migrate", "status"]);
    expect(status.stdout + status.stderr).toMatch(/29991231000000_broken/);
    rmSync(dir, { recursive: true, force: true });
  }, 300_000);
});
