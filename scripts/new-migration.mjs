#!/usr/bin/env node
// Authors a migration without `prisma migrate dev` (which fails with the WebAssembly
// engine): diff the committed migrations against the schema and write the SQL into a new
// timestamped folder. Usage: npm run db:migration -- <name>
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync, readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]+/gi, "_").toLowerCase();
if (!name) {
  console.error("Usage: npm run db:migration -- <name>   (e.g. add_claim_labels)");
  process.exit(2);
}
const migrationsDir = path.join(root, "prisma", "migrations");
const hasMigrations = existsSync(migrationsDir) && readdirSync(migrationsDir).some((d) => /^\d+_/.test(d));
const from = hasMigrations ? ["--from-migrations", migrationsDir] : ["--from-empty"];
const args = ["migrate", "diff", ...from, "--to-schema-datamodel", path.join(root, "prisma", "schema.prisma"), "--script"];
const result = spawnSync(process.execPath, [path.join(root, "scripts", "prisma.mjs"), ...args], { encoding: "utf8", cwd: root });
if (result.status !== 0) {
  console.error(result.stderr || result.stdout);
  process.exit(result.status ?? 1);
}
const sql = result.stdout;
if (/^-- This is an empty migration/m.test(sql) || sql.trim() === "") {
  console.log("The schema matches the migrations: nothing to write.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
const dir = path.join(migrationsDir, `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
if (!existsSync(path.join(migrationsDir, "migration_lock.toml"))) {
  writeFileSync(path.join(migrationsDir, "migration_lock.toml"), 'provider = "sqlite"\n');
}
console.log(`Wrote ${path.relative(root, dir)}/migration.sql; review it, then run npm run db:migrate.`);
