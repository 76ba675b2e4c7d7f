import { describe, expect, it } from "vitest";
import { suggestClaims } from "@/lib/server/suggest-claims";
import { dismissSuggestion } from "@/lib/server/dismiss-suggestion";
import { restoreSuggestion } from "@/lib/server/restore-suggestion";
import { createClaim } from "@/lib/server/create-claim";
import { db, makeUser } from "../helpers";
import { makeArticle } from "./fixtures";

const BODY = [
  "Unemployment fell to 4.1% in March, the lowest level since 2008, the Office for National Statistics said.",
  "I think it was a lovely day.",
  "The government spent £2.3 billion on the scheme last year, according to the Treasury.",
  "What happens next?",
].join("\n");

describe("check-worthiness suggestions", () => {
  it("suggests check-worthy sentences with anchors, minus covered and dismissed ones", async () => {
    const editor = await makeUser("editor");
    const viewer = await makeUser("viewer");
    const article = await makeArticle(editor, BODY);
    const first = await suggestClaims(viewer, article.id);
    const texts = first.suggestions.map((s) => s.text);
    expect(texts).toContain("Unemployment fell to 4.1% in March, the lowest level since 2008, the Office for National Statistics said.");
    expect(texts).toContain("The government spent £2.3 billion on the scheme last year, according to the Treasury.");
    expect(texts).not.toContain("I think it was a lovely day.");
    for (const s of first.suggestions) {
      expect(article.text.slice(s.start, s.end)).toBe(s.text);
      expect(s.score).toBeGreaterThan(0);
      expect(s.reasons.length).toBeGreaterThan(0);
    }

    // Accepting = creating a claim from the suggestion's anchor.
    const unemployment = first.suggestions.find((s) => s.text.startsWith("Unemployment"))!;
    await createClaim(editor, article.id, { exact: unemployment.text, start: unemployment.start, end: unemployment.end, prefix: unemployment.prefix, suffix: unemployment.suffix });
    const spend = first.suggestions.find((s) => s.text.startsWith("The government"))!;
    await dismissSuggestion(editor, article.id, { key: spend.key });
    await dismissSuggestion(editor, article.id, { key: spend.key }); // idempotent

    const second = await suggestClaims(viewer, article.id);
    expect(second.suggestions.map((s) => s.key)).not.toContain(unemployment.key);
    expect(second.suggestions.map((s) => s.key)).not.toContain(spend.key);
    expect(await db.suggestionDismissal.count({ where: { articleId: article.id } })).toBe(1);
    expect(await db.event.count({ where: { articleId: article.id, type: "suggestion.dismissed" } })).toBe(1);
  });

  it("only editors may dismiss, and keys are checked", async () => {
    const editor = await makeUser("editor");
    const viewer = await makeUser("viewer");
    const article = await makeArticle(editor, BODY);
    await expect(dismissSuggestion(viewer, article.id, { key: "cw-00000000000001" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(dismissSuggestion(editor, article.id, { key: "<script>" })).rejects.toThrow(/suggestion key/);
    await expect(dismissSuggestion(editor, "missing", { key: "cw-00000000000001" })).rejects.toMatchObject({ code: "not_found" });
  });

  it("undo: a restored suggestion is suggested again, once, with an event; only editors may restore", async () => {
    const editor = await makeUser("editor");
    const viewer = await makeUser("viewer");
    const article = await makeArticle(editor, BODY);
    const [first] = (await suggestClaims(viewer, article.id)).suggestions;
    await dismissSuggestion(editor, article.id, { key: first.key });
    expect((await suggestClaims(viewer, article.id)).suggestions.map((s) => s.key)).not.toContain(first.key);
    await expect(restoreSuggestion(viewer, article.id, { key: first.key })).rejects.toMatchObject({ code: "forbidden" });
    expect(await restoreSuggestion(editor, article.id, { key: first.key })).toEqual({ key: first.key, dismissed: false });
    expect(await restoreSuggestion(editor, article.id, { key: first.key })).toEqual({ key: first.key, dismissed: false }); // idempotent
    const again = (await suggestClaims(viewer, article.id)).suggestions.find((s) => s.key === first.key);
    expect(again).toMatchObject({ text: first.text, start: first.start, end: first.end, score: first.score });
    expect(await db.suggestionDismissal.count({ where: { articleId: article.id } })).toBe(0);
    expect(await db.event.count({ where: { articleId: article.id, type: "suggestion.restored" } })).toBe(1);
    await expect(restoreSuggestion(editor, "missing", { key: first.key })).rejects.toMatchObject({ code: "not_found" });
    await expect(restoreSuggestion(editor, article.id, { key: "nope" })).rejects.toThrow(/suggestion key/);
  });
});
