import { REVIEW_STATE_LABEL, STANCE_LABEL, VERDICT_META } from "./verdicts";
import type { DefaultVerdict, ReviewState, Stance } from "./enums";

/**
 * Readable history from the Event log. Events store compact before/after JSON (only what
 * changed); these pure functions turn them into an action ("set the verdict") and lines
 * of change ("verdict: unchecked → disputed"). The types Factdesk writes are the members of
 * the change-event contract (lib/domain/events.ts); unknown types and fields (an imported
 * file's history, an older row) still read sensibly.
 */
export interface FormattableEvent {
  type: string;
  before: unknown;
  after: unknown;
  note?: string | null;
}

/** Claim fields a user can set back to an earlier value from the history. */
export const REVERTABLE_FIELDS = ["verdict", "rationale", "span", "claimant", "normalized"] as const;
export type RevertableField = (typeof REVERTABLE_FIELDS)[number];

type Obj = Record<string, unknown>;
const asObj = (v: unknown): Obj => (v && typeof v === "object" && !Array.isArray(v) ? (v as Obj) : {});
const has = (o: Obj, key: string) => Object.prototype.hasOwnProperty.call(o, key);
const str = (v: unknown): string | null => (typeof v === "string" ? v : null);

export function quote(text: unknown, max = 60): string {
  const s = typeof text === "string" ? text.replace(/\s+/g, " ").trim() : "";
  if (!s) return "“”";
  return `“${s.length > max ? s.slice(0, max - 1).trimEnd() + "…" : s}”`;
}

// History has no scale at hand: default verdicts by their words, other rating keys spelt out ("mostly_true" → "mostly true").
const verdictLabel = (v: unknown) => (typeof v === "string" && v in VERDICT_META ? VERDICT_META[v as DefaultVerdict].label.toLowerCase() : typeof v === "string" ? v.replace(/_/g, " ") : "none");
const reviewLabel = (v: unknown) => (typeof v === "string" && v in REVIEW_STATE_LABEL ? REVIEW_STATE_LABEL[v as ReviewState].toLowerCase() : String(v ?? "none"));
const stanceLabel = (v: unknown) => (typeof v === "string" && v in STANCE_LABEL ? STANCE_LABEL[v as Stance].toLowerCase() : String(v ?? ""));
const personName = (v: unknown) => str(asObj(v).name);

/** What the actor did, as a phrase after their name: "Ana marked a claim". */
export function eventAction(event: FormattableEvent): string {
  const before = asObj(event.before);
  const after = asObj(event.after);
  switch (event.type) {
    case "claim.created":
      return "marked a claim";
    case "claim.updated": {
      if (before.anchorStatus === "changed" && after.anchorStatus === "anchored") return "accepted the new wording of a claim";
      const fields = Object.keys(before).filter((k) => ["verdict", "rationale", "claimant", "normalized", "assigneeId", "exact"].includes(k));
      if (fields.length === 1) {
        if (fields[0] === "verdict") return `set a verdict: ${verdictLabel(after.verdict)}`;
        if (fields[0] === "rationale") return "edited a rationale";
        if (fields[0] === "claimant") return "changed a claimant";
        if (fields[0] === "normalized") return "rewrote a normalised claim";
        if (fields[0] === "assigneeId") {
          const name = personName(after.assignee);
          return after.assigneeId ? `assigned a claim${name ? ` to ${name}` : ""}` : "unassigned a claim";
        }
      }
      return "edited a claim";
    }
    case "claim.span_moved":
      return "moved a claim’s span";
    case "claim.deleted":
      return "deleted a claim";
    case "claim.restored":
      return "restored a claim";
    case "claim.reverted": {
      const field = Object.keys(after).find((k) => (REVERTABLE_FIELDS as readonly string[]).includes(k)) ?? (has(after, "exact") ? "span" : null);
      if (field === "verdict") return `reverted a verdict to ${verdictLabel(after.verdict)}`;
      return field ? `reverted a claim’s ${fieldLabel(field)}` : "reverted a claim";
    }
    case "claim.reanchored":
      return "re-anchored a claim";
    case "source.linked":
      return "linked a source";
    case "source.relinked":
      return "changed a linked source";
    case "source.unlinked":
      return "unlinked a source";
    case "review.submitted":
      return "sent a claim for review";
    case "review.approved":
      return "approved a claim";
    case "review.reopened":
      return "reopened a claim";
    case "review.text_changed":
      return before.reviewState === "approved" ? "withdrew a claim’s approval: its text changed" : "sent a claim back to review: its text changed";
    case "review.approval_imported":
      return "kept a claim’s approval from an imported file";
    case "review.sent_back":
      return "sent a claim back";
    case "comment.added":
      return after.parentId ? "replied to a comment" : "commented on a claim";
    case "comment.edited":
      return "edited a comment";
    case "comment.deleted":
      return "deleted a comment";
    case "comment.resolved":
      return "resolved a thread";
    case "comment.reopened":
      return "reopened a thread";
    case "article.created":
      return "added the article";
    case "article.revised":
      return "edited the article text";
    case "suggestion.dismissed":
      return "dismissed a suggestion";
    case "suggestion.restored":
      return "restored a dismissed suggestion";
    case "publication.published":
      return "published the fact-check";
    case "publication.republished":
      return asObj(event.after).corrected ? "republished the fact-check with a correction" : "republished the fact-check";
    case "publication.paused":
      return "paused the public fact-check";
    case "rating_scale.updated":
      return "changed the rating scale";
    case "claim.rating_moved":
      return "moved a claim to another rating (rating scale changed)";
    default:
      return genericAction(event.type);
  }
}

