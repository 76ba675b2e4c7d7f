import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { postgresPoolConfig } from "@/lib/data/postgres/config";

/**
 * Builds one migrated database with the real migrations (the same `migrate deploy` the app
 * runs); each test file then works on its own copy (tests/integration/setup-db.ts).
 *
 * SQLite (the default): a template file in a temporary directory.
 * PostgreSQL (issue 12): FACTDESK_TEST_DATABASE=postgresql and FACTDESK_TEST_PG_URL=postgresql://…
 * (any database on a server where we may CREATE DATABASE; vitest.postgres.config.mts sets
 * both) → a template database `factdesk_tpl_<pid>`, copied per test file with
 * CREATE DATABASE … TEMPLATE, all dropped at the end.
 */
export default async function setup() {
  if (process.env.FACTDESK_TEST_DATABASE === "postgresql") return setupPostgres();
  const dir = mkdtempSync(path.join(os.tmpdir(), "factdesk-test-"));
  const template = path.join(dir, "template.db");
  migrate("file:" + template);
  process.env.FACTDESK_TEST_TEMPLATE_DB = template;
  return () => rmSync(dir, { recursive: true, force: true });
}

function migrate(url: string) {
  const result = spawnSync(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error("Migrating the test template database failed:\n" + result.stdout + result.stderr);
}

/** The server's URL with another database name. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = "/" + database;
  return u.toString();
}

async function setupPostgres() {
  const server = process.env.FACTDESK_TEST_PG_URL;
  if (!server) throw new Error("FACTDESK_TEST_DATABASE=postgresql needs FACTDESK_TEST_PG_URL (start one with scripts/pg-cluster.sh start).");
  const prefix = `factdesk_t${process.pid}_`;
  const template = `${prefix}template`;
  const admin = async (sql: string) => {
    const client = new pg.Client(postgresPoolConfig(server, { database: "postgres" }));
    await client.connect();
    try {
      return await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
  await admin(`CREATE DATABASE "${template}"`);
  migrate(withDatabase(server, template));
  process.env.FACTDESK_TEST_PG_TEMPLATE = template;
  process.env.FACTDESK_TEST_PG_PREFIX = prefix;
  return async () => {
    const { rows } = await admin(`SELECT datname FROM pg_database WHERE datname LIKE '${prefix}%'`);
    for (const { datname } of rows as Array<{ datname: string }>) await admin(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  };
}
