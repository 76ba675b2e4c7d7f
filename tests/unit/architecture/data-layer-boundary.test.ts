import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The data-layer boundary (issue 16): only lib/data touches the database. No file of the app
 * (app/, lib/, components/, the root's proxy.ts ...) outside lib/data may import
 *   - the Prisma client or engine (`@prisma/*`) or the generated client (`@/lib/generated/*`),
 *   - better-sqlite3,
 *   - the raw handle `@/lib/data/client` (use cases get a handle from `withDb` in
 *     lib/data/handle.ts or from `writeTransaction`, and pass it to lib/data/<aggregate>.ts),
 *   - the SQLite implementation `@/lib/data/sqlite/*` (a second database is one more folder
 *     beside it; only lib/data chooses between them).
 * nor call the client itself: a model delegate (`tx.claim.update(…)`, `db.user.findMany(…)`) or
 * `$queryRaw`/`$executeRaw`/`$transaction`, even on a handle it was given.
 * tests/, bench/, scripts/ and prisma/ (seeds) may use them and are not scanned.
 */

const ROOT = path.resolve(import.meta.dirname, "../../..");
const SCANNED_DIRS = ["app", "lib", "components"];
/** Root files that are tooling, not the app. */
const ROOT_TOOLING = new Set(["prisma.config.ts", "playwright.config.ts", "vitest.config.mts", "next.config.js", "postcss.config.mjs", "next-env.d.ts"]);
/** The layer itself, and the generated client it wraps. */
const ALLOWED_PREFIXES = ["lib/data/", "lib/generated/"];

/**
 * Being moved, issue 16: files that still reach the database directly. This list only
 * shrinks: remove a file once it goes through lib/data (the test below fails while a listed
 * file no longer offends). Never add a file to it; move the access into lib/data instead.
 */
const KNOWN_OFFENDERS: readonly string[] = [];

/** The length of KNOWN_OFFENDERS when it was committed; only ever lower it. */
const KNOWN_OFFENDERS_CEILING = 0;

const SOURCE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
const IMPORT_SPECIFIERS = [
  /\bfrom\s*["']([^"']+)["']/g, // import … from "x", export … from "x"
  /\bimport\s*["']([^"']+)["']/g, // import "x"
  /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g, // import("x"), also in type positions
  /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g, // require("x")
];

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(path.join(ROOT, dir));
  } catch {
    return out; // components/ may not exist
  }
  for (const name of entries) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    const rel = path.posix.join(dir, name);
    if (statSync(path.join(ROOT, rel)).isDirectory()) out.push(...sourceFiles(rel));
    else if (SOURCE.test(name)) out.push(rel);
  }
  return out;
}

/** The repository path an import points at ("lib/data/client"), or the package name. */
function target(file: string, specifier: string): string {
  if (specifier.startsWith("@/")) return specifier.slice(2);
  if (specifier.startsWith(".")) return path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
  return specifier;
}

function forbidden(to: string): boolean {
  const bare = to.replace(/\.(ts|tsx|js|mjs)$/, "");
  return (
    to.startsWith("@prisma/") ||
    to === "better-sqlite3" ||
    bare === "lib/generated" ||
    bare.startsWith("lib/generated/") ||
    bare === "lib/data/client" ||
    bare === "lib/data/sqlite" ||
    bare.startsWith("lib/data/sqlite/")
  );
}

/** The client's model delegates, from the schema: `model ClaimSource` → `claimSource`. */
const MODELS = [...readFileSync(path.join(ROOT, "prisma/schema.prisma"), "utf8").matchAll(/^model\s+(\w+)\s*\{/gm)].map((m) => m[1][0].toLowerCase() + m[1].slice(1));
const OPERATIONS = "findUnique|findUniqueOrThrow|findFirst|findFirstOrThrow|findMany|create|createMany|createManyAndReturn|update|updateMany|updateManyAndReturn|upsert|delete|deleteMany|count|aggregate|groupBy";
const CLIENT_CALL = new RegExp(`\\.\\s*(${MODELS.join("|")})\\s*\\.\\s*(${OPERATIONS})\\s*\\(|\\$(queryRaw|queryRawUnsafe|executeRaw|executeRawUnsafe|transaction)\\b`, "g");

/** What in this source reaches the database directly: forbidden imports and client calls. */
export function offendingUses(file: string, text = readFileSync(path.join(ROOT, file), "utf8")): string[] {
  const found = new Set<string>();
  for (const pattern of IMPORT_SPECIFIERS) {
    for (const match of text.matchAll(pattern)) {
      if (forbidden(target(file, match[1]))) found.add(match[1]);
    }
  }
  for (const match of text.matchAll(CLIENT_CALL)) found.add(match[3] ? `$${match[3]}` : `.${match[1]}.${match[2]}()`);
  return [...found];
}

function scannedFiles(): string[] {
  const rootFiles = readdirSync(ROOT).filter((name) => SOURCE.test(name) && !ROOT_TOOLING.has(name) && statSync(path.join(ROOT, name)).isFile());
  return [...rootFiles, ...SCANNED_DIRS.flatMap(sourceFiles)].filter((file) => !ALLOWED_PREFIXES.some((prefix) => file.startsWith(prefix)));
}

function offenders(): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const file of scannedFiles()) {
    const imports = offendingUses(file);
    if (imports.length > 0) result.set(file, imports);
  }
  return result;
}

