#!/usr/bin/env node
// Runs the Prisma CLI offline. Prisma 6.19 tries to download native engines unless these
// two variables point at an existing file; with engine "js" and the WebAssembly schema
// engine it never uses them. Harmless where the internet is reachable.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
const placeholder = path.join(root, "package.json");
const env = {
  ...process.env,
  PRISMA_QUERY_ENGINE_LIBRARY: process.env.PRISMA_QUERY_ENGINE_LIBRARY ?? placeholder,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? placeholder,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
if (!env.DATABASE_URL) {
  mkdirSync(path.join(root, "data"), { recursive: true });
  env.DATABASE_URL = "file:" + path.join(root, "data", "factdesk.db");
}
const bin = path.join(root, "node_modules", "prisma", "build", "index.js");
const result = spawnSync(process.execPath, [bin, ...process.argv.slice(2)], { stdio: "inherit", env, cwd: root });
process.exit(result.status ?? 1);
