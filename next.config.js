// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Lets several dev servers (or a dev server and a test build) share one checkout.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // A test build may type-check the app alone (e.g. while tests elsewhere in a shared
  // checkout are mid-edit); the full check stays `npm run typecheck`.
  typescript: { tsconfigPath: process.env.NEXT_TSCONFIG_PATH || "tsconfig.json" },
  reactStrictMode: true,
  // Native or file-reading packages stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg", "pdfkit", "pdf-parse", "pdfjs-dist"],
  async headers() {
    // The policy module is an ES module shared with proxy.ts; this file stays CommonJS.
    // The same list the production server's API lane sets (lib/http/api-lane.ts).
    const { securityHeaders } = await import("./lib/auth/content-security-policy.mjs");
    const headers = securityHeaders();
    return [
      // Public fact-check pages and embeds (issue 13) set their own, stricter headers: no
      // script at all, a per-page style hash, embeds frameable by any origin (lib/publish/http.ts).
      { source: "/", headers },
      { source: "/:path((?!fact-checks/|embed/).*)", headers },
      // Archived pages (issue 14): a later rule with the same keys replaces the app's CSP and
      // framing rule, so Factdesk's archive viewer can frame the copy while the copy itself
      // runs sandboxed (see lib/web/archive-headers.ts, which the route sets as well).
      {
        source: "/api/archives/:id/raw",
        headers: [
          { key: "Content-Security-Policy", value: "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'" },
          { key: "X-Frame-Options", value: "SAMEORIGIN" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
