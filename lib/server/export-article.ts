import type { Actor } from "@/lib/domain/actor";
import { notFound } from "@/lib/domain/errors";
import { CONTENT_TYPE, exportFileName, renderExport, type RenderedExport } from "@/lib/export";
import type { ExportAudience, ExportFormat } from "@/lib/export/types";
import { authorize } from "./support/authorize";
import { loadExportInput } from "@/lib/data/exports";
import { readTransaction } from "@/lib/data/transaction";
import { readSettings } from "@/lib/data/settings";
import { readRatingScale } from "./support/rating-scale";
import { findPublicationByArticle } from "@/lib/data/publications";
import { publishedClaimUrls } from "@/lib/publish/claimreview";
import { renderPdfOffThread } from "./render-pdf-off-thread";

export interface ExportRequest {
  format: ExportFormat;
  /** false: approved claims only (what may leave the newsroom); true: drafts too, marked. */
  includeDrafts: boolean;
  /** "reader" (default): reports without staff names; "internal": with them. */
  audience?: ExportAudience;
  /** Absolute address of this Factdesk, for links back to claims. */
  baseUrl: string;
  /** Fixed in tests so the output is stable; defaults to now. */
  generatedAt?: string;
}

/**
 * Renders an article's fact-check report or data export in one format. The organisation
 * named as the checker comes from the newsroom settings (its URL defaults to this site).
 */
export async function exportArticle(actor: Actor, articleId: string, request: ExportRequest): Promise<RenderedExport> {
  authorize(actor, "export.read");
  // The article, its claims, their comments and history are read from one snapshot.
  const { input, settings, ratingScale, publication } = await readTransaction(async (tx) => ({
    input: await loadExportInput(tx, articleId, { baseUrl: request.baseUrl }),
    settings: await readSettings(tx),
    ratingScale: await readRatingScale(tx),
    publication: await findPublicationByArticle(tx, articleId),
  }));
  if (!input) throw notFound("The article");
  const options = {
    includeDrafts: request.includeDrafts,
    audience: request.audience ?? "reader",
    organisation: { name: settings.organisationName, url: settings.organisationUrl ?? request.baseUrl },
    baseUrl: request.baseUrl,
    generatedAt: request.generatedAt ?? new Date().toISOString(),
    ratingScale,
    publicClaimUrls: publication?.status === "published" ? publishedClaimUrls(publication.snapshot) : undefined,
  };
  // The PDF is seconds of CPU for a big article: rendered in a worker thread, never here.
  if (request.format === "pdf") {
    const body = await renderPdfOffThread(input, options);
    return { body, contentType: CONTENT_TYPE.pdf, fileName: exportFileName("pdf", input.article.title, options.generatedAt) };
  }
  return renderExport(request.format, input, options);
}
