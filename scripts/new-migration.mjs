#!/usr/bin/env node
// Authors a migration without `prisma migrate dev` (which does not work offline): diff the
// committed migrations against the schema and write the SQL into a new timestamped folder.
// Usage: npm run db:migration -- <name>
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]+/gi, "_").toLowerCase();
if (!name) {
  console.error("Usage: npm run db:migration -- <name>   (e.g. add_claim_labels)");
  process.exit(2);
}
const migrationsDir = path.join(root, "prisma", "migrations");
mkdirSync(migrationsDir, { recursive: true });
// The engine reads the provider from the lock file; without it the first diff is refused.
if (!existsSync(path.join(migrationsDir, "migration_lock.toml"))) {
  writeFileSync(path.join(migrationsDir, "migration_lock.toml"), 'provider = "sqlite"\n');
}
const hasMigrations = readdirSync(migrationsDir).some((d) => /^\d+_/.test(d));
const from = hasMigrations ? ["--from-migrations", migrationsDir] : ["--from-empty"];
// Diff into a temporary file first: a migration folder with an empty migration.sql would be
// read as a migration by the diff itself.
const scratch = mkdtempSync(path.join(os.tmpdir(), "factdesk-migration-"));
const output = path.join(scratch, "migration.sql");
const args = ["migrate", "diff", ...from, "--to-schema", path.join(root, "prisma", "schema.prisma"), "--script", "--output", output];
const result = spawnSync(process.execPath, [path.join(root, "scripts", "prisma.mjs"), ...args], { encoding: "utf8", cwd: root });
const sql = result.status === 0 && existsSync(output) ? readFileSync(output, "utf8") : "";
rmSync(scratch, { recursive: true, force: true });
if (result.status !== 0) {
  console.error(result.stderr || result.stdout);
  process.exit(result.status ?? 1);
}
if (/^-- This is an empty migration/m.test(sql) || sql.trim() === "") {
  console.log("The schema matches the migrations: nothing to write.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
const dir = path.join(migrationsDir, `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql.endsWith("\n") ? sql : sql + "\n");
console.log(`Wrote ${path.relative(root, dir)}/migration.sql; review it, then run npm run db:migrate.`);
