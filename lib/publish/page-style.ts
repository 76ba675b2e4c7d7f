import { createHash } from "node:crypto";

/**
 * The public pages' one stylesheet, inline so a page is a single response. The CSP allows
 * exactly this text by its hash: no other style and no script can run on a public page.
 */
export const PUBLIC_PAGE_CSS = `
:root{color-scheme:light;--ink:#0f172a;--muted:#475569;--line:#cbd5e1;--link:#1d4ed8;--bg:#fff}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:17px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
a{color:var(--link)}
a:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem}
.skip:focus{left:1rem}
.wrap{max-width:46rem;margin:0 auto;padding:1.5rem 1rem 3rem}
.org{display:flex;align-items:center;gap:.75rem;border-bottom:1px solid var(--line);padding-bottom:.75rem;margin-bottom:1.5rem;font-weight:600}
.org img{max-height:40px;width:auto}
h1{font-size:1.9rem;line-height:1.25;margin:.25rem 0 .5rem}
h2{font-size:1.3rem;line-height:1.3;margin:0 0 .5rem}
h3{font-size:1rem;margin:1rem 0 .25rem}
.meta{color:var(--muted);font-size:.95rem;margin:0 0 .5rem}
.claims{list-style:none;padding:0;margin:1.5rem 0}
.claim{border:1px solid var(--line);border-radius:.5rem;padding:1rem 1.25rem;margin:0 0 1.25rem;scroll-margin-top:1rem}
.claim:target{border-color:#1d4ed8;box-shadow:0 0 0 2px #1d4ed8}
.rating{display:flex;align-items:center;gap:.6rem;margin:.25rem 0 .75rem;font-weight:700}
.rating-letter{display:inline-flex;align-items:center;justify-content:center;min-width:2rem;height:2rem;padding:0 .25rem;border-radius:.35rem;background:#fff;color:var(--ink);font-size:.95rem}
.rating-desc{font-weight:400;color:var(--muted)}
blockquote{margin:.5rem 0;padding:.5rem .9rem;border-inline-start:4px solid var(--line);color:var(--muted)}
blockquote mark{background:#fef08a;color:var(--ink);padding:0 .1em}
figure{margin:0}
figcaption{font-size:.9rem;color:var(--muted)}
.sources{padding-inline-start:1.2rem}
.sources li{margin:.25rem 0}
.stance{font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.claim-links{font-size:.9rem;margin-top:.75rem}
.corrections li{margin:.5rem 0}
footer{border-top:1px solid var(--line);margin-top:2rem;padding-top:1rem;color:var(--muted);font-size:.9rem}
.notice{border:1px solid var(--line);border-radius:.5rem;padding:1rem 1.25rem}
@media print{.skip,.claim-links,nav{display:none}.claim{break-inside:avoid;border-color:#999}a[href^="http"]::after{content:" (" attr(href) ")";font-size:.8em;color:#333}body{font-size:11pt}}
`.replace(/\n/g, "");

/** The class that draws a rating's colour; keys are [a-z0-9_], so safe in a selector. */
export function ratingClass(key: string): string {
  return `rating-${key.replace(/[^a-z0-9_]/g, "_")}`;
}

/** The stylesheet of one page: the shared rules plus a ring colour per rating it shows. */
export function pageStyle(ratings: readonly { key: string; color: string }[]): string {
  const seen = new Map(ratings.map((r) => [r.key, r.color]));
  const colours = [...seen].map(([key, color]) => (/^#[0-9a-f]{6}$/i.test(color) ? `.${ratingClass(key)}{box-shadow:inset 0 0 0 3px ${color}}` : "")).join("");
  return PUBLIC_PAGE_CSS + colours;
}

/** CSP for public pages: no script at all, only this page's stylesheet (by hash), images from the web (the logo). */
export function publicPageCsp(css: string, frameAncestors: "'none'" | "*"): string {
  return [
    "default-src 'none'",
    `style-src 'sha256-${createHash("sha256").update(css).digest("base64")}'`,
    "img-src https: http: data:",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
}
