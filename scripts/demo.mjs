#!/usr/bin/env node
// `npm run demo`: secret, database, migrations, seed, production build, server on :3000.
import { spawnSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { ensureDatabaseUrl, loadEnvLocal, root } from "./env.mjs";
import { serverNodeFlags } from "./server-flags.mjs";

const envFile = path.join(root, ".env.local");
const hasSecret = existsSync(envFile) && /^NEXTAUTH_SECRET=.+/m.test(readFileSync(envFile, "utf8"));
if (!hasSecret && !process.env.NEXTAUTH_SECRET) {
  appendFileSync(envFile, `NEXTAUTH_SECRET=${randomBytes(32).toString("base64url")}\n`);
  console.log("Created a session secret in .env.local");
}
loadEnvLocal();
ensureDatabaseUrl();
const port = process.env.PORT ?? "3000";
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
process.env.FACTDESK_DEMO = "1";
process.env.NEXT_TELEMETRY_DISABLED = "1";

function run(label, args) {
  console.log(`\n> ${label}`);
  const r = spawnSync(process.execPath, args, { stdio: "inherit", cwd: root, env: process.env });
  if (r.status !== 0) {
    console.error(`${label} failed (exit ${r.status}).`);
    process.exit(r.status ?? 1);
  }
}

run("Applying database migrations", ["scripts/prisma.mjs", "migrate", "deploy"]);
run("Seeding demo data", ["node_modules/tsx/dist/cli.mjs", "prisma/seed/index.ts"]);
if (process.env.FACTDESK_SKIP_BUILD !== "1" || !existsSync(path.join(root, ".next", "BUILD_ID"))) {
  run("Building the app", ["node_modules/next/dist/bin/next", "build"]);
}
console.log(`\nFactdesk is starting on http://localhost:${port} — sign in with a demo account shown on the sign-in page.`);
const server = spawn(process.execPath, [...serverNodeFlags(), "scripts/server.mjs", "-p", port], { stdio: "inherit", cwd: root, env: process.env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
