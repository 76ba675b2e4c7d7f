import type { ExportFormat } from "./types";
import { isoDay } from "./dates";

/** Extensions that say what is inside; both JSON-LD formats get a prefix so they don't collide. */
export const FILE_EXTENSION: Record<ExportFormat, string> = {
  html: "html",
  pdf: "pdf",
  markdown: "md",
  csv: "csv",
  json: "json",
  claimreview: "claimreview.jsonld",
  w3c: "annotations.jsonld",
};

/**
 * ASCII slug of a title: accents folded ("Pé" -> "pe"), everything else that is not a
 * letter or digit becomes a dash. Capped so file names stay usable in every OS dialog.
 */
export function slugify(title: string, maxLength = 60): string {
  const full = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['’]/g, "") // "Biden’s" -> "bidens", not "biden-s"
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  let slug = full.slice(0, maxLength);
  // Cut at a word boundary rather than mid-word when the title is too long.
  if (full.length > maxLength && full[maxLength] !== "-" && slug.includes("-")) slug = slug.slice(0, slug.lastIndexOf("-"));
  slug = slug.replace(/-+$/g, "");
  return slug || "article";
}

/** factdesk-<slug>-<yyyy-mm-dd>.<ext>, dated by the export's generatedAt. */
export function exportFileName(format: ExportFormat, title: string, generatedAt: string): string {
  return `factdesk-${slugify(title)}-${isoDay(generatedAt)}.${FILE_EXTENSION[format]}`;
}
