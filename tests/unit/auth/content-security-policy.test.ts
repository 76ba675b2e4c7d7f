import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { pageContentSecurityPolicy, STATIC_CONTENT_SECURITY_POLICY } from "@/lib/auth/content-security-policy.mjs";

const directives = (policy: string) => new Map(policy.split(";").map((d) => d.trim()).map((d) => [d.split(" ")[0], d]));

describe("Content-Security-Policy: one source for pages (proxy.ts) and everything else (next.config.js)", () => {
  it("next.config.js sets the static policy from the shared module on every app path", async () => {
    const config = createRequire(import.meta.url)("../../../next.config.js") as { headers(): Promise<{ source: string; headers: { key: string; value: string }[] }[]> };
    const rules = await config.headers();
    for (const source of ["/", "/:path((?!fact-checks/|embed/).*)"]) {
      const rule = rules.find((r) => r.source === source);
      expect(rule?.headers.find((h) => h.key === "Content-Security-Policy")?.value, source).toBe(STATIC_CONTENT_SECURITY_POLICY);
    }
  });

  it("the page policy differs from the static one only in script-src (a nonce and 'strict-dynamic', never 'unsafe-inline')", () => {
    const page = directives(pageContentSecurityPolicy("abc123"));
    const fixed = directives(STATIC_CONTENT_SECURITY_POLICY);
    expect([...page.keys()]).toEqual([...fixed.keys()]);
    for (const [name, value] of fixed) if (name !== "script-src") expect(page.get(name)).toBe(value);
    expect(page.get("script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(fixed.get("script-src")).toBe("script-src 'self'");
    expect(fixed.get("frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(fixed.get("object-src")).toBe("object-src 'none'");
  });
});
