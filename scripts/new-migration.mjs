#!/usr/bin/env node
// Authors a migration for BOTH databases (issue 12) without `prisma migrate dev` (which does
// not work offline): diff each database's committed migrations against its schema (both
// generated from prisma/models.prisma) and write the SQL into a new timestamped folder:
//   prisma/migrations/<stamp>_<name>/migration.sql              (SQLite, in-memory shadow database)
//   prisma/postgresql/migrations/<stamp>_<name>/migration.sql   (PostgreSQL, a scratch database)
// The PostgreSQL diff needs a server where it may create a scratch database: FACTDESK_PG_URL,
// else DATABASE_URL when it is postgresql://, else a private cluster started with
// scripts/pg-cluster.sh on port 55439 (Debian's postgresql package).
// Usage: npm run db:migration -- <name>
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateSchemas } from "./generate-schemas.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]+/gi, "_").toLowerCase();
if (!name) {
  console.error("Usage: npm run db:migration -- <name>   (e.g. add_claim_labels)");
  process.exit(2);
}
generateSchemas();

function postgresUrl() {
  if (process.env.FACTDESK_PG_URL) return process.env.FACTDESK_PG_URL;
  if (/^postgres(ql)?:\/\//i.test(process.env.DATABASE_URL ?? "")) return process.env.DATABASE_URL;
  const started = spawnSync("bash", [path.join(root, "scripts", "pg-cluster.sh"), "start", "55439", path.join(os.tmpdir(), "factdesk-pg-migrations")], { encoding: "utf8" });
  if (started.status !== 0) {
    console.error(`No PostgreSQL to diff against (set FACTDESK_PG_URL, or install Debian's postgresql):\n${started.stderr}`);
    process.exit(1);
  }
  return started.stdout.trim().split("\n").pop();
}

const DATABASES = [
  { label: "SQLite", provider: "sqlite", dir: path.join(root, "prisma", "migrations"), schema: path.join(root, "prisma", "schema.prisma"), url: () => "file:" + path.join(root, "data", "factdesk.db") },
  { label: "PostgreSQL", provider: "postgresql", dir: path.join(root, "prisma", "postgresql", "migrations"), schema: path.join(root, "prisma", "postgresql", "schema.prisma"), url: postgresUrl },
];

/** The SQL that brings `db`'s migrations up to its schema ("" when they agree). */
export function diffMigrations(db, url) {
  mkdirSync(db.dir, { recursive: true });
  // The engine reads the provider from the lock file; without it the first diff is refused.
  if (!existsSync(path.join(db.dir, "migration_lock.toml"))) writeFileSync(path.join(db.dir, "migration_lock.toml"), `provider = "${db.provider}"\n`);
  const hasMigrations = readdirSync(db.dir).some((d) => /^\d+_/.test(d));
  const from = hasMigrations ? ["--from-migrations", db.dir] : ["--from-empty"];
  // Diff into a temporary file first: a migration folder with an empty migration.sql would be
  // read as a migration by the diff itself.
  const scratch = mkdtempSync(path.join(os.tmpdir(), "factdesk-migration-"));
  const output = path.join(scratch, "migration.sql");
  const args = ["migrate", "diff", ...from, "--to-schema", db.schema, "--script", "--output", output];
  const result = spawnSync(process.execPath, [path.join(root, "scripts", "prisma.mjs"), ...args], { encoding: "utf8", cwd: root, env: { ...process.env, DATABASE_URL: url } });
  const sql = result.status === 0 && existsSync(output) ? readFileSync(output, "utf8") : "";
  rmSync(scratch, { recursive: true, force: true });
  if (result.status !== 0) throw new Error(`${db.label}: ${result.stderr || result.stdout}`);
  return /^-- This is an empty migration/m.test(sql) ? "" : sql.trim();
}

const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
let wrote = 0;
for (const db of DATABASES) {
  let sql;
  try {
    sql = diffMigrations(db, db.url());
  } catch (error) {
    console.error(String(error.message ?? error));
    process.exit(1);
  }
  if (!sql) {
    console.log(`${db.label}: the schema matches the migrations, nothing to write.`);
    continue;
  }
  const dir = path.join(db.dir, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql + "\n");
  console.log(`${db.label}: wrote ${path.relative(root, dir)}/migration.sql`);
  wrote++;
}
if (wrote) console.log("Review the SQL, then run npm run db:migrate (on each database you use).");
