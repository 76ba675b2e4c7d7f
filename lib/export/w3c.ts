import { isWebUrl } from "@/lib/domain/link-safety";
import { buildReport, verdictText, type ReportClaim } from "./report";
import type { ExportArticle, ExportInput, ExportOptions } from "./types";

/**
 * W3C Web Annotation export: the claims as an AnnotationCollection that annotation tools
 * (Hypothesis and others) can read. Factdesk claims are already stand-off annotations, so
 * this is a direct mapping:
 *  - motivation "assessing", with three bodies: the verdict in words (purpose
 *    "assessing"), the verdict key as a tag ("tagging", plus a "draft" tag for unapproved
 *    claims) and the Markdown rationale ("describing", format text/markdown);
 *  - target: the original article URL when it is http(s), otherwise this Factdesk's page
 *    for the article. The TextPositionSelector counts characters of Factdesk's plain-text
 *    projection, so on the original page tools should prefer the TextQuoteSelector.
 * Creators carry names only: this file may be shared outside the newsroom.
 */
interface TextualBody {
  type: "TextualBody";
  purpose: "assessing" | "tagging" | "describing";
  value: string;
  format?: string;
}

export interface WebAnnotation {
  id: string;
  type: "Annotation";
  motivation: "assessing";
  created: string;
  modified: string;
  creator: { type: "Person"; name: string };
  body: TextualBody[];
  target: {
    source: string;
    selector: [
      { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string },
      { type: "TextPositionSelector"; start: number; end: number },
    ];
  };
}

export interface AnnotationCollection {
  "@context": "http://www.w3.org/ns/anno.jsonld";
  id: string;
  type: "AnnotationCollection";
  label: string;
  total: number;
  generator: { id: string; type: "Software"; name: "Factdesk" };
  generated: string;
  first: { id: string; type: "AnnotationPage"; startIndex: 0; items: WebAnnotation[] };
}

function articleUrl(base: string, article: ExportArticle): string {
  return `${base}/articles/${encodeURIComponent(article.id)}`;
}

function annotation(claim: ReportClaim, article: ExportArticle, base: string): WebAnnotation {
  const tags: TextualBody[] = [{ type: "TextualBody", purpose: "tagging", value: claim.verdict }];
  if (claim.draft) tags.push({ type: "TextualBody", purpose: "tagging", value: "draft" });
  const assessment = `${verdictText(claim.rating)}: ${claim.rating.description}`;
  const body: TextualBody[] = [{ type: "TextualBody", purpose: "assessing", value: assessment, format: "text/plain" }, ...tags];
  if (claim.rationale.trim()) {
    body.push({ type: "TextualBody", purpose: "describing", value: claim.rationale, format: "text/markdown" });
  }
  return {
    id: `${articleUrl(base, article)}#claim-${encodeURIComponent(claim.id)}`,
    type: "Annotation",
    motivation: "assessing",
    created: claim.createdAt,
    modified: claim.updatedAt,
    creator: { type: "Person", name: claim.createdBy.name },
    body,
    target: {
      source: isWebUrl(article.url) ? article.url : articleUrl(base, article),
      selector: [
        { type: "TextQuoteSelector", exact: claim.exact, prefix: claim.prefix, suffix: claim.suffix },
        { type: "TextPositionSelector", start: claim.start, end: claim.end },
      ],
    },
  };
}

export function buildAnnotationCollection(input: ExportInput, options: ExportOptions): AnnotationCollection {
  const base = options.baseUrl.replace(/\/+$/, "");
  const report = buildReport(input, options);
  const collectionId = `${articleUrl(base, input.article)}/annotations`;
  const items = report.claims.map((c) => annotation(c, input.article, base));
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: collectionId,
    type: "AnnotationCollection",
    label: `Fact-check claims: ${input.article.title}`,
    total: items.length,
    generator: { id: base, type: "Software", name: "Factdesk" },
    generated: options.generatedAt,
    first: { id: `${collectionId}?page=1`, type: "AnnotationPage", startIndex: 0, items },
  };
}

export function renderW3c(input: ExportInput, options: ExportOptions): string {
  return JSON.stringify(buildAnnotationCollection(input, options), null, 2) + "\n";
}
