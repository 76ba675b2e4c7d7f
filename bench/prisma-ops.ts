/**
 * Per-operation cost of the ORM on the app's hot paths, with the app's pragmas (WAL,
 * synchronous=NORMAL, busy_timeout, foreign keys):
 *   - create a claim + its event in one interactive transaction,
 *   - a versioned update (updateMany on id + version, version incremented),
 *   - findUnique by id,
 *   - 50 concurrent callers of the create transaction (throughput).
 *
 *   npx tsx bench/prisma-ops.ts [--rounds 7] [--ops 300]
 *       [--baseline <dir with lib/generated/prisma/client.ts and node_modules/>]
 *
 * With --baseline, a second Prisma client (e.g. a Prisma 6.19 client generated from the same
 * models) runs in the same process on its own copy of the database, in interleaved rounds,
 * so both see the same machine load. Medians of the rounds are reported.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

type AnyClient = {
  $transaction<T>(work: (tx: AnyClient) => Promise<T>): Promise<T>;
  $disconnect(): Promise<void>;
  $queryRawUnsafe<T>(sql: string): Promise<T>;
  user: { create(args: unknown): Promise<{ id: string }> };
  article: { create(args: unknown): Promise<{ id: string }> };
  claim: {
    create(args: unknown): Promise<{ id: string; version: number }>;
    updateMany(args: unknown): Promise<{ count: number }>;
    findUnique(args: unknown): Promise<unknown>;
  };
  event: { create(args: unknown): Promise<unknown> };
};

interface Target {
  label: string;
  version: string;
  db: AnyClient;
  userId: string;
  articleId: string;
  claimId: string;
  claimVersion: number;
}

const root = path.resolve(import.meta.dirname, "..");
const argv = process.argv.slice(2);
const option = (name: string, fallback?: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const ROUNDS = Number(option("rounds", "7"));
const OPS = Number(option("ops", "300"));
const CONCURRENT_CALLERS = 50;
const baselineRoot = option("baseline");

const PRAGMAS = ["PRAGMA journal_mode = WAL;", "PRAGMA synchronous = NORMAL;", "PRAGMA busy_timeout = 5000;", "PRAGMA foreign_keys = ON;"].join("\n");

/** Loads a generated client and the better-sqlite3 adapter installed beside it. */
async function loadClient(projectRoot: string, file: string): Promise<{ db: AnyClient; version: string }> {
  const requireThere = createRequire(path.join(projectRoot, "package.json"));
  const adapterModule = await import(pathToFileURL(requireThere.resolve("@prisma/adapter-better-sqlite3")).href);
  // 7.x names the class PrismaBetterSqlite3, 6.x PrismaBetterSQLite3.
  const Adapter = adapterModule.PrismaBetterSqlite3 ?? adapterModule.PrismaBetterSQLite3 ?? adapterModule.default?.PrismaBetterSqlite3 ?? adapterModule.default?.PrismaBetterSQLite3;
  const factory = new Adapter({ url: "file:" + file, timeout: 5000 });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    await adapter.executeScript(PRAGMAS);
    return adapter;
  };
  const clientModule = await import(pathToFileURL(path.join(projectRoot, "lib", "generated", "prisma", "client.ts")).href);
  const PrismaClient = clientModule.PrismaClient ?? clientModule.default?.PrismaClient;
  const version: string = requireThere("@prisma/client/package.json").version;
  return { db: new PrismaClient({ adapter: factory }) as AnyClient, version };
}

async function prepare(label: string, projectRoot: string, template: string, dir: string): Promise<Target> {
  const file = path.join(dir, `${label.replace(/\W+/g, "-")}.db`);
  copyFileSync(template, file);
  const { db, version } = await loadClient(projectRoot, file);
  const user = await db.user.create({ data: { email: `bench-${label}@example.test`, name: "Bench", passwordHash: "x", role: "editor" } });
  const text = "The minister said unemployment fell by 3 per cent last year. ".repeat(20);
  const article = await db.article.create({ data: { title: "Bench", doc: "{}", text, createdById: user.id } });
  const target: Target = { label, version, db, userId: user.id, articleId: article.id, claimId: "", claimVersion: 1 };
  const claim = await createClaimWithEvent(target, 0);
  target.claimId = claim.id;
  return target;
}

function createClaimWithEvent(t: Target, i: number) {
  return t.db.$transaction(async (tx) => {
    const claim = await tx.claim.create({
      data: { articleId: t.articleId, exact: "unemployment fell", prefix: "The minister said ", suffix: " by 3 per cent", start: 18 + (i % 50), end: 35 + (i % 50), createdById: t.userId, updatedById: t.userId },
    });
    await tx.event.create({ data: { type: "claim.created", actorId: t.userId, articleId: t.articleId, claimId: claim.id, targetType: "claim", targetId: claim.id, after: '{"verdict":"unchecked"}' } });
    return claim;
  });
}

