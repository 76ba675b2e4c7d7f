import { STANCE_LABEL } from "@/lib/domain/verdicts";
import { articleParagraphs, markerLabel } from "./article-markers";
import { formatDate, formatDateTime } from "./dates";
import { safeLinkHref } from "@/lib/domain/link-safety";
import { escapeMarkdown, markdownToSafeMarkdown } from "@/lib/markdown";
import { oneLine } from "./escape";
import { buildReport, draftNotice, reviewLine, summarySentence, teamLine, verdictText, type Report, type ReportClaim } from "./report";
import type { ExportInput, ExportOptions, ExportSource } from "./types";

/**
 * The report as GitHub-flavoured Markdown, safe to open in any Markdown renderer with its
 * default options. User text is escaped so it reads literally; the rationale (Markdown
 * written by editors) is never copied verbatim: it is rendered by the app's one renderer
 * and written back as Markdown (markdownToSafeMarkdown), so raw HTML stays text and only
 * links that pass the link rule survive.
 */
const text = (value: string): string => escapeMarkdown(oneLine(value));

/** Percent-encodes the characters that would end or break a Markdown link destination. */
function destination(url: string): string {
  return url.replace(/[\s()<>]/g, (ch) => encodeURIComponent(ch));
}

function link(url: string | null, label?: string): string {
  if (!url) return "";
  const href = safeLinkHref(url);
  if (!href) return text(label ?? url);
  return label === undefined ? `<${destination(href)}>` : `[${text(label)}](${destination(href)})`;
}

function quoteBlock(value: string): string {
  return value.split("\n").map((line) => `> ${escapeMarkdown(line)}`.trimEnd()).join("\n");
}

function header(report: Report, options: ExportOptions): string[] {
  const { article } = report;
  const lines = [`# Fact-check: ${text(article.title)}`, ""];
  const meta: string[] = [];
  if (article.publisher) meta.push(`**Publisher:** ${text(article.publisher)}`);
  if (article.byline) meta.push(`**By:** ${text(article.byline)}`);
  if (article.publishedAt) meta.push(`**Published:** ${formatDate(article.publishedAt)}`);
  if (article.url) meta.push(`**Original article:** ${link(article.url)}`);
  meta.push(`**Checked by:** ${link(options.organisation.url, options.organisation.name)}, report generated ${formatDateTime(options.generatedAt)}`);
  lines.push(meta.join("  \n"), "");
  if (report.draftCount > 0) lines.push(`> **DRAFT:** ${draftNotice(report.draftCount)}`, "");
  return lines;
}

function summary(report: Report): string[] {
  const lines = ["## Summary", "", summarySentence(report), ""];
  if (report.claims.length === 0) return lines;
  lines.push("| Verdict | Claims |", "| --- | ---: |");
  for (const s of report.summary) lines.push(`| ${s.rating.label} (${s.rating.letter}) | ${s.count} |`);
  return [...lines, ""];
}

function article(report: Report): string[] {
  const lines = ["## Article", "", "_Bracketed numbers such as \\[1\\] follow the end of each claim's span._", ""];
  for (const runs of articleParagraphs(report.article.text, report.claims)) {
    const body = runs
      .map((run) => escapeMarkdown(run.text) + run.ending.map((c) => ` **\\[${markerLabel(c)}\\]**`).join(""))
      .join("");
    lines.push(body.trim(), "");
  }
  return lines;
}

function source(s: ExportSource, index: number): string[] {
  const parts = [link(s.url, s.title || s.url)];
  if (s.publisher) parts.push(text(s.publisher));
  parts.push(STANCE_LABEL[s.stance]);
  if (s.accessedAt) parts.push(`accessed ${formatDate(s.accessedAt)}`);
  if (s.archiveUrl) parts.push(`archive: ${link(s.archiveUrl)}`);
  const lines = [`${index + 1}. ${parts.join(" · ")}`];
  if (s.title && safeLinkHref(s.url)) lines.push(`   ${link(s.url)}`);
  if (s.excerpt) lines.push(quoteBlock(s.excerpt).replace(/^/gm, "   "));
  return lines;
}

function claim(c: ReportClaim, internal: boolean): string[] {
  const meta = c.rating;
  const review = text(reviewLine(c, internal));
  const team = internal ? text(teamLine(c)) : "";
  const lines = [`### Claim ${c.number}: ${verdictText(c.rating)}${c.draft ? " · DRAFT" : ""}`, ""];
  if (c.anchorStatus === "orphan") lines.push("_This claim could not be located in the current version of the article text._", "");
  lines.push(quoteBlock(`“${c.exact}”`), "");
  if (c.claimant) lines.push(`- **Claimant:** ${text(c.claimant)}`);
  if (c.normalized) lines.push(`- **Claim:** ${text(c.normalized)}`);
  lines.push(
    `- **Verdict:** ${meta.label} (${meta.letter}): ${meta.description}`,
    `- **Review:** ${review}`,
    ...(team ? [`- **Team:** ${team}`] : []),
    `- **Dates:** created ${formatDateTime(c.createdAt)}; updated ${formatDateTime(c.updatedAt)}`,
    "",
  );
  const rationale = markdownToSafeMarkdown(c.rationale);
  if (rationale) lines.push("#### Rationale", "", rationale, "");
  if (c.sources.length) {
    lines.push("#### Sources", "");
    c.sources.forEach((s, i) => lines.push(...source(s, i)));
    lines.push("");
  }
  return lines;
}

export function renderMarkdown(input: ExportInput, options: ExportOptions): string {
  const report = buildReport(input, options);
  const lines = [...header(report, options), ...summary(report), ...article(report), "## Claims", ""];
  if (report.claims.length === 0) lines.push("No claims.", "");
  for (const c of report.claims) lines.push(...claim(c, report.internal));
  lines.push("---", "", `_Generated by Factdesk for ${text(options.organisation.name)} on ${formatDateTime(options.generatedAt)}._`);
  return lines.join("\n") + "\n";
}
