import { escapeHtml as x } from "@/lib/export/escape";
import { factCheckPath } from "./base-url";
import { pageDescription } from "./render-page";
import type { PublishedFactCheck } from "./snapshot";

/** Atom 1.0 feed of published fact-checks (RFC 4287). Entries are updated when corrected. */
export function renderAtomFeed(pages: PublishedFactCheck[], base: string, organisationName: string): string {
  const updated = pages.reduce((max, p) => (p.modifiedAt > max ? p.modifiedAt : max), "1970-01-01T00:00:00.000Z");
  const entries = pages
    .map((p) => {
      const url = p.baseUrl + factCheckPath(p.slug);
      return `<entry>
<title>${x(`Fact-check: ${p.title}`)}</title>
<link rel="alternate" type="text/html" href="${x(url)}"/>
<id>${x(url)}</id>
<published>${x(p.firstPublishedAt)}</published>
<updated>${x(p.modifiedAt)}</updated>
<author><name>${x(p.organisation.name)}</name></author>
<summary>${x(pageDescription(p))}</summary>
</entry>`;
    })
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>${x(organisationName)} fact-checks</title>
<id>${x(base)}/fact-checks/feed.xml</id>
<link rel="self" type="application/atom+xml" href="${x(base)}/fact-checks/feed.xml"/>
<updated>${x(updated)}</updated>
<author><name>${x(organisationName)}</name></author>
${entries}
</feed>
`;
}

/** sitemaps.org sitemap of the public fact-check pages. */
export function renderSitemap(pages: PublishedFactCheck[]): string {
  const urls = pages.map((p) => `<url><loc>${x(p.baseUrl + factCheckPath(p.slug))}</loc><lastmod>${x(p.modifiedAt.slice(0, 10))}</lastmod></url>`).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls}
</urlset>
`;
}
