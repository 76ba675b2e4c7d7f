import path from "node:path";
import { defineConfig } from "prisma/config";

/**
 * One config, two databases (issue 12): DATABASE_URL picks the schema folder.
 *   file:…                     prisma/schema.prisma + prisma/migrations (SQLite, the default)
 *   postgresql:// or postgres:// prisma/postgresql/schema.prisma + prisma/postgresql/migrations
 * Both schemas are generated from prisma/models.prisma (scripts/generate-schemas.mjs).
 *
 * Full-text search lives in tables Prisma does not model, kept in sync by triggers: FTS5
 * virtual tables (and the shadow tables FTS5 creates for each) on SQLite, tsvector tables with
 * GIN indexes on PostgreSQL. They are declared external, so `migrate diff` neither drops nor
 * recreates them; the migrations create them in the shadow database too.
 */
const KINDS = ["article", "claim", "source", "comment"];
const url = process.env.DATABASE_URL ?? "file:./data/factdesk.db";
const postgres = /^postgres(ql)?:\/\//i.test(url);

const SEARCH_TABLES = postgres
  ? KINDS.map((kind) => `public.search_${kind}`)
  : KINDS.flatMap((kind) => ["", "_data", "_idx", "_content", "_docsize", "_config"].map((part) => `search_${kind}${part}`));

// Offline recipe (README, "Migrations"): scripts/prisma.mjs sets DATABASE_URL and points the
// CLI's schema engine at scripts/schema-engine.mjs (the WebAssembly engine over the
// better-sqlite3 or pg driver adapter), so no native engine is downloaded.
export default defineConfig({
  experimental: { externalTables: true },
  schema: postgres ? path.join("prisma", "postgresql", "schema.prisma") : path.join("prisma", "schema.prisma"),
  migrations: { path: postgres ? path.join("prisma", "postgresql", "migrations") : path.join("prisma", "migrations") },
  tables: { external: SEARCH_TABLES },
  datasource: { url },
});
