#!/usr/bin/env node
// `npm test`: every test. Unit + integration (vitest, real SQLite files), then the browser
// tests (Playwright against a production build). Stops at the first failing stage.
import { spawnSync } from "node:child_process";
import { root } from "./env.mjs";

const stages = [
  ["Type check", ["node_modules/typescript/bin/tsc", "--noEmit", "-p", "."]],
  ["Unit and integration tests", ["node_modules/vitest/vitest.mjs", "run"]],
  ["Browser tests", ["scripts/e2e.mjs"]],
];
for (const [label, args] of stages) {
  console.log(`\n=== ${label} ===`);
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (r.status !== 0) {
    console.error(`\n${label} failed.`);
    process.exit(r.status ?? 1);
  }
}
