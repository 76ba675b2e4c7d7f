import { describe, expect, it } from "vitest";
import type { FactdeskDocument } from "@/lib/export/factdesk-schema";
import { placeImportedAnchor, sanitiseImportedDoc, threadOrder, verdictSetterEmail } from "@/lib/server/support/imported-article";

type Comment = FactdeskDocument["claims"][number]["comments"][number];
const comment = (id: string, parentId: string | null): Comment => ({ id, parentId, author: { name: "A" }, body: id, createdAt: "2026-01-01T00:00:00.000Z", editedAt: null, resolvedAt: null });

const TEXT = "The council approved a budget of £12 million on Tuesday.\nThe mayor said it was the largest budget in a decade.";

describe("placeImportedAnchor", () => {
  it("keeps an anchor whose text is where it was", () => {
    const start = TEXT.indexOf("£12 million");
    expect(placeImportedAnchor(TEXT, { exact: "£12 million", prefix: "", suffix: "", start, end: start + 11, status: "anchored" })).toMatchObject({ start, end: start + 11, anchorStatus: "anchored", previousExact: null });
  });

  it("finds a quote that moved, by its text", () => {
    const placed = placeImportedAnchor(TEXT, { exact: "largest budget", prefix: "", suffix: "", start: 0, end: 14, status: "anchored" });
    expect(TEXT.slice(placed.start, placed.end)).toBe("largest budget");
  });

  it("marks a slightly different quote as changed and keeps the old words", () => {
    const placed = placeImportedAnchor(TEXT, { exact: "The mayor said it was the biggest budget in a decade.", prefix: "", suffix: "", start: 60, end: 110, status: "anchored" });
    expect(placed).toMatchObject({ anchorStatus: "changed", previousExact: "The mayor said it was the biggest budget in a decade." });
  });

  it("keeps a quote that is not in the text as an orphan, inside the text's bounds", () => {
    const placed = placeImportedAnchor(TEXT, { exact: "Nothing like this sentence appears anywhere.", prefix: "", suffix: "", start: 5000, end: 5040, status: "anchored" });
    expect(placed).toMatchObject({ anchorStatus: "orphan", start: TEXT.length, end: TEXT.length, exact: "Nothing like this sentence appears anywhere." });
  });
});

describe("threadOrder", () => {
  it("puts thread roots before replies and points replies of replies at the root", () => {
    const order = threadOrder([comment("r2", "r1"), comment("r1", "root"), comment("root", null)]);
    expect(order.map((o) => [o.comment.id, o.rootId])).toEqual([["root", null], ["r2", "root"], ["r1", "root"]]);
  });

  it("breaks a reply cycle instead of looping", () => {
    const order = threadOrder([comment("a", "b"), comment("b", "a")]);
    expect(order.map((o) => o.rootId)).toEqual([null, null]);
  });
});

describe("sanitiseImportedDoc", () => {
  it("drops scripts and unsafe links from a tampered document but keeps the text", () => {
    const doc = {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "Click ", marks: [] }, { type: "text", text: "here", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] },
        { type: "script", content: [{ type: "text", text: "alert(2)" }] },
      ],
    };
    const { doc: clean, text } = sanitiseImportedDoc({ id: "a", title: "t", publisher: null, byline: null, url: null, publishedAt: null, text: "Click here", doc, createdAt: "2026-01-01T00:00:00.000Z", updatedAt: "2026-01-01T00:00:00.000Z" });
    expect(JSON.stringify(clean)).not.toMatch(/javascript:|script/);
    expect(text).toContain("Click here");
  });

  it("falls back to the plain text when the document is empty", () => {
    const { text } = sanitiseImportedDoc({ id: "a", title: "t", publisher: null, byline: null, url: null, publishedAt: null, text: "Only text.", doc: {}, createdAt: "2026-01-01T00:00:00.000Z", updatedAt: "2026-01-01T00:00:00.000Z" });
    expect(text).toBe("Only text.");
  });
});

describe("verdictSetterEmail", () => {
  it("is the actor of the last history entry that set a verdict", () => {
    const history = [
      { id: 1, type: "claim.created", actor: { name: "Ana", email: "ana@x.test" }, createdAt: "2026-01-01T00:00:00.000Z", before: null, after: { verdict: "false" }, note: null },
      { id: 2, type: "claim.updated", actor: { name: "Ben", email: "Ben@X.test" }, createdAt: "2026-01-01T00:00:00.000Z", before: null, after: { verdict: "verified" }, note: null },
      { id: 3, type: "review.submitted", actor: { name: "Ana", email: "ana@x.test" }, createdAt: "2026-01-01T00:00:00.000Z", before: null, after: { reviewState: "needs_review" }, note: null },
    ];
    expect(verdictSetterEmail({ history } as unknown as FactdeskDocument["claims"][number])).toBe("ben@x.test");
  });
});
