import { escapeHtml as e } from "@/lib/export/escape";
import { embedSize } from "./render-embed";
import type { PublishedFactCheck } from "./snapshot";

/** Which page (and claim) an oEmbed `url` names: /fact-checks/<slug>[#claim-n] or /embed/fact-checks/<slug>[/n]. */
export function parseFactCheckUrl(raw: string): { slug: string; claim: number | null } | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  const page = /^\/fact-checks\/([^/]+)\/?$/.exec(url.pathname);
  if (page) {
    const anchor = /^#claim-(\d{1,4})$/.exec(url.hash);
    return { slug: decodeURIComponent(page[1]), claim: anchor ? Number(anchor[1]) : null };
  }
  const embed = /^\/embed\/fact-checks\/([^/]+)(?:\/(\d{1,4}))?\/?$/.exec(url.pathname);
  if (embed) return { slug: decodeURIComponent(embed[1]), claim: embed[2] ? Number(embed[2]) : null };
  return null;
}

export interface OEmbedRich {
  version: "1.0";
  type: "rich";
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
}

/** oEmbed 1.0 "rich" response: an iframe of the embed card, sized for its claims. */
export function buildOEmbed(page: PublishedFactCheck, claim: number | null, max: { width?: number; height?: number }): OEmbedRich | null {
  const claims = claim === null ? page.claims : page.claims.filter((c) => c.number === claim);
  if (claims.length === 0) return null;
  const size = embedSize(claims.length);
  const width = Math.min(size.width, max.width ?? Infinity);
  const height = Math.min(size.height, max.height ?? Infinity);
  const src = `${page.baseUrl}/embed/fact-checks/${encodeURIComponent(page.slug)}${claim === null ? "" : `/${claim}`}`;
  const title = claim === null ? `Fact-check: ${page.title}` : `Fact-check: ${claims[0].claimReviewed}`;
  return {
    version: "1.0",
    type: "rich",
    title,
    provider_name: page.organisation.name,
    provider_url: page.organisation.url,
    html: `<iframe src="${e(src)}" width="${width}" height="${height}" title="${e(title)}" loading="lazy" style="border:0;max-width:100%"></iframe>`,
    width,
    height,
  };
}
