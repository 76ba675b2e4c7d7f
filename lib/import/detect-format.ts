import type { ImportFormat } from "./types";

const BY_EXTENSION: Record<string, ImportFormat> = {
  txt: "text",
  md: "markdown",
  markdown: "markdown",
  html: "html",
  htm: "html",
};

const BY_CONTENT_TYPE: Record<string, ImportFormat> = {
  "text/plain": "text",
  "text/markdown": "markdown",
  "text/x-markdown": "markdown",
  "text/html": "html",
  "application/xhtml+xml": "html",
};

/**
 * Picks the import format for an uploaded file. The extension wins because browsers
 * report unreliable content types for .md files (often "" or application/octet-stream).
 * The content type is only consulted when the name has no extension at all; a file with
 * an unknown extension (.docx, .pdf…) is rejected even if it claims to be text/plain.
 */
export function detectFormat(fileName: string, contentType?: string): ImportFormat | null {
  const base = fileName.trim().split(/[\\/]/).pop() ?? "";
  const dot = base.lastIndexOf(".");
  if (dot > 0 && dot < base.length - 1) {
    return BY_EXTENSION[base.slice(dot + 1).toLowerCase()] ?? null;
  }
  if (!contentType) return null;
  const mime = contentType.split(";")[0].trim().toLowerCase();
  return BY_CONTENT_TYPE[mime] ?? null;
}
