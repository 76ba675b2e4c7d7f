#!/usr/bin/env node
// Stands in for Prisma's native schema-engine binary, which the Prisma 7 CLI downloads on
// first use and these machines cannot fetch. scripts/prisma.mjs points
// PRISMA_SCHEMA_ENGINE_BINARY here. The CLI starts this program with the binary's arguments
// (`--datamodels <file>`..., `--datasource <json>`) and speaks line-delimited JSON-RPC on
// stdin/stdout; each call is run by @prisma/schema-engine-wasm (the same engine compiled to
// WebAssembly) through the better-sqlite3 driver adapter, or the pg one for a postgresql://
// URL (issue 12). See README, "Migrations".
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import readline from "node:readline";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import Database from "better-sqlite3";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as engineGlue from "@prisma/schema-engine-wasm/schema_engine_bg";

const require = createRequire(import.meta.url);
const WASM_PACKAGE = path.dirname(require.resolve("@prisma/schema-engine-wasm")); // package.json is not exported
const WASM_VERSION = JSON.parse(readFileSync(path.join(WASM_PACKAGE, "package.json"), "utf8")).version;

// The CLI names some calls differently from the WebAssembly engine's methods.
const METHOD_ALIASES = { getDatabaseVersion: "version" };

function parseArgs(argv) {
  const args = { datamodels: [], datasource: undefined, version: false, cli: undefined };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === "--datamodels") args.datamodels.push(argv[++i]);
    else if (flag === "--datasource") args.datasource = JSON.parse(argv[++i]);
    else if (flag === "--version" || flag === "-V") args.version = true;
    else if (flag === "cli") args.cli = argv[++i];
    // --enabled-preview-features and --extension-types do not apply to SQLite: ignored.
    else if (flag === "--enabled-preview-features" || flag === "--extension-types") i++;
  }
  return args;
}

/** The package's own entry instantiates the module through a bundler import; do it by hand. */
function loadEngineClass() {
  const bytes = readFileSync(path.join(WASM_PACKAGE, "schema_engine_bg.wasm"));
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), { "./schema_engine_bg.js": engineGlue });
  engineGlue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return engineGlue.SchemaEngine;
}

/**
 * `migrate diff --from-migrations` replays each migration file into an in-memory shadow
 * database with one parameterless `executeRaw` call, which better-sqlite3 refuses for more
 * than one statement (P3006, "External error"). On the shadow database such calls are
 * whole scripts, so run them with `executeScript` (better-sqlite3's `exec`).
 */
class ScriptSafeShadowSqlite3 extends PrismaBetterSqlite3 {
  async connectToShadowDb() {
    const shadow = await super.connectToShadowDb();
    const executeRaw = shadow.executeRaw.bind(shadow);
    shadow.executeRaw = async (query) => {
      if (query.args.length > 0) return executeRaw(query);
      await shadow.executeScript(query.sql);
      return 0;
    };
    return shadow;
  }
}

const isPostgresUrl = (url) => /^postgres(ql)?:\/\//i.test(url ?? "");

/**
 * pg connection fields from a URL. Fields, not `connectionString`: the adapter's shadow
 * database is `{ ...config, database }`, and pg lets a connection string win over `database`,
 * so with a string the "shadow" database would be the main one.
 */
