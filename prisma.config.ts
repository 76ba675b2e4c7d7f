import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

// Offline recipe (README, "Migrations"): the JS engine and the WebAssembly schema engine,
// so the CLI downloads no native engine. scripts/prisma.mjs sets DATABASE_URL.
export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: async () => new PrismaBetterSQLite3({ url: process.env.DATABASE_URL ?? "file:./data/factdesk.db" }),
});
