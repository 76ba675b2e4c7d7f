import { escapeHtml } from "@/lib/export/escape";
import { isWebUrl } from "@/lib/domain/link-safety";
import { STANCE_LABEL } from "@/lib/domain/verdicts";
import { renderMarkdown } from "@/lib/markdown";
import { claimAnchor, factCheckPath } from "./base-url";
import { buildPublishedClaimReviews, jsonLdScriptText } from "./claimreview";
import { readableDate } from "./format";
import { PUBLIC_PAGE_CSS, pageStyle, publicPageCsp } from "./page-style";
import { describeChange, type PublishedClaim, type PublishedFactCheck } from "./snapshot";
import { ratingBadge } from "./rating-badge";

const e = escapeHtml;

/** The page's one-line summary, for search results and link previews. */
export function pageDescription(page: PublishedFactCheck): string {
  const ratings = page.claims.map((c) => `${c.rating.label}: ${c.claimReviewed}`).join(" · ");
  const text = `${page.organisation.name} checked ${page.claims.length} claim${page.claims.length === 1 ? "" : "s"} in “${page.title}”. ${ratings}`;
  return text.length > 280 ? text.slice(0, 279).trimEnd() + "…" : text;
}

function head(page: PublishedFactCheck, base: string, css: string): string {
  const url = base + factCheckPath(page.slug);
  const title = `Fact-check: ${page.title}`;
  const description = pageDescription(page);
  const oembed = `${base}/api/oembed?format=json&url=${encodeURIComponent(url)}`;
  const image = page.organisation.logoUrl && isWebUrl(page.organisation.logoUrl) ? page.organisation.logoUrl : null;
  return [
    `<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${e(title)} · ${e(page.organisation.name)}</title>`,
    `<meta name="description" content="${e(description)}">`,
    `<link rel="canonical" href="${e(url)}">`,
    `<link rel="alternate" type="application/atom+xml" title="${e(page.organisation.name)} fact-checks" href="${e(base)}/fact-checks/feed.xml">`,
    `<link rel="alternate" type="application/json+oembed" title="${e(title)}" href="${e(oembed)}">`,
    `<meta property="og:type" content="article">`,
    `<meta property="og:title" content="${e(title)}">`,
    `<meta property="og:description" content="${e(description)}">`,
    `<meta property="og:url" content="${e(url)}">`,
    `<meta property="og:site_name" content="${e(page.organisation.name)}">`,
    image ? `<meta property="og:image" content="${e(image)}">` : "",
    `<meta property="article:published_time" content="${e(page.firstPublishedAt)}">`,
    `<meta property="article:modified_time" content="${e(page.modifiedAt)}">`,
    `<meta name="twitter:card" content="summary">`,
    `<meta name="twitter:title" content="${e(title)}">`,
    `<meta name="twitter:description" content="${e(description)}">`,
    image ? `<meta name="twitter:image" content="${e(image)}">` : "",
    `<style>${css}</style>`,
    `<script type="application/ld+json">${jsonLdScriptText(buildPublishedClaimReviews(page, base))}</script>`,
  ]
    .filter(Boolean)
    .join("\n");
}

function sourceItem(s: PublishedClaim["sources"][number]): string {
  const link = isWebUrl(s.url) ? `<a href="${e(s.url)}" rel="noopener noreferrer">${e(s.title)}</a>` : e(s.title);
  const archive = s.archiveUrl && isWebUrl(s.archiveUrl) ? ` (<a href="${e(s.archiveUrl)}" rel="noopener noreferrer">archived copy</a>)` : "";
  const excerpt = s.excerpt ? `<br><q dir="auto">${e(s.excerpt)}</q>` : "";
  return `<li><span class="stance">${e(STANCE_LABEL[s.stance] ?? s.stance)}</span> ${link}${s.publisher ? `, ${e(s.publisher)}` : ""}${archive}${excerpt}</li>`;
}

function claimSection(claim: PublishedClaim, page: PublishedFactCheck, base: string): string {
  const id = claimAnchor(claim.number);
  const embed = `${base}/embed/fact-checks/${encodeURIComponent(page.slug)}/${claim.number}`;
  return `<li class="claim" id="${id}"><article aria-labelledby="${id}-title">
<h2 id="${id}-title" dir="auto">Claim ${claim.number}: ${e(claim.claimReviewed)}</h2>
${ratingBadge(claim.rating)}
<figure><blockquote dir="auto">…${e(claim.prefix.slice(-80))}<mark>${e(claim.quote)}</mark>${e(claim.suffix.slice(0, 80))}…</blockquote>${claim.claimant ? `<figcaption dir="auto">Said by ${e(claim.claimant)}</figcaption>` : ""}</figure>
<h3>Why we rated it ${e(claim.rating.label)}</h3>
<div class="rationale" dir="auto">${claim.rationaleHtml}</div>
<h3>Sources</h3>
${claim.sources.length ? `<ul class="sources">${claim.sources.map(sourceItem).join("")}</ul>` : "<p>No sources listed.</p>"}
<p class="claim-links"><a href="#${id}">Link to this claim</a> · <a href="${e(embed)}">Embeddable card</a> · Reviewed <time datetime="${claim.reviewedOn}">${readableDate(claim.reviewedOn)}</time></p>
</article></li>`;
}

