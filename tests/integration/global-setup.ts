import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * Builds one migrated SQLite file with the real migrations (the same `migrate deploy` the
 * app runs); each test file then works on its own copy (tests/integration/setup-db.ts).
 */
export default function setup() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "factdesk-test-"));
  const template = path.join(dir, "template.db");
  const result = spawnSync(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: "file:" + template },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error("Migrating the test template database failed:\n" + result.stdout + result.stderr);
  process.env.FACTDESK_TEST_TEMPLATE_DB = template;
  return () => rmSync(dir, { recursive: true, force: true });
}
