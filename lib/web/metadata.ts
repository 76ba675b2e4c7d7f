/**
 * Describes a web page the way a citation needs it — title, publisher (site name), author and
 * publication date — from the markup sites publish for search engines and social previews.
 * Precedence: JSON-LD (schema.org NewsArticle, Report, …), then Open Graph / article:*, then
 * other <meta> conventions (citation_*, Dublin Core, author), then <title> and the host name.
 */
export interface PageMetadata {
  title: string | null;
  publisher: string | null;
  author: string | null;
  /** YYYY-MM-DD when the page states a parseable date. */
  publishedAt: string | null;
}

const ARTICLE_TYPES = new Set([
  "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
  "Report", "ScholarlyArticle", "BlogPosting", "TechArticle", "LiveBlogPosting", "WebPage", "Dataset", "GovernmentService",
]);

type Json = Record<string, unknown>;

export function extractMetadata(doc: Document, pageUrl: string): PageMetadata {
  const ld = jsonLdArticle(doc);
  const meta = (...keys: string[]) => {
    for (const key of keys) {
      const el = doc.querySelector(`meta[property="${key}" i], meta[name="${key}" i], meta[itemprop="${key}" i]`);
      const value = clean(el?.getAttribute("content"));
      if (value) return value;
    }
    return null;
  };
  const title = clean(ld && (str(ld.headline) ?? str(ld.name))) ?? meta("og:title", "citation_title", "dc.title", "twitter:title") ?? clean(doc.querySelector("title")?.textContent);
  const publisher =
    (ld && names(ld.publisher)) ?? meta("og:site_name", "citation_publisher", "citation_journal_title", "dc.publisher", "application-name") ?? hostName(pageUrl);
  const author = (ld && names(ld.author ?? ld.creator)) ?? notUrl(meta("article:author")) ?? meta("author", "citation_author", "dc.creator", "byl", "parsely-author");
  const date = (ld && (str(ld.datePublished) ?? str(ld.dateCreated))) ?? meta("article:published_time", "citation_publication_date", "citation_date", "dc.date", "date", "pubdate");
  return { title: cap(title, 500), publisher: cap(publisher, 200), author: cap(author, 300), publishedAt: isoDay(date) };
}

function jsonLdArticle(doc: Document): Json | null {
  const nodes: Json[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== "object") return;
    const node = value as Json;
    nodes.push(node);
    if (node["@graph"]) visit(node["@graph"]);
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ""));
    } catch {
      /* sites ship broken JSON-LD; the other markup still counts */
    }
  }
  const types = (n: Json) => (Array.isArray(n["@type"]) ? n["@type"] : [n["@type"]]).map(String);
  // A specific article type wins over a generic WebPage node describing the same page.
  return nodes.find((n) => types(n).some((t) => ARTICLE_TYPES.has(t) && t !== "WebPage")) ?? nodes.find((n) => types(n).includes("WebPage")) ?? null;
}

function str(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

function names(value: unknown): string | null {
  const list = (Array.isArray(value) ? value : [value])
    .map((v) => (typeof v === "string" ? v : v && typeof v === "object" ? str((v as Json).name) : null))
    .map((v) => clean(v))
    .filter((v): v is string => !!v);
  return list.length ? list.join(", ") : null;
}

function clean(value: string | null | undefined): string | null {
  const v = (value ?? "").replace(/\s+/g, " ").trim();
  return v === "" ? null : v;
}

function cap(value: string | null, max: number): string | null {
  return value && value.length > max ? value.slice(0, max - 1) + "…" : value;
}

function notUrl(value: string | null): string | null {
  return value && /^https?:\/\//i.test(value) ? null : value;
}

function hostName(pageUrl: string): string | null {
  try {
    return new URL(pageUrl).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}

function isoDay(value: string | null): string | null {
  if (!value) return null;
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (day) return `${day[1]}-${day[2]}-${day[3]}`;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString().slice(0, 10);
}
