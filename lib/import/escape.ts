const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Safe in element content and in quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

const LANGUAGE = /^[A-Za-z0-9_+#.-]{1,40}$/;

/** A code-block language is only ever rendered as a class/info string if it is this tame. */
export function safeLanguage(value: unknown): string | null {
  return typeof value === "string" && LANGUAGE.test(value) ? value : null;
}

export function headingLevel(value: unknown): number {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 6 ? value : 1;
}

export function listStart(value: unknown): number {
  return typeof value === "number" && Number.isSafeInteger(value) ? value : 1;
}
