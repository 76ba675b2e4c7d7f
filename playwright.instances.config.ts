import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

/**
 * Two app instances over one database (issue 12): `node scripts/e2e.mjs --config
 * playwright.instances.config.ts` after a production build. The global setup creates the
 * database (PostgreSQL when FACTDESK_PG_URL is set, else a SQLite file) and starts both
 * servers; the tests address them by absolute URL (INSTANCE_A_URL, INSTANCE_B_URL).
 */
export default defineConfig({
  ...base,
  testDir: "tests",
  testMatch: ["instances/**/*.spec.ts", "e2e/instances/**/*.spec.ts"],
  globalSetup: "./tests/instances/global-setup.ts",
  webServer: undefined,
  timeout: 120_000,
  use: { ...base.use, baseURL: undefined },
});
