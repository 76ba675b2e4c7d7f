#!/usr/bin/env node
// `npm run test:e2e`: production build, then Playwright in Debian's Chromium.
import { spawnSync } from "node:child_process";
import { findChromium, NO_CHROMIUM_MESSAGE } from "./chromium.mjs";
import { root } from "./env.mjs";

const chromium = findChromium();
if (!chromium) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}
const env = { ...process.env, CHROMIUM_PATH: chromium, NEXT_TELEMETRY_DISABLED: "1" };
if (process.env.FACTDESK_E2E_SKIP_BUILD !== "1") {
  const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { cwd: root, env, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const test = spawnSync(process.execPath, ["node_modules/@playwright/test/cli.js", "test", ...process.argv.slice(2)], { cwd: root, env, stdio: "inherit" });
process.exit(test.status ?? 1);
