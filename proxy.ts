import { NextResponse, type NextRequest } from "next/server";
import { pageContentSecurityPolicy } from "@/lib/auth/content-security-policy.mjs";

/**
 * Gives every page response a fresh CSP nonce (Next.js reads it from the request's
 * Content-Security-Policy header and puts it on its own scripts). This proxy does no
 * authorisation: every use case checks permissions itself. Pages become dynamically
 * rendered, since a nonce must differ per response (app/layout.tsx opts in explicitly).
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = pageContentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // Pages only: API answers, static files and the public fact-check pages (which set their
  // own script-free policy) keep the static headers from next.config.js.
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico|fact-checks/|embed/|sitemap.xml).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
