import { z } from "zod";
import { isWebUrl } from "@/lib/domain/link-safety";

/** Trimmed text with a length limit and a message that names the limit. */
export const text = (label: string, max: number) =>
  z.string({ error: `${label} must be text.` }).trim().max(max, `${label} is too long (limit ${max.toLocaleString("en-US")} characters).`);

export const requiredText = (label: string, max: number) => text(label, max).min(1, `${label} is required.`);

const emptyToNull = (v: unknown) => (v === "" ? null : v);

/** Optional text: empty strings become null so "cleared" and "never set" look the same. */
export const optionalText = (label: string, max: number) =>
  z.preprocess(emptyToNull, text(label, max).transform((v) => (v === "" ? null : v)).nullable().optional());

/** Only http(s) links: javascript:, data: and friends are refused. */
export const httpUrl = (label: string) =>
  z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(2048, `${label} is too long (limit 2,048 characters).`)
    .refine((v) => isWebUrl(v), `${label} must be a full web address starting with http:// or https://.`);

export const optionalHttpUrl = (label: string) => z.preprocess(emptyToNull, httpUrl(label).nullable().optional());

function isCalendarDate(v: string): boolean {
  const d = new Date(v + "T00:00:00Z");
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
}

/** A calendar date as YYYY-MM-DD (an empty string clears it). */
export const optionalDate = (label: string) =>
  z.preprocess(
    // A Date is what this schema produced: route handlers and use cases both parse the same
    // input, so parsing must be idempotent.
    (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : emptyToNull(v)),
    z
      .string({ error: `${label} must be a date like 2021-03-22.` })
      .trim()
      .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} must be a date like 2021-03-22.`)
      .refine(isCalendarDate, `${label} is not a real calendar date.`)
      .transform((v) => new Date(v + "T00:00:00Z"))
      .nullable()
      .optional(),
  );

export const idParam = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "Not a valid id.");