function correctionsSection(page: PublishedFactCheck): string {
  const items = page.corrections
    .map((c) => `<li><time datetime="${e(c.date)}">Corrected on ${readableDate(c.date)}</time>: ${e(c.changes.map(describeChange).join("; "))} because <span dir="auto">${e(c.note)}</span></li>`)
    .join("");
  const policy = page.organisation.correctionsPolicy.trim() ? `<div dir="auto">${renderMarkdown(page.organisation.correctionsPolicy)}</div>` : "";
  return `<section id="corrections" aria-labelledby="corrections-title"><h2 id="corrections-title">Corrections</h2>
${items ? `<ol class="corrections">${items}</ol>` : "<p>No corrections so far.</p>"}${policy}</section>`;
}

function methodologySection(page: PublishedFactCheck): string {
  const text = page.organisation.methodology.trim()
    ? renderMarkdown(page.organisation.methodology)
    : `<p>Each claim is checked against the sources listed with it, rated on ${e(page.organisation.name)}’s rating scale and approved by a second reviewer before publication.</p>`;
  return `<section id="methodology" aria-labelledby="methodology-title"><h2 id="methodology-title">How we check</h2><div dir="auto">${text}</div></section>`;
}

export interface RenderedPublicPage {
  html: string;
  /** The page's Content-Security-Policy (its stylesheet allowed by hash). */
  csp: string;
}

/** The whole public fact-check page, as HTML with no script: readable as soon as it arrives. */
export function renderFactCheckPage(page: PublishedFactCheck, base: string): RenderedPublicPage {
  const css = pageStyle(page.claims.map((c) => c.rating));
  return { html: factCheckHtml(page, base, css), csp: publicPageCsp(css, "'none'") };
}

function factCheckHtml(page: PublishedFactCheck, base: string, css: string): string {
  const org = page.organisation;
  const logo = org.logoUrl && isWebUrl(org.logoUrl) ? `<img src="${e(org.logoUrl)}" alt="">` : "";
  const source = page.articleUrl && isWebUrl(page.articleUrl) ? `<a href="${e(page.articleUrl)}" rel="noopener noreferrer" dir="auto">${e(page.title)}</a>` : `<span dir="auto">${e(page.title)}</span>`;
  const by = [page.publisher, page.byline].filter(Boolean).map((s) => e(s!)).join(", ");
  const updated = page.modifiedAt !== page.firstPublishedAt ? `; updated <time datetime="${e(page.modifiedAt)}">${readableDate(page.modifiedAt)}</time>` : "";
  return `<!doctype html>
<html lang="${e(page.lang ?? "en")}">
<head>
${head(page, base, css)}
</head>
<body>
<a class="skip" href="#main">Skip to the fact-check</a>
<div class="wrap">
<header class="org">${logo}<a href="${e(org.url)}">${e(org.name)}</a></header>
<main id="main">
<p class="meta">Fact-check</p>
<h1 dir="auto">${e(page.title)}</h1>
<p class="meta">Checked article: ${source}${by ? ` (${by})` : ""}${page.articlePublishedAt ? `, published <time datetime="${e(page.articlePublishedAt)}">${readableDate(page.articlePublishedAt)}</time>` : ""}.</p>
<p class="meta">Published by ${e(org.name)} on <time datetime="${e(page.firstPublishedAt)}">${readableDate(page.firstPublishedAt)}</time>${updated}. <a href="#methodology">How we check</a> · <a href="#corrections">Corrections (${page.corrections.length})</a></p>
<ol class="claims" aria-label="Checked claims">
${page.claims.map((c) => claimSection(c, page, base)).join("\n")}
</ol>
${correctionsSection(page)}
${methodologySection(page)}
</main>
<footer><p>${e(org.name)} · <a href="${e(base)}/fact-checks/feed.xml">All fact-checks (Atom feed)</a></p></footer>
</div>
</body>
</html>
`;
}

/** 410 for a paused page: what readers see instead, with the newsroom's note. */
export function renderPausedPage(title: string, note: string, organisationName: string): RenderedPublicPage {
  const body = `<div class="notice"><p dir="auto">${e(note)}</p><p class="meta">${e(organisationName)} has withdrawn “<span dir="auto">${e(title)}</span>” for now.</p></div>`;
  return notice(`Fact-check withdrawn · ${organisationName}`, "This fact-check is not available", body);
}

export function renderNotFoundPage(): RenderedPublicPage {
  return notice("Fact-check not found", "Fact-check not found", `<p>There is no published fact-check at this address.</p>`);
}

function notice(title: string, heading: string, body: string): RenderedPublicPage {
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${e(title)}</title><style>${PUBLIC_PAGE_CSS}</style></head>
<body><div class="wrap"><main id="main"><h1>${e(heading)}</h1>${body}</main></div></body></html>
`;
  return { html, csp: publicPageCsp(PUBLIC_PAGE_CSS, "'none'") };
}
