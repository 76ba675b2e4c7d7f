import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { changeEventPayloadSchema, EVENT_TYPES, parseEventPayload } from "@/lib/domain/events";
import { REVIEW_EVENT_TYPE } from "@/lib/domain/review";

/** One stored payload per event type Factdesk writes, shaped as its writer writes it (JSON). */
const person = { id: "u1", name: "Ana Editor" };
const claimView = {
  id: "c1", articleId: "a1", exact: "12 million", prefix: "cost ", suffix: " pounds", start: 10, end: 20, anchorStatus: "anchored", previousExact: null,
  claimant: null, normalized: null, verdict: "unchecked", rationale: "", reviewState: "open", assignee: null, verdictSetBy: null, approvedBy: null, approvedAt: null,
  version: 1, createdBy: person, updatedBy: person, createdAt: "2026-01-01T00:00:00.000Z", updatedAt: "2026-01-01T00:00:00.000Z", deletedAt: null, sources: [], commentCount: 0, reviewNote: null,
};
const stamp = { version: 2, updatedAt: "2026-01-01T00:00:00.000Z", updatedBy: person };
const linked = { sourceId: "s1", url: "https://example.org/a", title: "A", publisher: null, excerpt: null, stance: "supports", linkedAt: "2026-01-01T00:00:00.000Z" };
const pub = { slug: "a-title", version: 2, status: "published", claims: 3, corrected: false };

const SAMPLES: Record<string, { targetType: string; before: unknown; after: unknown }> = {
  "claim.created": { targetType: "claim", before: null, after: claimView },
  "claim.updated": { targetType: "claim", before: { verdict: "unchecked" }, after: { verdict: "false", ...stamp, verdictSetBy: person, assignee: null } },
  "claim.span_moved": { targetType: "claim", before: { exact: "a", start: 1, end: 2, prefix: "", suffix: "" }, after: { exact: "b", start: 3, end: 4, prefix: "", suffix: "", ...stamp } },
  "claim.deleted": { targetType: "claim", before: { deletedAt: null }, after: { deletedAt: "2026-01-01T00:00:00.000Z", version: 2 } },
  "claim.restored": { targetType: "claim", before: { deletedAt: "2026-01-01T00:00:00.000Z" }, after: claimView },
  "claim.reverted": { targetType: "claim", before: { rationale: "x" }, after: { rationale: "", ...stamp } },
  "claim.reanchored": {
    targetType: "claim",
    before: { exact: "a", start: 1, end: 2, anchorStatus: "anchored", previousExact: null },
    after: { exact: "b", start: 3, end: 4, anchorStatus: "changed", previousExact: "a", version: 2 },
  },
  "claim.rating_moved": { targetType: "claim", before: { verdict: "mostly_true" }, after: { verdict: "verified" } },
  "source.linked": { targetType: "source", before: null, after: { source: linked, version: 2 } },
  "source.relinked": { targetType: "source", before: { stance: "supports", excerpt: null }, after: { source: linked, version: 3 } },
  "source.unlinked": { targetType: "source", before: { sourceId: "s1", url: "https://example.org/a", title: "A", stance: "supports" }, after: { version: 4 } },
  "review.submitted": { targetType: "claim", before: { reviewState: "open" }, after: { reviewState: "needs_review", ...stamp } },
  "review.approved": { targetType: "claim", before: { reviewState: "needs_review" }, after: { reviewState: "approved", ...stamp, approvedBy: person, approvedAt: "2026-01-01T00:00:00.000Z" } },
  "review.sent_back": { targetType: "claim", before: { reviewState: "needs_review" }, after: { reviewState: "open", ...stamp, approvedBy: null, approvedAt: null } },
  "review.reopened": { targetType: "claim", before: { reviewState: "approved" }, after: { reviewState: "open", ...stamp, approvedBy: null, approvedAt: null } },
  "review.text_changed": { targetType: "claim", before: { reviewState: "approved" }, after: { reviewState: "needs_review", version: 3 } },
  "review.approval_imported": { targetType: "claim", before: { reviewState: "needs_review" }, after: { reviewState: "approved", originallyApprovedBy: "Rui", originallyApprovedAt: null } },
  "comment.added": { targetType: "comment", before: null, after: { body: "hi @Ana", parentId: null, mentions: ["Ana Editor"] } },
  "comment.edited": { targetType: "comment", before: { body: "a" }, after: { body: "b" } },
  "comment.deleted": { targetType: "comment", before: { body: "a", parentId: null, authorId: "u1" }, after: { deletedAt: "2026-01-01T00:00:00.000Z" } },
  "comment.resolved": { targetType: "comment", before: { resolvedAt: null }, after: { resolvedAt: "2026-01-01T00:00:00.000Z" } },
  "comment.reopened": { targetType: "comment", before: { resolvedAt: "2026-01-01T00:00:00.000Z" }, after: { resolvedAt: null } },
  "mention.read": { targetType: "comment", before: { readAt: null }, after: { mentionId: "m1", readAt: "2026-01-01T00:00:00.000Z" } },
  "article.created": { targetType: "article", before: null, after: { title: "A title" } },
  "article.revised": { targetType: "article", before: { version: 1, revisionNumber: 1 }, after: { version: 2, revisionNumber: 2, summary: { kept: 3, changed: 1, orphaned: 0, approvalsWithdrawn: 0 } } },
  "article.imported": { targetType: "article", before: null, after: { title: "A", format: "factdesk/1", exportedAt: "2026-01-01T00:00:00.000Z", fileName: null, claims: 4, orphaned: 0, approvalsKept: 0 } },
  "suggestion.dismissed": { targetType: "article", before: null, after: { key: "k", dismissalId: "d1" } },
  "suggestion.restored": { targetType: "article", before: { key: "k", dismissalId: "d1" }, after: null },
  "publication.published": { targetType: "article", before: null, after: pub },
  "publication.republished": { targetType: "article", before: { version: 1, status: "published", claims: 2 }, after: { ...pub, corrected: true } },
  "publication.paused": { targetType: "article", before: { status: "published", version: 2 }, after: { slug: "a-title", status: "paused", version: 3 } },
  "rating_scale.updated": { targetType: "setting", before: null, after: { ratings: [] } },
  "setting.updated": { targetType: "setting", before: { value: false }, after: { value: true } },
  "user.created": { targetType: "user", before: null, after: { email: "a@example.org", name: "Ana", role: "editor" } },
  "user.updated": { targetType: "user", before: { name: "Ana" }, after: { name: "Ana Editor" } },
  "user.role_changed": { targetType: "user", before: { role: "editor" }, after: { role: "reviewer" } },
  "user.deactivated": { targetType: "user", before: { active: true }, after: { active: false } },
  "user.reactivated": { targetType: "user", before: { active: false }, after: { active: true } },
  "token.created": { targetType: "token", before: null, after: { name: "CI", prefix: "fd_ab12", scope: "read", expiresAt: null } },
  "token.revoked": { targetType: "token", before: { revokedAt: null }, after: { revokedAt: "2026-01-01T00:00:00.000Z" } },
};