async function versionedUpdate(t: Target, i: number) {
  const { count } = await t.db.claim.updateMany({
    where: { id: t.claimId, version: t.claimVersion },
    data: { verdict: i % 2 ? "verified" : "disputed", updatedById: t.userId, version: { increment: 1 } },
  });
  if (count !== 1) throw new Error("versioned update lost the race it cannot lose here");
  t.claimVersion++;
}

const findUnique = (t: Target) => t.db.claim.findUnique({ where: { id: t.claimId } });

/**
 * Mean microseconds per call over `ops` sequential awaited calls: wall-clock time, and the
 * process's CPU time (user + system). On a shared machine under load the CPU figure is the
 * steadier one: the calls run on this thread without waiting on anything else.
 */
async function timeSequential(ops: number, run: (i: number) => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < ops; i++) await run(i);
  const wall = Number(process.hrtime.bigint() - start) / 1000 / ops;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / ops };
}

/** Operations per second with CONCURRENT_CALLERS callers each running `each` transactions. */
async function timeConcurrent(t: Target, each: number): Promise<number> {
  const start = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: CONCURRENT_CALLERS }, async (_, c) => {
      for (let i = 0; i < each; i++) await createClaimWithEvent(t, c * each + i);
    }),
  );
  return (CONCURRENT_CALLERS * each) / (Number(process.hrtime.bigint() - start) / 1e9);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const METRICS = [
  ["create claim + event (interactive transaction), wall", "µs/op"],
  ["create claim + event (interactive transaction), CPU", "µs/op"],
  ["versioned update (updateMany id + version), wall", "µs/op"],
  ["versioned update (updateMany id + version), CPU", "µs/op"],
  ["findUnique by id, wall", "µs/op"],
  ["findUnique by id, CPU", "µs/op"],
  [`${CONCURRENT_CALLERS} concurrent callers of that transaction`, "ops/s"],
] as const;

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "factdesk-prisma-ops-"));
  try {
    const template = path.join(dir, "template.db");
    const deploy = spawnSync(process.execPath, [path.join(root, "scripts", "prisma.mjs"), "migrate", "deploy"], { cwd: root, encoding: "utf8", env: { ...process.env, DATABASE_URL: "file:" + template } });
    if (deploy.status !== 0) throw new Error("migrate deploy failed:\n" + deploy.stderr + deploy.stdout);

    const targets = [await prepare("current", root, template, dir)];
    if (baselineRoot) targets.push(await prepare("baseline", path.resolve(baselineRoot), template, dir));

    // Warm up: compile each query shape once (and JIT), as a running server would have.
    for (const t of targets) {
      await timeSequential(50, (i) => createClaimWithEvent(t, i));
      await timeSequential(50, (i) => versionedUpdate(t, i));
      await timeSequential(50, () => findUnique(t));
    }
    const samples = new Map(targets.map((t) => [t.label, METRICS.map(() => [] as number[])]));
    for (let round = 0; round < ROUNDS; round++) {
      // Alternate the order each round so neither client always runs first.
      const order = round % 2 ? [...targets].reverse() : targets;
      for (const t of order) {
        const s = samples.get(t.label)!;
        const create = await timeSequential(OPS, (i) => createClaimWithEvent(t, i));
        const update = await timeSequential(OPS, (i) => versionedUpdate(t, i));
        const find = await timeSequential(OPS, () => findUnique(t));
        [create.wall, create.cpu, update.wall, update.cpu, find.wall, find.cpu].forEach((v, i) => s[i].push(v));
        s[6].push(await timeConcurrent(t, Math.max(1, Math.round(OPS / CONCURRENT_CALLERS))));
      }
    }
    const results = targets.map((t) => ({
      label: t.label,
      prisma: t.version,
      medians: Object.fromEntries(METRICS.map(([name], i) => [name, Math.round(median(samples.get(t.label)![i]))])),
    }));
    for (const t of targets) await t.db.$disconnect();

    const header = ["Operation", ...results.map((r) => `Prisma ${r.prisma}`), ...(results.length > 1 ? ["ratio"] : [])];
    const lines = [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`];
    METRICS.forEach(([name, unit]) => {
      const values = results.map((r) => r.medians[name]);
      const ratio = values.length > 1 ? [(unit === "ops/s" ? values[0] / values[1] : values[1] / values[0]).toFixed(2) + "×"] : [];
      const cells = [name, ...values.map((v) => `${v.toLocaleString("en")} ${unit}`), ...ratio];
      lines.push(`| ${cells.join(" | ")} |`);
    });
    console.log(`\nMedian of ${ROUNDS} rounds of ${OPS} operations each (ratio > 1: the first column is faster); load average ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")} on ${os.cpus().length} cores.\n`);
    console.log(lines.join("\n"));
    mkdirSync(path.join(root, "bench", "results"), { recursive: true });
    writeFileSync(path.join(root, "bench", "results", "prisma-ops.json"), JSON.stringify({ date: new Date().toISOString(), node: process.version, loadavg: os.loadavg(), rounds: ROUNDS, ops: OPS, results }, null, 2) + "\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
