import { db } from "@/lib/data/client";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/domain/actor";
import type { Role } from "@/lib/domain/enums";

let counter = 0;

/** Creates a real user row and returns it as an Actor, as a signed-in request would see it. */
export async function makeUser(role: Role, name?: string): Promise<Actor> {
  counter += 1;
  const email = `${role}${counter}-${Date.now()}@test.example`;
  const user = await db.user.create({
    data: { email, name: name ?? `${role} ${counter}`, role, passwordHash: await hashPassword("password123") },
  });
  return { id: user.id, name: user.name, email: user.email, role, via: "session" };
}

export { db };

/**
 * The URL of a second database, a fresh copy of the migrated template (as another newsroom's
 * Factdesk, or another instance's view): a copied file on SQLite, a database created from the
 * template database on PostgreSQL (tests/integration/global-setup.ts).
 */
export async function freshDatabaseUrl(): Promise<string> {
  const { randomUUID } = await import("node:crypto");
  if (process.env.FACTDESK_TEST_DATABASE === "postgresql") {
    const pg = (await import("pg")).default;
    const { postgresPoolConfig } = await import("@/lib/data/postgres/config");
    const server = process.env.FACTDESK_TEST_PG_URL!;
    const name = `${process.env.FACTDESK_TEST_PG_PREFIX}${randomUUID().replace(/-/g, "")}`;
    const admin = new pg.Client(postgresPoolConfig(server, { database: "postgres" }));
    await admin.connect();
    try {
      await admin.query("SELECT pg_advisory_lock(727012)");
      await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${process.env.FACTDESK_TEST_PG_TEMPLATE}"`);
      await admin.query("SELECT pg_advisory_unlock(727012)");
    } finally {
      await admin.end();
    }
    const u = new URL(server);
    u.pathname = "/" + name;
    return u.toString();
  }
  const { copyFileSync, mkdtempSync } = await import("node:fs");
  const os = await import("node:os");
  const path = await import("node:path");
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "factdesk-second-")), `second-${randomUUID()}.db`);
  copyFileSync(process.env.FACTDESK_TEST_TEMPLATE_DB!, file);
  return "file:" + file;
}

/** True when this run is on PostgreSQL (vitest.postgres.config.mts): SQLite-only fast paths are skipped. */
export const onPostgres = /^postgres(ql)?:\/\//i.test(process.env.DATABASE_URL ?? "");