describe("data-layer boundary (issue 16)", () => {
  const found = offenders();

  it("scans the app's source", () => {
    // Guards against the scan silently finding nothing (a moved folder, a wrong root).
    expect(scannedFiles().length).toBeGreaterThan(100);
    expect(scannedFiles()).toContain("lib/server/search-all.ts");
  });

  it("no file outside lib/data imports Prisma, the generated client, better-sqlite3, the raw handle or the SQLite implementation, or calls the client", () => {
    const unexpected = [...found].filter(([file]) => !KNOWN_OFFENDERS.includes(file)).map(([file, imports]) => `${file}: ${imports.join(", ")}`);
    if (unexpected.length > 0) console.error(`Files reaching the database outside lib/data:\n  ${unexpected.join("\n  ")}`);
    expect(unexpected, "move these imports into a store in lib/data/<aggregate>.ts").toEqual([]);
  });

  it("the list of files still being moved only holds files that still offend, and only shrinks", () => {
    const cleared = KNOWN_OFFENDERS.filter((file) => !found.has(file));
    if (cleared.length > 0) console.error(`No longer reaching the database directly; remove from KNOWN_OFFENDERS:\n  ${cleared.join("\n  ")}`);
    expect(cleared, "remove these from KNOWN_OFFENDERS").toEqual([]);
    expect(new Set(KNOWN_OFFENDERS).size).toBe(KNOWN_OFFENDERS.length);
    expect(KNOWN_OFFENDERS.length).toBeLessThanOrEqual(KNOWN_OFFENDERS_CEILING);
  });

  it("recognises every forbidden form of import", () => {
    expect(forbidden(target("lib/server/x.ts", "@prisma/client"))).toBe(true);
    expect(forbidden(target("lib/server/x.ts", "@prisma/adapter-better-sqlite3"))).toBe(true);
    expect(forbidden(target("lib/server/x.ts", "better-sqlite3"))).toBe(true);
    expect(forbidden(target("lib/server/x.ts", "@/lib/generated/prisma/client"))).toBe(true);
    expect(forbidden(target("lib/server/x.ts", "@/lib/data/client"))).toBe(true);
    expect(forbidden(target("lib/server/x.ts", "../data/client"))).toBe(true);
    expect(forbidden(target("lib/server/support/x.ts", "../../generated/prisma/client"))).toBe(true);
    expect(forbidden(target("lib/auth/x.ts", "@/lib/data/sqlite/read-connection"))).toBe(true);
    expect(forbidden(target("lib/server/x.ts", "@/lib/data/users"))).toBe(false);
    expect(forbidden(target("lib/server/x.ts", "@/lib/data/handle"))).toBe(false);
    expect(forbidden(target("lib/server/x.ts", "better-sqlite3-helper"))).toBe(false);
  });

  it("recognises calls on a handle", () => {
    expect(MODELS).toContain("claimSource");
    expect(offendingUses("lib/server/x.ts", "await tx.claimSource.findMany({ where })")).toEqual([".claimSource.findMany()"]);
    expect(offendingUses("lib/server/x.ts", "await db.user\n  .update({})")).toEqual([".user.update()"]);
    expect(offendingUses("lib/server/x.ts", "await client.$queryRawUnsafe(sql)")).toEqual(["$queryRawUnsafe"]);
    expect(offendingUses("lib/server/x.ts", "await db.$transaction(work)")).toEqual(["$transaction"]);
    expect(offendingUses("lib/server/x.ts", "await insertComment(tx, { claimId }); store.leave(a, b)")).toEqual([]);
  });
});
