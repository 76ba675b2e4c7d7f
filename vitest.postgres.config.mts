import { defineConfig } from "vitest/config";
import path from "node:path";

/**
 * The integration suites on PostgreSQL (issue 12): the same tests as vitest.config.mts runs
 * on SQLite, each test file on its own database copied from a migrated template
 * (tests/integration/global-setup.ts, setup-db.ts). Needs a server:
 *   scripts/pg-cluster.sh start 55432 /tmp/factdesk-pg     # prints its URL
 *   FACTDESK_TEST_PG_URL=postgresql://postgres@127.0.0.1:55432/postgres npx vitest run -c vitest.postgres.config.mts
 * Suites that test SQLite machinery only (WAL checkpoints, the write serialiser, the file
 * backup, the offline SQLite CLI recipe) stay in vitest.config.mts.
 */
process.env.FACTDESK_TEST_DATABASE = "postgresql";
process.env.FACTDESK_TEST_PG_URL ??= "postgresql://postgres@127.0.0.1:55432/postgres";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: [
      "tests/integration/claims/**/*.test.ts",
      "tests/integration/collab/**/*.test.ts",
      "tests/integration/consistency/**/*.test.ts",
      "tests/integration/review/**/*.test.ts",
      "tests/integration/revisions/**/*.test.ts",
      "tests/integration/search/**/*.test.ts",
      "tests/integration/security/**/*.test.ts",
      "tests/integration/reliability/**/*.test.ts",
      "tests/integration/publish/**/*.test.ts",
      "tests/integration/export/**/*.test.ts",
      "tests/integration/users.test.ts",
      "tests/integration/health.test.ts",
      "tests/integration/web/**/*.test.ts",
      "tests/integration/postgres/**/*.test.ts",
    ],
    environment: "node",
    globalSetup: ["tests/integration/global-setup.ts"],
    setupFiles: ["tests/integration/setup-db.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
