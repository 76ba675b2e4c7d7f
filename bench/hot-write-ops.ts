/**
 * Per-operation cost of the four hot writes (issue 16, item 7), called in-process through
 * their use cases as the API does (authorisation, validation, one transaction, events,
 * notifications): create a claim, update its verdict with a version check, link a source (a
 * new URL each time), add a comment with a mention. Two paths on the same database, in
 * interleaved rounds so both see the same machine load:
 *   - "orm": FACTDESK_HOT_WRITES=orm, the Prisma interactive transaction (what PostgreSQL runs),
 *   - "sql": the prepared-statement transaction on the write connection (SQLite's default).
 *
 *   npx tsx bench/hot-write-ops.ts [--rounds 5] [--ops 200]
 *
 * Reports the median over rounds of the mean CPU (user + system) and wall time per call;
 * NODE_ENV=production (as the server: no contract parse of each event).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const argv = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const ROUNDS = Number(option("rounds", "5"));
const OPS = Number(option("ops", "200"));

type Mode = "orm" | "sql";
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "factdesk-hot-writes-"));
  const file = path.join(dir, "bench.db");
  try {
    const deploy = spawnSync(process.execPath, [path.join(root, "scripts", "prisma.mjs"), "migrate", "deploy"], { cwd: root, encoding: "utf8", env: { ...process.env, DATABASE_URL: "file:" + file } });
    if (deploy.status !== 0) throw new Error("migrate deploy failed:\n" + deploy.stderr + deploy.stdout);
    process.env.DATABASE_URL = "file:" + file;
    (process.env as Record<string, string>).NODE_ENV = "production";
    process.env.FACTDESK_WAL_CHECKPOINT ??= "inline";

    const { db } = await import("@/lib/data/client");
    const { createArticle } = await import("@/lib/server/create-article");
    const { createClaim } = await import("@/lib/server/create-claim");
    const { updateClaim } = await import("@/lib/server/update-claim");
    const { linkSource } = await import("@/lib/server/link-source");
    const { addComment } = await import("@/lib/server/add-comment");

    const person = async (role: "editor" | "admin", name: string) => {
      const u = await db.user.create({ data: { email: `${name.toLowerCase()}@bench.test`, name, role, passwordHash: "x" } });
      return { id: u.id, name: u.name, email: u.email, role, via: "session" as const };
    };
    const editor = await person("editor", "Ana");
    const colleague = await person("editor", "Bo");
    const sentence = "The minister said unemployment fell by 3 per cent last year. ";
    const { id: articleId } = await createArticle(editor, { title: "Bench", body: sentence.repeat(40), bodyFormat: "text" });

    const use = (mode: Mode) => {
      if (mode === "orm") process.env.FACTDESK_HOT_WRITES = "orm";
      else delete process.env.FACTDESK_HOT_WRITES;
    };
    let seq = 0;
    const created: string[] = [];
    const ops: Record<string, (claim: { id: string; version: number }) => Promise<{ id: string; version: number } | void>> = {
      "create claim": async () => {
        const at = (seq++ % 40) * sentence.length + 18;
        const c = await createClaim(editor, articleId, { exact: "unemployment fell", start: at, end: at + 17 });
        created.push(c.id);
        return { id: c.id, version: c.version };
      },
      "update verdict (version check)": async (c) => {
        const r = await updateClaim(editor, c.id, { version: c.version, verdict: c.version % 2 ? "false" : "disputed" });
        return { id: c.id, version: r.claim.version };
      },
      // Each on one of the claims created before it (a claim keeps a handful of sources, as in the app).
      "link a source (new URL)": async () => {
        await linkSource(editor, created[seq % created.length], { url: `https://example.org/source/${seq++}`, title: "A source", stance: "supports" });
      },
      "add a comment (with a mention)": async (c) => {
        await addComment(editor, c.id, { body: `Please check this @Bo (${seq++})` });
      },
    };
    const claimFor: Record<Mode, { id: string; version: number }> = { orm: { id: "", version: 1 }, sql: { id: "", version: 1 } };
    for (const mode of ["orm", "sql"] as Mode[]) {
      use(mode);
      const c = await createClaim(editor, articleId, { exact: "unemployment fell", start: 18, end: 35 });
      claimFor[mode] = { id: c.id, version: c.version };
    }
    void colleague;

    const samples = new Map<string, number[]>();
    const push = (key: string, v: number) => samples.set(key, [...(samples.get(key) ?? []), v]);
    const runOp = async (mode: Mode, name: string, n: number) => {
      use(mode);
      const cpu = process.cpuUsage();
      const start = process.hrtime.bigint();
      for (let i = 0; i < n; i++) {
        const next = await ops[name](claimFor[mode]);
        if (next && name !== "create claim") claimFor[mode] = next;
      }
      const wall = Number(process.hrtime.bigint() - start) / 1e3 / n;
      const used = process.cpuUsage(cpu);
      return { wall, cpu: (used.user + used.system) / n };
    };
    // Warm-up: every query shape compiled or prepared once, JIT warm.
    for (const mode of ["orm", "sql"] as Mode[]) for (const name of Object.keys(ops)) await runOp(mode, name, 30);
    const load: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const order: Mode[] = round % 2 ? ["sql", "orm"] : ["orm", "sql"];
      for (const mode of order) {
        for (const name of Object.keys(ops)) {
          const r = await runOp(mode, name, OPS);
          push(`${name}|${mode}|cpu`, r.cpu);
          push(`${name}|${mode}|wall`, r.wall);
        }
      }
      load.push(os.loadavg()[0]);
    }
    console.log(`\nIn-process use cases, median of ${ROUNDS} rounds of ${OPS} calls; load average (1 min) during the rounds ${Math.min(...load).toFixed(1)}–${Math.max(...load).toFixed(1)} on ${os.cpus().length} cores.\n`);
    console.log("| Operation | ORM CPU µs/op | prepared CPU µs/op | ratio | ORM wall µs/op | prepared wall µs/op |");
    console.log("|---|---|---|---|---|---|");
    for (const name of Object.keys(ops)) {
      const m = (mode: Mode, kind: string) => median(samples.get(`${name}|${mode}|${kind}`)!);
      console.log(`| ${name} | ${m("orm", "cpu").toFixed(0)} | ${m("sql", "cpu").toFixed(0)} | ${(m("orm", "cpu") / m("sql", "cpu")).toFixed(2)}× | ${m("orm", "wall").toFixed(0)} | ${m("sql", "wall").toFixed(0)} |`);
    }
    await db.$disconnect();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
