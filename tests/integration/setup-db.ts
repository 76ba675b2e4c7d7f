import { copyFileSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { postgresPoolConfig } from "@/lib/data/postgres/config";

// Runs before each test file's imports: point the app's database at a private copy of the
// migrated template, so files never share state and nothing touches ./data.
// SQLite: a copy of the template file. PostgreSQL (FACTDESK_TEST_DATABASE=postgresql, see
// global-setup.ts): a database created from the template database.
const template = process.env.FACTDESK_TEST_TEMPLATE_DB;
const pgTemplate = process.env.FACTDESK_TEST_PG_TEMPLATE;
if (process.env.FACTDESK_TEST_DATABASE === "postgresql" && pgTemplate) {
  const server = process.env.FACTDESK_TEST_PG_URL!;
  const database = `${process.env.FACTDESK_TEST_PG_PREFIX}${randomUUID().replace(/-/g, "")}`;
  const client = new pg.Client(postgresPoolConfig(server, { database: "postgres" }));
  await client.connect();
  try {
    // Copies of one template cannot be made at the same moment (it must have no other
    // session): parallel test files take turns through an advisory lock.
    await client.query("SELECT pg_advisory_lock(727012)");
    await client.query(`CREATE DATABASE "${database}" TEMPLATE "${pgTemplate}"`);
    await client.query("SELECT pg_advisory_unlock(727012)");
  } finally {
    await client.end();
  }
  const u = new URL(server);
  u.pathname = "/" + database;
  process.env.DATABASE_URL = u.toString();
  delete (globalThis as { factdeskDb?: unknown }).factdeskDb;
} else if (template) {
  const file = path.join(path.dirname(template), `test-${randomUUID()}.db`);
  copyFileSync(template, file);
  process.env.DATABASE_URL = "file:" + file;
  delete (globalThis as { factdeskDb?: unknown }).factdeskDb;
}
process.env.FACTDESK_BCRYPT_COST ??= "4";
