#!/usr/bin/env node
// `npm start`: production server. Refuses to run without a session secret.
import { spawn } from "node:child_process";
import { ensureDatabaseUrl, loadEnvLocal, root } from "./env.mjs";
import { serverNodeFlags } from "./server-flags.mjs";

loadEnvLocal();
if (!process.env.NEXTAUTH_SECRET) {
  console.error(
    "Factdesk will not start: NEXTAUTH_SECRET is not set.\n" +
      "Set it to a long random string, e.g. `echo NEXTAUTH_SECRET=$(openssl rand -base64 32) >> .env.local`,\n" +
      "or run `npm run demo`, which creates one for you.",
  );
  process.exit(1);
}
ensureDatabaseUrl();
process.env.NEXT_TELEMETRY_DISABLED = "1";
const port = process.env.PORT ?? "3000";
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
const server = spawn(process.execPath, [...serverNodeFlags(), "scripts/server.mjs", "-p", port], { stdio: "inherit", cwd: root, env: process.env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
