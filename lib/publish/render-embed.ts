import { escapeHtml as e } from "@/lib/export/escape";
import { claimPageUrl } from "./claimreview";
import { factCheckPath } from "./base-url";
import { PUBLIC_PAGE_CSS, pageStyle, publicPageCsp } from "./page-style";
import { ratingBadge } from "./rating-badge";
import type { RenderedPublicPage } from "./render-page";
import type { PublishedClaim, PublishedFactCheck } from "./snapshot";

const EMBED_CSS = `.wrap{padding:.75rem 1rem;max-width:none}.card{border:1px solid var(--line);border-radius:.5rem;padding:.75rem 1rem;margin:0 0 .5rem}.card h1{font-size:1.05rem;margin:0 0 .25rem}.by{font-size:.85rem;color:var(--muted);margin:.25rem 0 0}body{font-size:15px}`;

/**
 * A claim card for other sites' stories (in an iframe). Framing by any origin is allowed
 * (frame-ancestors *) and nothing on it runs script; links open the full page in a new tab.
 */
export function renderEmbedCard(page: PublishedFactCheck, claims: PublishedClaim[]): RenderedPublicPage {
  const css = pageStyle(claims.map((c) => c.rating)) + EMBED_CSS;
  const cards = claims
    .map((c) => {
      const url = claimPageUrl(page.baseUrl, page.slug, c.number);
      return `<article class="card" aria-labelledby="c${c.number}"><h1 id="c${c.number}" dir="auto"><a href="${e(url)}" target="_blank" rel="noopener">${e(c.claimReviewed)}</a></h1>${ratingBadge(c.rating)}${c.claimant ? `<p class="by" dir="auto">Claim by ${e(c.claimant)}</p>` : ""}</article>`;
    })
    .join("");
  const html = `<!doctype html>
<html lang="${e(page.lang ?? "en")}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${e(`Fact-check: ${page.title}`)} · ${e(page.organisation.name)}</title>
<link rel="canonical" href="${e(page.baseUrl + factCheckPath(page.slug))}">
<style>${css}</style></head>
<body><main class="wrap">${cards}<p class="by">Fact-check by <a href="${e(page.baseUrl + factCheckPath(page.slug))}" target="_blank" rel="noopener">${e(page.organisation.name)}</a></p></main></body></html>
`;
  return { html, csp: publicPageCsp(css, "*") };
}

export function renderEmbedGone(message: string): RenderedPublicPage {
  const css = PUBLIC_PAGE_CSS + EMBED_CSS;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fact-check unavailable</title><style>${css}</style></head><body><main class="wrap"><p class="card">${e(message)}</p></main></body></html>`;
  return { html, csp: publicPageCsp(css, "*") };
}

/** Pixel size an oEmbed consumer reserves for the iframe. */
export function embedSize(claimCount: number): { width: number; height: number } {
  return { width: 560, height: Math.min(900, 70 + 150 * claimCount) };
}
