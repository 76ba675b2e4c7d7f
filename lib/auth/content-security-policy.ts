/**
 * The Content-Security-Policy of Factdesk's pages. Scripts run only with this response's
 * nonce; 'strict-dynamic' lets those scripts load Next.js's chunks, and nothing else:
 * an injected inline script or a <script src> without the nonce is refused. Styles keep
 * 'unsafe-inline' (the editor positions menus and highlights with style attributes).
 */
export function pageContentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
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
