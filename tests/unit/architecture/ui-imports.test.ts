import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The UI takes its types from lib/contracts, never from lib/server (issue 16, item 6).
 *
 * Checked: every client module — a file under app/ that starts with "use client", every file
 * under lib/editor, and every file they import, followed through relative and "@/" imports —
 * must not import "@/lib/server/…" (not even `import type`) nor "@/lib/data/…".
 *
 * Not checked, on purpose: server components (pages and layouts without "use client") and
 * route handlers. In this app a server page calls its use case directly to render the first
 * paint (e.g. app/articles/[id]/page.tsx calls getArticle) instead of fetching its own API;
 * that runs on the server only, goes through the same use case and authorisation as the API,
 * and is kept. What such a page hands to a client component is typed by lib/contracts.
 */
const ROOT = path.resolve(__dirname, "../../..");
const FORBIDDEN = /^@\/lib\/(server|data)(\/|$)/;
const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[^"';]*?\s+from\s+)?["']([^"']+)["']/g;
const DYNAMIC = /import\(\s*["']([^"']+)["']\s*\)/g;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return walk(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const source = readFileSync(file, "utf8");
  return [...source.matchAll(IMPORT), ...source.matchAll(DYNAMIC)].map((m) => m[1]);
}

function resolveLocal(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = path.join(ROOT, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(from), spec);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const isClientComponent = (file: string) => /^\s*(\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*["']use client["']/.test(readFileSync(file, "utf8"));

function clientViolations(): string[] {
  const roots = [...walk(path.join(ROOT, "app")).filter(isClientComponent), ...walk(path.join(ROOT, "lib/editor"))];
  const seen = new Set<string>();
  const via = new Map<string, string>();
  const queue = [...roots];
  const violations: string[] = [];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of importsOf(file)) {
      const rel = path.relative(ROOT, file);
      if (FORBIDDEN.test(spec)) {
        violations.push(`${rel} imports ${spec}${via.has(file) ? ` (reached from ${via.get(file)})` : ""}`);
        continue;
      }
      const target = resolveLocal(file, spec);
      if (target && !seen.has(target)) {
        if (!via.has(target)) via.set(target, via.get(file) ?? rel);
        queue.push(target);
      }
    }
  }
  return violations;
}

describe("UI imports (issue 16: contracts in one registry)", () => {
  it("finds the client modules it checks", () => {
    const clients = walk(path.join(ROOT, "app")).filter(isClientComponent);
    expect(clients.length).toBeGreaterThan(20);
  });

  it("no client component, nor anything it imports, nor lib/editor imports lib/server or lib/data", () => {
    expect(clientViolations()).toEqual([]);
  });

  it("fails on a client module that imports a use case's type (the check can fail)", () => {
    const spec = '"use client";\nimport type { ClaimView } from "@/lib/server/support/claim-view";\n';
    expect(isClientComponent.call(null, writeTemp(spec))).toBe(true);
    expect([...spec.matchAll(IMPORT)].map((m) => m[1]).filter((s) => FORBIDDEN.test(s))).toEqual(["@/lib/server/support/claim-view"]);
  });
});

function writeTemp(text: string): string {
  const file = path.join(require("node:os").tmpdir(), `ui-imports-${process.pid}.tsx`);
  require("node:fs").writeFileSync(file, text);
  return file;
}
