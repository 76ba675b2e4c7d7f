import { describe, expect, it } from "vitest";
import { FACTDESK_FORMAT, parseFactdeskJson, type FactdeskDocument } from "@/lib/export/factdesk-schema";
import { renderJson } from "@/lib/export/json";
import type { ExportInput } from "@/lib/export/types";
import { SAMPLE_INPUT, SAMPLE_OPTIONS, WITH_DRAFTS } from "@/tests/fixtures/export/sample-input";

/**
 * Stands in for "import into an empty database": rebuilds an ExportInput from a parsed
 * document with fresh ids and timestamps, as the import use case will, then re-exports.
 */
function reimport(doc: FactdeskDocument): ExportInput {
  let next = 0;
  const fresh = (prefix: string) => `${prefix}_new${++next}`;
  const now = "2030-01-01T00:00:00.000Z";
  return {
    article: { ...doc.article, id: fresh("art"), createdAt: now, updatedAt: now },
    claims: doc.claims.map((c) => {
      const commentIds = new Map(c.comments.map((m) => [m.id, fresh("cmt")]));
      return {
        id: fresh("clm"), number: 0, ...c.anchor, anchorStatus: c.anchor.status,
        claimant: c.claimant, normalized: c.normalized, verdict: c.verdict, rationale: c.rationale,
        reviewState: c.reviewState, assignee: c.assignee, createdBy: c.createdBy, createdAt: now, updatedAt: now,
        approvedBy: c.approvedBy, approvedAt: c.approvedAt ? now : null,
        sources: c.sources.map((s) => ({ ...s, id: fresh("src") })),
        comments: c.comments.map((m) => ({
          ...m, id: commentIds.get(m.id)!, parentId: m.parentId ? commentIds.get(m.parentId)! : null,
          createdAt: now, editedAt: m.editedAt ? now : null, resolvedAt: m.resolvedAt ? now : null,
        })),
        history: c.history.map((e, i) => ({ ...e, id: 1000 + i, createdAt: now })),
      };
    }),
  };
}

/** Content without ids and timestamps; comment threading kept as positions in the list. */
function content(json: string): unknown {
  const doc = JSON.parse(json) as FactdeskDocument;
  const isTime = (k: string) => /At$/.test(k) && k !== "accessedAt" && k !== "publishedAt";
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).filter(([k]) => k !== "id" && !isTime(k)).map(([k, v]) => [k, strip(v)]));
    }
    return value;
  };
  const claims = doc.claims.map((c) => ({
    ...c,
    comments: c.comments.map((m) => ({ ...m, parentId: m.parentId ? c.comments.findIndex((p) => p.id === m.parentId) : null })),
  }));
  return strip({ ...doc, claims });
}

describe("factdesk/1 JSON", () => {
  const json = renderJson(SAMPLE_INPUT, WITH_DRAFTS);

  it("validates against its own schema", () => {
    const parsed = parseFactdeskJson(json);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.format).toBe(FACTDESK_FORMAT);
    expect(parsed.value.article.text).toBe(SAMPLE_INPUT.article.text);
    expect(parsed.value.claims.map((c) => c.draft)).toEqual([false, false, true, false, false]);
  });

  it("round-trips: export, import into an empty instance, export again gives the same content", () => {
    const first = parseFactdeskJson(json);
    if (!first.ok) throw new Error(first.message);
    const again = renderJson(reimport(first.value), WITH_DRAFTS);
    expect(content(again)).toEqual(content(json));
    expect(JSON.stringify(content(json))).toContain("Thanks — link the English version");
  });

  it("carries threaded comments, sources with stances and the history", () => {
    const doc = JSON.parse(json) as FactdeskDocument;
    const first = doc.claims[0];
    expect(first.comments[1].parentId).toBe(first.comments[0].id);
    expect(first.comments[0].author).toEqual({ name: "Ben Okafor", email: "ben@factdesk.test" });
    expect(first.sources[0]).toMatchObject({ stance: "supports", excerpt: expect.stringContaining("We note with regret") });
    expect(first.history.map((e) => e.type)).toEqual(["claim.created", "review.approved"]);
  });

  it("holds approved claims only by default", () => {
    const doc = JSON.parse(renderJson(SAMPLE_INPUT, SAMPLE_OPTIONS)) as FactdeskDocument;
    expect(doc.includesDrafts).toBe(false);
    expect(doc.claims.every((c) => c.reviewState === "approved" && !c.draft)).toBe(true);
  });

  it("rejects other formats and versions with a clear message", () => {
    const doc = JSON.parse(json) as Record<string, unknown>;
    const v2 = parseFactdeskJson({ ...doc, format: "factdesk/2" });
    expect(v2).toEqual({ ok: false, message: expect.stringContaining('Unsupported export format "factdesk/2"') });
    const none = parseFactdeskJson({ title: "x" });
    expect(none).toEqual({ ok: false, message: expect.stringContaining('no "format" field') });
    expect(parseFactdeskJson("{not json")).toEqual({ ok: false, message: "This file is not valid JSON." });
    expect(parseFactdeskJson([1, 2]).ok).toBe(false);
  });

  it("names the field that is wrong", () => {
    const doc = JSON.parse(json) as FactdeskDocument;
    doc.claims[1].verdict = "Maybe?" as never; // not the shape of a rating key
    doc.claims[0].comments[1].parentId = "cmt_missing";
    const result = parseFactdeskJson(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain("claims[1].verdict");
    expect(result.message).toContain('claims[0].comments[1].parentId: reply to unknown comment "cmt_missing"');
  });
});
