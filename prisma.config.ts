import path from "node:path";
import { defineConfig } from "prisma/config";

/**
 * Full-text search lives in FTS5 virtual tables kept in sync by triggers
 * (prisma/migrations/*_full_text_search). Prisma does not model virtual tables, so they and
 * the shadow tables FTS5 creates for each are declared external: `migrate diff` neither
 * drops nor recreates them. The migrations create them in the shadow database too, so no
 * `initShadowDb` script is needed.
 */
const SEARCH_TABLES = ["article", "claim", "source", "comment"].flatMap((kind) =>
  ["", "_data", "_idx", "_content", "_docsize", "_config"].map((part) => `search_${kind}${part}`),
);

// Offline recipe (README, "Migrations"): scripts/prisma.mjs sets DATABASE_URL and points the
// CLI's schema engine at scripts/schema-engine.mjs (the WebAssembly engine over the
// better-sqlite3 driver adapter), so no native engine is downloaded.
export default defineConfig({
  experimental: { externalTables: true },
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  tables: { external: SEARCH_TABLES },
  datasource: { url: process.env.DATABASE_URL ?? "file:./data/factdesk.db" },
});
