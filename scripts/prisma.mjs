#!/usr/bin/env node
// Runs the Prisma CLI offline. Prisma 7's CLI starts a native schema-engine binary that it
// downloads on first use; these machines cannot reach its host. PRISMA_SCHEMA_ENGINE_BINARY
// points it at scripts/schema-engine.mjs instead, which runs the same engine compiled to
// WebAssembly (@prisma/schema-engine-wasm) through the better-sqlite3 or pg driver adapter.
// Harmless where the internet is reachable. DATABASE_URL defaults to ./data/factdesk.db.
import { spawnSync } from "node:child_process";
import { accessSync, chmodSync, constants, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateSchemas } from "./generate-schemas.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
const schemaEngine = path.join(here, "schema-engine.mjs");
try {
  accessSync(schemaEngine, constants.X_OK);
} catch {
  chmodSync(schemaEngine, 0o755); // a checkout without file modes; the CLI execs it directly
}
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? schemaEngine,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
if (!env.DATABASE_URL) {
  mkdirSync(path.join(root, "data"), { recursive: true });
  env.DATABASE_URL = "file:" + path.join(root, "data", "factdesk.db");
}
// The per-database schemas are generated from prisma/models.prisma (issue 12): never stale.
generateSchemas();
const bin = path.join(root, "node_modules", "prisma", "build", "index.js");
const result = spawnSync(process.execPath, [bin, ...process.argv.slice(2)], { stdio: "inherit", env, cwd: root });
process.exit(result.status ?? 1);
