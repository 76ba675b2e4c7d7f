/** Types for content-security-policy.mjs (shared with next.config.js, which cannot load TypeScript). */
export declare function pageContentSecurityPolicy(nonce: string): string;
export declare const STATIC_CONTENT_SECURITY_POLICY: string;
export declare function securityHeaders(csp?: string): { key: string; value: string }[];