function pgConfig(url) {
  const u = new URL(url);
  const params = u.searchParams;
  return {
    host: params.get("host") ?? (decodeURIComponent(u.hostname) || "localhost"),
    port: Number(u.port || params.get("port") || 5432),
    user: decodeURIComponent(u.username || "") || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: decodeURIComponent(u.pathname.replace(/^\//, "")) || "postgres",
    ...(params.get("sslmode") && params.get("sslmode") !== "disable" ? { ssl: { rejectUnauthorized: params.get("sslmode") === "verify-full" } } : {}),
  };
}

/**
 * The engine reads catalog columns of type "char" (oid 18, e.g. pg_constraint.contype),
 * which adapter-pg 7.10 refuses ("UnsupportedNativeDataType"); pg hands them over as strings,
 * so report them as text. Patched on the queryable class both the adapter and its
 * transactions inherit from.
 */
function reportCharAsText(adapter) {
  let proto = Object.getPrototypeOf(adapter);
  while (proto && !Object.hasOwn(proto, "performIO")) proto = Object.getPrototypeOf(proto);
  if (!proto || proto.__factdeskCharAsText) return;
  const performIO = proto.performIO;
  proto.performIO = async function (query) {
    const result = await performIO.call(this, query);
    for (const field of result.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25;
    return result;
  };
  proto.__factdeskCharAsText = true;
}

/**
 * adapter-pg 7.10 runs a script by splitting it on every ";", which cuts PL/pgSQL function
 * bodies (and comments) apart. pg's simple query protocol takes a whole script in one call,
 * run as one implicit transaction, so a migration applies entirely or not at all.
 */
function wholeScripts(adapter) {
  adapter.executeScript = async (script) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  reportCharAsText(adapter);
  return adapter;
}

class CharSafePg extends PrismaPg {
  async connect() {
    return wholeScripts(await super.connect());
  }
  /**
   * A scratch database for `migrate diff --from-migrations`. adapter-pg's own drops the
   * database while its pool still holds a connection ("being accessed by other users"):
   * close the pool first, then drop.
   */
  async connectToShadowDb() {
    const main = await super.connect();
    const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
    await main.underlyingDriver().query(`CREATE DATABASE "${database}"`);
    const pool = new pg.Pool({ ...this.config, database });
    const Adapter = main.constructor;
    return wholeScripts(
      new Adapter(pool, undefined, async () => {
        await pool.end();
        await main.underlyingDriver().query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
        await main.dispose();
      }),
    );
  }
}

function adapterFactory(datasource) {
  const url = datasource?.url ?? process.env.DATABASE_URL;
  if (!url) throw new Error("No database URL: set DATABASE_URL (scripts/prisma.mjs does) or datasource.url in prisma.config.ts.");
  if (isPostgresUrl(url)) {
    const options = datasource?.shadowDatabaseUrl ? { shadowDatabaseUrl: datasource.shadowDatabaseUrl } : undefined;
    return bindMigrationAwareSqlAdapterFactory(new CharSafePg(pgConfig(url)), options);
  }
  if (!/^file:/.test(url)) throw new Error(`This schema engine stand-in serves SQLite (file:) and PostgreSQL (postgresql://) URLs.`);
  const options = datasource?.shadowDatabaseUrl ? { shadowDatabaseUrl: datasource.shadowDatabaseUrl } : undefined;
  return bindMigrationAwareSqlAdapterFactory(new ScriptSafeShadowSqlite3({ url, timeout: 5000 }, options));
}

function log(level, message) {
  process.stderr.write(JSON.stringify({ timestamp: new Date().toISOString(), level, fields: { message }, target: "schema_engine_wasm_shim" }) + "\n");
}

/** Turns an engine or driver failure into the error object the native binary sends. */
function rpcError(error, errorRegistry) {
  const message = String(error?.message ?? error);
  if (error instanceof WebAssembly.RuntimeError || /^RuntimeError|unreachable/.test(message)) {
    return { code: 4466, message: "An error happened. Check the data field for details.", data: { is_panic: true, message, error: { message }, backtrace: error?.stack } };
  }
  let detail = message;
  const external = /External error id#(\d+)/.exec(message);
  const record = external ? errorRegistry.consumeError(Number(external[1])) : undefined;
  if (record) detail += `\n${describeDriverError(record.error)}`;
  if (error?.cause) detail += `\nCaused by: ${String(error.cause?.message ?? error.cause)}`;
  return { code: 4466, message: "An error happened. Check the data field for details.", data: { is_panic: false, message: detail, error_code: error?.code, meta: error?.meta ?? {} } };
}

function describeDriverError(error) {
  if (error && typeof error === "object" && "kind" in error) return `Driver error: ${JSON.stringify(error)}`;
  return `Driver error: ${String(error?.message ?? error)}`;
}

/** The file behind a `file:` URL, relative to the working directory like the native engine. */
function sqliteFile(datasource) {
  const url = datasource?.url ?? process.env.DATABASE_URL ?? "";
  return path.resolve(url.replace(/^file:/, "").replace(/\?.*$/, ""));
}

/**
 * `schema-engine --datasource <json> cli <command>`: the one-shot commands the CLI runs
 * before `migrate deploy` and friends. It reads failures from stderr as JSON lines after the
 * first line, and success from the exit code.
 */
async function runCliCommand(command, datasource) {
  const url = datasource?.url ?? process.env.DATABASE_URL ?? "";
  if (isPostgresUrl(url)) return runPgCliCommand(command, url);
  const file = sqliteFile(datasource);
  const fail = (errorCode, message) => {
    process.stderr.write("schema-engine (wasm stand-in)\n");
    process.stderr.write(JSON.stringify({ level: "ERROR", target: "schema_engine::logger", fields: { error_code: errorCode, message } }) + "\n");
    process.exit(1);
  };
  switch (command) {
    case "can-connect-to-database":
      if (!existsSync(file)) fail("P1003", `Database \`${path.basename(file)}\` does not exist at \`${file}\``);
      return;
    case "create-database":
      mkdirSync(path.dirname(file), { recursive: true });
      new Database(file).close();
      return;
    case "drop-database":
      for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
      return;
    default:
      fail("P1000", `Unknown schema engine command: cli ${command}`);
  }
}

async function runPgCliCommand(command, url) {
  const fail = (errorCode, message) => {
    process.stderr.write("schema-engine (wasm stand-in)\n");
    process.stderr.write(JSON.stringify({ level: "ERROR", target: "schema_engine::logger", fields: { error_code: errorCode, message } }) + "\n");
    process.exit(1);
  };
  const config = pgConfig(url);
  const run = async (database, sql) => {
    const client = new pg.Client({ ...config, database });
    await client.connect();
    try {
      return await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const quoted = '"' + config.database.replace(/"/g, '""') + '"';
  try {
    switch (command) {
      case "can-connect-to-database":
        await run(config.database, "SELECT 1");
        return;
      case "create-database": {
        const exists = await run("postgres", { text: "SELECT 1 FROM pg_database WHERE datname = $1", values: [config.database] });
        if (exists.rowCount === 0) await run("postgres", `CREATE DATABASE ${quoted}`);
        return;
      }
      case "drop-database":
        await run("postgres", `DROP DATABASE IF EXISTS ${quoted}`);
        return;
      default:
        fail("P1000", `Unknown schema engine command: cli ${command}`);
    }
  } catch (error) {
    if (error?.code === "3D000") fail("P1003", `Database \`${config.database}\` does not exist`);
    fail("P1001", `Can't reach database server: ${String(error?.message ?? error)}`);
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.version) {
    console.log(`schema-engine-cli ${WASM_VERSION.split(".").pop()} (@prisma/schema-engine-wasm ${WASM_VERSION} via scripts/schema-engine.mjs)`);
    return;
  }
  if (args.cli) return await runCliCommand(args.cli, args.datasource);
  const datamodels = args.datamodels.map((file) => [file, readFileSync(file, "utf8")]);
  const factory = adapterFactory(args.datasource);
  const SchemaEngine = loadEngineClass();
  // The engine logs JSON lines already, in the format the CLI reads on the binary's stderr.
  const engineLog = (line) => process.stderr.write(String(line).replace(/\n?$/, "\n"));
  const engine = await SchemaEngine.new({ datamodels: datamodels.length ? datamodels : undefined }, engineLog, factory);

  let nextPrintId = 1_000_000;
  const send = (message) => process.stdout.write(JSON.stringify(message) + "\n");
  let current;
  // A request the engine cannot deserialise throws outside the call's promise.
  // The engine object is unusable afterwards, so answer and stop, as a crashed binary would.
  process.on("uncaughtException", (error) => {
    log("ERROR", String(error?.message ?? error));
    if (current !== undefined) send({ jsonrpc: "2.0", id: current.id, error: rpcError(error, factory.errorRegistry) });
    process.stdout.write("", () => process.exit(1));
  });
  const handle = async (request) => {
    current = { id: request.id };
    await call(request);
    current = undefined;
  };
  const call = async (request) => {
    const name = METHOD_ALIASES[request.method] ?? request.method;
    if (typeof engine[name] !== "function") {
      send({ jsonrpc: "2.0", id: request.id, error: { code: -32601, message: `Method not found: ${request.method}` } });
      return;
    }
    try {
      const result = await engine[name](request.params ?? {});
      // The native engine prints `migrate diff` output through a "print" request to the CLI.
      if (name === "diff" && result && typeof result.stdout === "string") {
        send({ jsonrpc: "2.0", id: nextPrintId++, method: "print", params: { content: result.stdout.replace(/\n$/, "") } });
      }
      send({ jsonrpc: "2.0", id: request.id, result: result ?? {} });
    } catch (error) {
      log("ERROR", String(error?.message ?? error));
      send({ jsonrpc: "2.0", id: request.id, error: rpcError(error, factory.errorRegistry) });
    }
  };

  // One call at a time, in order, like the native engine.
  let queue = Promise.resolve();
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (line.trim() === "") return;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      log("ERROR", `Not JSON: ${line.slice(0, 200)}`);
      return;
    }
    if (message.method === undefined) return; // the CLI's answer to a "print" request
    queue = queue.then(() => handle(message));
  });
  lines.on("close", () => {
    queue.then(() => process.exit(0));
  });
}

main().catch((error) => {
  log("ERROR", String(error?.stack ?? error));
  process.exit(1);
});
