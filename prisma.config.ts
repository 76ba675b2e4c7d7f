import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

/**
 * `migrate diff --from-migrations` replays each migration file into an in-memory shadow
 * database with one `executeRaw` call, which better-sqlite3 refuses for a script of more
 * than one statement ("External error id#0", P3006). Parameterless calls on the shadow
 * database are scripts, so run them with `exec` instead.
 */
class ShadowScriptSafeSQLite3 extends PrismaBetterSQLite3 {
  override async connectToShadowDb() {
    const shadow = await super.connectToShadowDb();
    const executeRaw = shadow.executeRaw.bind(shadow);
    shadow.executeRaw = async (query) => {
      if (query.args.length > 0) return executeRaw(query);
      await shadow.executeScript(query.sql);
      return 0;
    };
    return shadow;
  }
}

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

// Offline recipe (README, "Migrations"): the JS engine and the WebAssembly schema engine,
// so the CLI downloads no native engine. scripts/prisma.mjs sets DATABASE_URL.
export default defineConfig({
  engine: "js",
  experimental: { adapter: true, externalTables: true },
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  tables: { external: SEARCH_TABLES },
  adapter: async () => new ShadowScriptSafeSQLite3({ url: process.env.DATABASE_URL ?? "file:./data/factdesk.db" }),
});
