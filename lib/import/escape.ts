// One HTML escaper for the whole app: the exporters' (lib/export is pure, like this library).
export { escapeHtml } from "@/lib/export/escape";

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