function genericAction(type: string): string {
  const [object = "item", verb = "changed"] = type.split(".");
  return `${verb.replace(/_/g, " ")} ${/^[aeiou]/.test(object) ? "an" : "a"} ${object.replace(/_/g, " ")}`;
}

function fieldLabel(field: string): string {
  switch (field) {
    case "normalized":
      return "normalised claim";
    case "assigneeId":
      return "assignee";
    case "reviewState":
      return "review";
    default:
      return field;
  }
}

/** The lines of change: ["verdict: unchecked → disputed", "rationale changed"]. */
export function describeChanges(event: FormattableEvent): string[] {
  const before = asObj(event.before);
  const after = asObj(event.after);
  switch (event.type) {
    case "claim.created": {
      const lines = [`quote: ${quote(after.exact)}`];
      if (after.verdict && after.verdict !== "unchecked") lines.push(`verdict: ${verdictLabel(after.verdict)}`);
      return lines;
    }
    case "source.linked": {
      const source = asObj(after.source);
      return [`source linked: ${str(source.title) ?? str(source.url) ?? "a source"}${source.stance ? ` (${stanceLabel(source.stance)})` : ""}`];
    }
    case "source.relinked": {
      const source = asObj(after.source);
      const title = str(source.title) ?? "a source";
      const lines: string[] = [];
      if (has(before, "stance") && before.stance !== source.stance) lines.push(`${title}: ${stanceLabel(before.stance)} → ${stanceLabel(source.stance)}`);
      if (has(before, "excerpt") && before.excerpt !== source.excerpt) lines.push(`${title}: excerpt changed`);
      return lines.length ? lines : [`source updated: ${title}`];
    }
    case "source.unlinked":
      return [`source unlinked: ${str(before.title) ?? str(before.url) ?? "a source"}${before.stance ? ` (${stanceLabel(before.stance)})` : ""}`];
    case "comment.added":
    case "comment.edited":
      return str(after.body) ? [quote(after.body, 80)] : [];
    case "comment.deleted":
    case "comment.resolved":
    case "comment.reopened":
    case "claim.deleted":
    case "claim.restored":
      return [];
    case "article.created":
      return str(after.title) ? [`title: ${quote(after.title)}`] : [];
    default:
      return fieldChanges(before, after);
  }
}

// Bookkeeping the action line already says (who approved, when) or that means nothing to a
// reader (offsets, versions, the earlier quote kept for the "text changed" badge).
const META_KEYS = new Set([
  "version", "updatedAt", "updatedBy", "verdictSetBy", "verdictSetById", "assignee", "prefix", "suffix", "start", "end", "deletedAt", "createdAt", "id",
  "approvedBy", "approvedById", "approvedAt", "previousExact", "reviewNote", "reviewNoteAction", "reviewNoteById", "reviewNoteAt", "articleId", "claimId",
]);

const ANCHOR_LABEL: Record<string, string> = { anchored: "in place", changed: "its words changed", orphan: "not found in the text" };

/** "sourceCount" → "source count": an unknown field still reads as words, never as code. */
const humanise = (key: string) => key.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/_/g, " ").toLowerCase();

function fieldChanges(before: Obj, after: Obj): string[] {
  const lines: string[] = [];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !META_KEYS.has(k));
  for (const key of keys) {
    const from = before[key];
    const to = after[key];
    if (!has(before, key) && !has(after, key)) continue;
    switch (key) {
      case "verdict":
        lines.push(`verdict: ${verdictLabel(from)} → ${verdictLabel(to)}`);
        break;
      case "reviewState":
        lines.push(`review: ${reviewLabel(from)} → ${reviewLabel(to)}`);
        break;
      case "rationale":
        lines.push(!str(from) ? "rationale added" : !str(to) ? "rationale cleared" : "rationale changed");
        break;
      case "exact":
        lines.push(`span moved: ${quote(from)} → ${quote(to)}`);
        break;
      case "assigneeId": {
        const name = personName(after.assignee);
        lines.push(to ? `assigned to ${name ?? "someone"}` : "unassigned");
        break;
      }
      case "claimant":
      case "normalized":
      case "title":
      case "publisher":
      case "byline":
      case "name": {
        const label = fieldLabel(key);
        if (!str(from)) lines.push(`${label} set: ${quote(to)}`);
        else if (!str(to)) lines.push(`${label} cleared`);
        else lines.push(`${label}: ${quote(from)} → ${quote(to)}`);
        break;
      }
      case "anchorStatus": {
        const place = (v: unknown) => ANCHOR_LABEL[String(v)] ?? String(v ?? "unknown");
        lines.push(`place in the text: ${place(from)} → ${place(to)}`);
        break;
      }
      default: {
        const simple = (v: unknown) => (v === null || v === undefined || v === "" ? "none" : typeof v === "object" ? personName(v) ?? "changed" : String(v));
        if (simple(from) === simple(to)) break; // nothing a reader could see changed
        lines.push(`${humanise(fieldLabel(key))}: ${simple(from)} → ${simple(to)}`);
      }
    }
  }
  return lines;
}

/** The claim fields this event can be reverted to (their `before` value was recorded). */
export function revertableFields(event: FormattableEvent): RevertableField[] {
  if (!["claim.updated", "claim.span_moved", "claim.reverted"].includes(event.type)) return [];
  const before = asObj(event.before);
  const fields: RevertableField[] = [];
  for (const field of REVERTABLE_FIELDS) {
    if (field === "span") {
      if (typeof before.exact === "string" && typeof before.start === "number") fields.push("span");
    } else if (has(before, field)) {
      fields.push(field);
    }
  }
  return fields;
}

export function revertFieldLabel(field: RevertableField): string {
  return fieldLabel(field);
}