/** Every `type: "x.y"` literal in the app's writers (lib/), and the review steps' types. */
function emittedTypes(): Set<string> {
  const root = path.resolve(import.meta.dirname, "../../..");
  const found = new Set<string>(Object.values(REVIEW_EVENT_TYPE));
  const walk = (dir: string) => {
    for (const name of readdirSync(path.join(root, dir))) {
      const rel = path.join(dir, name);
      if (statSync(path.join(root, rel)).isDirectory()) {
        if (name !== "generated") walk(rel);
      } else if (/\.ts$/.test(name)) {
        const text = readFileSync(path.join(root, rel), "utf8");
        if (!/appendEvents?\(/.test(text)) continue;
        // `type: "x.y"`, every literal of a conditional one (`type: a ? "x.y" : "x.z"`), and `const type = …`.
        for (const m of text.matchAll(/\btype:\s*([^,\n]+)|\bconst type\s*=\s*([^;\n]+)/g)) {
          for (const literal of (m[1] ?? m[2]).matchAll(/"([a-z_]+\.[a-z_]+)"/g)) found.add(literal[1]);
        }
      }
    }
  };
  walk("lib");
  return found;
}

describe("the change-event contract (issue 16)", () => {
  it("has one member per event type, and a sample of each parses", () => {
    expect(new Set(EVENT_TYPES).size).toBe(EVENT_TYPES.length);
    expect([...EVENT_TYPES].sort()).toEqual(Object.keys(SAMPLES).sort());
    for (const [type, sample] of Object.entries(SAMPLES)) {
      const parsed = parseEventPayload({ type, ...sample });
      expect(parsed.success, `${type}: ${parsed.success ? "" : parsed.error.message}`).toBe(true);
    }
  });

  it("covers every type a writer in lib/ emits, and no type nobody emits", () => {
    const emitted = emittedTypes();
    const known = new Set<string>(EVENT_TYPES);
    expect([...emitted].filter((t) => !known.has(t)).sort()).toEqual([]);
    expect([...known].filter((t) => !emitted.has(t)).sort()).toEqual([]);
  });

  it("rejects an unknown type", () => {
    expect(parseEventPayload({ type: "claim.teleported", targetType: "claim", before: null, after: null }).success).toBe(false);
    expect(parseEventPayload({ type: "review.requested", targetType: "claim", before: { reviewState: "open" }, after: { reviewState: "needs_review", version: 2 } }).success).toBe(false);
  });

  it("rejects a payload that does not fit its type", () => {
    // A re-anchoring without the new position, a deletion without the version, the wrong target.
    expect(parseEventPayload({ type: "claim.reanchored", targetType: "claim", before: SAMPLES["claim.reanchored"].before, after: { exact: "b", version: 2 } }).success).toBe(false);
    expect(parseEventPayload({ type: "claim.deleted", targetType: "claim", before: { deletedAt: null }, after: { deletedAt: "2026-01-01T00:00:00.000Z" } }).success).toBe(false);
    expect(parseEventPayload({ type: "claim.created", targetType: "article", before: null, after: SAMPLES["claim.created"].after }).success).toBe(false);
    expect(parseEventPayload({ type: "source.linked", targetType: "source", before: null, after: { version: 2 } }).success).toBe(false);
  });

  it("narrows before/after by type", () => {
    const parsed = changeEventPayloadSchema.parse({ type: "claim.reanchored", ...SAMPLES["claim.reanchored"] });
    if (parsed.type === "claim.reanchored") expect(parsed.after.anchorStatus).toBe("changed");
    else throw new Error("not narrowed");
  });
});
