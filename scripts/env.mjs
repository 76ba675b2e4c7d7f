// Shared by the npm scripts: project root, the .env.local loader and the database URL.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Loads KEY=VALUE lines from .env.local without overriding the real environment. */
export function loadEnvLocal() {
  const file = path.join(root, ".env.local");
  if (!existsSync(file)) return;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const m = /^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/.exec(line);
    if (m && process.env[m[1]] === undefined) process.env[m[1]] = m[2].replace(/^"(.*)"$/, "$1");
  }
}

/** DATABASE_URL, defaulting to ./data/factdesk.db (created on demand). */
export function ensureDatabaseUrl() {
  if (!process.env.DATABASE_URL) {
    mkdirSync(path.join(root, "data"), { recursive: true });
    process.env.DATABASE_URL = "file:" + path.join(root, "data", "factdesk.db");
  }
  return process.env.DATABASE_URL;
}
