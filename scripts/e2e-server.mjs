#!/usr/bin/env node
// Starts the production build for Playwright on a fresh, migrated and seeded database.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { root } from "./env.mjs";
import { serverNodeFlags } from "./server-flags.mjs";

const dir = mkdtempSync(path.join(os.tmpdir(), "factdesk-e2e-"));
const port = process.env.E2E_PORT ?? "3100";
const env = {
  ...process.env,
  DATABASE_URL: "file:" + path.join(dir, "e2e.db"),
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-secret-" + Date.now(),
  NEXTAUTH_URL: `http://localhost:${port}`,
  FACTDESK_DEMO: "1",
  FACTDESK_BCRYPT_COST: "4",
  NEXT_TELEMETRY_DISABLED: "1",
  // The From-the-web spec serves fixture pages from 127.0.0.1, which the fetcher refuses
  // unless the host is allowed (tests/e2e/web/from-the-web.spec.ts).
  FACTDESK_FETCH_ALLOW_HOSTS: process.env.FACTDESK_FETCH_ALLOW_HOSTS ?? "127.0.0.1",
};
for (const args of [["scripts/prisma.mjs", "migrate", "deploy"], ["node_modules/tsx/dist/cli.mjs", "prisma/seed/index.ts"]]) {
  const r = spawnSync(process.execPath, args, { cwd: root, env, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
console.log(`e2e database: ${env.DATABASE_URL}`);
const server = spawn(process.execPath, [...serverNodeFlags(), "scripts/server.mjs", "-p", port], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
