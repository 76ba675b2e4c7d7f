#!/usr/bin/env node
// `npm test`: every test. Unit + integration (vitest, real SQLite files), then the browser
// tests (Playwright against a production build). Stops at the first failing stage.
// With FACTDESK_TEST_PG_URL set (.ci/run sets it after starting a cluster with
// scripts/pg-cluster.sh), the integration suites also run on PostgreSQL (issue 12,
// vitest.postgres.config.mts); without it that stage is skipped with a note.
import { spawnSync } from "node:child_process";
import { root } from "./env.mjs";

const stages = [
  ["Type check", ["node_modules/typescript/bin/tsc", "--noEmit", "-p", "."]],
  ["Unit and integration tests", ["node_modules/vitest/vitest.mjs", "run"]],
  ...(process.env.FACTDESK_TEST_PG_URL
    ? [["Integration tests on PostgreSQL", ["node_modules/vitest/vitest.mjs", "run", "-c", "vitest.postgres.config.mts"]]]
    : []),
  ["Browser tests", ["scripts/e2e.mjs"]],
  // Two production servers over one PostgreSQL database (issue 12), on the build just made.
  ...(process.env.FACTDESK_TEST_PG_URL
    ? [["Two instances on PostgreSQL", ["scripts/e2e.mjs", "--config", "playwright.instances.config.ts"], { FACTDESK_E2E_SKIP_BUILD: "1" }]]
    : []),
];
if (!process.env.FACTDESK_TEST_PG_URL) {
  console.log("Integration tests on PostgreSQL: skipped (start a cluster with scripts/pg-cluster.sh start and set FACTDESK_TEST_PG_URL=postgresql://postgres@127.0.0.1:<port>/postgres).");
}
for (const [label, args, env = {}] of stages) {
  console.log(`\n=== ${label} ===`);
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
  if (r.status !== 0) {
    console.error(`\n${label} failed.`);
    process.exit(r.status ?? 1);
  }
}
