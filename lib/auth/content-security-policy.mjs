// @ts-check
/**
 * Factdesk's Content-Security-Policy, in one place. Plain JavaScript (ES module) so that
 * both next.config.js (which cannot load TypeScript) and proxy.ts read the same directives;
 * types are in content-security-policy.d.mts.
 *
 * Everything is same-origin only and the app cannot be framed. Styles keep 'unsafe-inline'
 * (the editor positions menus and highlights with style attributes).
 */

/** @param {string} scriptSrc */
function policy(scriptSrc) {
  return [
    "default-src 'self'",
    scriptSrc,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * The policy of Factdesk's pages (set per request by proxy.ts). Scripts run only with this
 * response's nonce; 'strict-dynamic' lets those scripts load Next.js's chunks, and nothing
 * else: an injected inline script or a <script src> without the nonce is refused.
 * @param {string} nonce
 * @returns {string}
 */
export function pageContentSecurityPolicy(nonce) {
  return policy(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
}

/**
 * The static policy for everything the proxy does not answer (API responses, files): the
 * same directives, with no inline script at all (next.config.js sets it as a header).
 */
export const STATIC_CONTENT_SECURITY_POLICY = policy("script-src 'self'");

/**
 * The headers every answer outside the pages carries (next.config.js sets them on Next.js's
 * answers; the production server's API lane, lib/http/api-lane.ts, on its own).
 * @param {string} [csp]
 * @returns {{ key: string, value: string }[]}
 */
export function securityHeaders(csp = STATIC_CONTENT_SECURITY_POLICY) {
  return [
    // Pages get a stricter, per-request policy with a script nonce from proxy.ts (its header
    // replaces this one); this static policy covers API answers and files, where no inline
    // script may run either.
    { key: "Content-Security-Policy", value: csp },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ];
}
