import { STANCE_LABEL } from "@/lib/domain/verdicts";
import type { VerdictDisplay } from "@/lib/domain/rating-scale";
import { formatDate, formatDateTime } from "./dates";
import { safeLinkHref } from "@/lib/domain/link-safety";
import { escapeHtml } from "./escape";
import { reviewLine, teamLine, type ReportClaim } from "./report";
import type { ExportSource } from "./types";

/** One claim's entry in the HTML report. Every user string is escaped here. */

/**
 * A link for http(s) URLs; anything else is shown as inert text. Links whose text is not
 * the URL get class "ext", which prints the URL after them; `urlShownNearby` skips that
 * when the URL is already printed next to the link.
 */
export function linkHtml(url: string | null, text?: string, urlShownNearby = false): string {
  if (!url) return "";
  const label = escapeHtml(text ?? url);
  const href = safeLinkHref(url);
  if (!href) return `<span class="url">${label}</span>`;
  const cls = text === undefined ? "url" : urlShownNearby ? "titled" : "ext";
  return `<a class="${cls}" href="${escapeHtml(href)}">${label}</a>`;
}

export function verdictBadgeHtml(claim: { rating: VerdictDisplay }): string {
  const meta = claim.rating;
  return `<span class="verdict v-${meta.key}"><span class="letter" aria-hidden="true">${escapeHtml(meta.letter)}</span>${escapeHtml(meta.label)}</span>`;
}

function sourceHtml(source: ExportSource): string {
  const parts = [linkHtml(source.url, source.title || source.url, true)];
  if (source.publisher) parts.push(` — ${escapeHtml(source.publisher)}`);
  parts.push(` <span class="stance">${STANCE_LABEL[source.stance]}</span>`);
  if (source.accessedAt) parts.push(` Accessed ${escapeHtml(formatDate(source.accessedAt))}.`);
  if (source.archiveUrl) parts.push(` Archive: ${linkHtml(source.archiveUrl)}`);
  // The URL itself is printed too, so the reference survives copy-paste and print.
  if (source.title && safeLinkHref(source.url)) parts.push(`<br><span class="url">${escapeHtml(source.url)}</span>`);
  const excerpt = source.excerpt ? `<blockquote class="excerpt">${escapeHtml(source.excerpt)}</blockquote>` : "";
  return `<li>${parts.join("")}${excerpt}</li>`;
}


function row(term: string, value: string): string {
  return value ? `<dt>${term}</dt><dd>${value}</dd>` : "";
}

/** `rationaleHtml` is the claim's rationale already rendered (see renderMarkdownMany). */
export function renderClaimHtml(claim: ReportClaim, placedInText: boolean, rationaleHtml: string, internal = false): string {
  const meta = claim.rating;
  const draft = claim.draft ? ` <span class="draft">Draft</span>` : "";
  const orphan = claim.anchorStatus === "orphan"
    ? `<p class="note">This claim could not be located in the current version of the article text.</p>`
    : "";
  const rationale = rationaleHtml;
  const sources = claim.sources.length
    ? `<h4>Sources</h4><ol class="sources">${claim.sources.map(sourceHtml).join("")}</ol>`
    : "";
  // Staff names only in internal reports (see reviewLine).
  const people = internal ? escapeHtml(teamLine(claim)) : "";
  const dates = `Created ${escapeHtml(formatDateTime(claim.createdAt))}; updated ${escapeHtml(formatDateTime(claim.updatedAt))}`;
  return [
    `<article class="claim v-${claim.verdict}${claim.draft ? " is-draft" : ""}" id="claim-${claim.number}">`,
    `<h3>Claim ${claim.number} ${verdictBadgeHtml(claim)}${draft}</h3>`,
    orphan,
    `<blockquote class="quote">“${escapeHtml(claim.exact)}”</blockquote>`,
    "<dl>",
    row("Claimant", claim.claimant ? escapeHtml(claim.claimant) : ""),
    row("Claim", claim.normalized ? escapeHtml(claim.normalized) : ""),
    row("Verdict", `${escapeHtml(meta.label)} (${escapeHtml(meta.letter)}): ${escapeHtml(meta.description)}`),
    row("Review", escapeHtml(reviewLine(claim, internal))),
    row("Team", people),
    row("Dates", dates),
    "</dl>",
    rationale ? `<h4>Rationale</h4><div class="rationale">${rationale}</div>` : "",
    sources,
    placedInText ? `<p class="back"><a href="#ref-${claim.number}">Back to the text</a></p>` : "",
    "</article>",
  ].filter(Boolean).join("\n");
}
