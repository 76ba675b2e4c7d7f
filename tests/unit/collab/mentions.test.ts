import { describe, expect, it } from "vitest";
import { activeMentionQuery, filterMentionCandidates, insertMention, mentionProblem, parseMentions } from "@/lib/domain/mentions";

const users = [
  { id: "ana", name: "Ana Editor", email: "editor@factdesk.test" },
  { id: "ben", name: "Ben Editor", email: "editor2@factdesk.test" },
  { id: "rui", name: "Rui Reviewer", email: "reviewer@factdesk.test" },
  { id: "ana2", name: "Ana Lopes", email: "ana.lopes@factdesk.test" },
  { id: "zoe", name: "Zoë Ødegaard", email: "zoe@factdesk.test" },
];

describe("parseMentions", () => {
  it("finds full names, longest first, with their offsets", () => {
    const text = "Thanks @Ana Editor, and @Rui Reviewer please check.";
    const parsed = parseMentions(text, users);
    expect(parsed.userIds).toEqual(["ana", "rui"]);
    expect(parsed.matches.map((m) => text.slice(m.start, m.end))).toEqual(["@Ana Editor", "@Rui Reviewer"]);
    expect(parsed.unknown).toEqual([]);
  });

  it("accepts an email address and ignores case", () => {
    expect(parseMentions("cc @EDITOR2@factdesk.test.", users).userIds).toEqual(["ben"]);
    expect(parseMentions("@rui reviewer", users).userIds).toEqual(["rui"]);
  });

  it("accepts a first name only when one colleague has it", () => {
    expect(parseMentions("@Ben can you look?", users).userIds).toEqual(["ben"]);
    const parsed = parseMentions("@Ana can you look?", users);
    expect(parsed.userIds).toEqual([]);
    expect(parsed.ambiguous).toEqual([{ token: "@Ana", names: ["Ana Editor", "Ana Lopes"] }]);
    expect(mentionProblem(parsed)).toBe("@Ana could be Ana Editor or Ana Lopes. Type the full name or the email address.");
  });

  it("reports unknown mentions by the token typed", () => {
    const parsed = parseMentions("@xyz and @Ana Editor and @nobody@else.org", users);
    expect(parsed.userIds).toEqual(["ana"]);
    expect(parsed.unknown).toEqual(["@xyz", "@nobody@else.org"]);
    expect(mentionProblem(parsed)).toMatch(/^No user called @xyz, @nobody@else.org\./);
  });

  it("does not treat an address or a lone @ as a mention", () => {
    const parsed = parseMentions("Mail editor@factdesk.test or meet @ 5pm; @@ ; x@y", users);
    expect(parsed).toEqual({ userIds: [], matches: [], unknown: [], ambiguous: [] });
  });

  it("handles punctuation, line starts and non-ASCII names", () => {
    const parsed = parseMentions("(@Ben Editor)\n@Zoë Ødegaard: see @Rui.", users);
    expect(parsed.userIds).toEqual(["ben", "zoe", "rui"]);
  });

  it("mentions each person once even when named twice", () => {
    const parsed = parseMentions("@Ben Editor and again @Ben", users);
    expect(parsed.userIds).toEqual(["ben"]);
    expect(parsed.matches).toHaveLength(2);
  });

  it("does not take a longer word for a name", () => {
    expect(parseMentions("@Benjamin", users).unknown).toEqual(["@Benjamin"]);
  });
});

describe("autocomplete helpers", () => {
  it("finds the @query at the caret", () => {
    expect(activeMentionQuery("hello @an", 9)).toEqual({ start: 6, query: "an" });
    expect(activeMentionQuery("hello @Ana Ed", 13)).toEqual({ start: 6, query: "Ana Ed" });
    expect(activeMentionQuery("@", 1)).toEqual({ start: 0, query: "" });
    expect(activeMentionQuery("mail a@b", 8)).toBeNull();
    expect(activeMentionQuery("@Ana Editor said so", 19)).toBeNull();
    expect(activeMentionQuery("@ana\nnext", 9)).toBeNull();
  });

  it("ranks names that start with the query first", () => {
    expect(filterMentionCandidates(users, "an").map((u) => u.id)).toEqual(["ana", "ana2"]);
    expect(filterMentionCandidates(users, "edi").map((u) => u.id)).toEqual(["ana", "ben"]);
    expect(filterMentionCandidates(users, "review").map((u) => u.id)).toEqual(["rui"]);
    expect(filterMentionCandidates(users, "").length).toBe(5);
    expect(filterMentionCandidates(users, "", 2).length).toBe(2);
    expect(filterMentionCandidates(users, "qqq")).toEqual([]);
  });

  it("inserts the full name (or the email when the name is shared) and moves the caret", () => {
    const text = "hi @be there";
    expect(insertMention(text, 3, 6, users[1], users)).toEqual({ text: "hi @Ben Editor there", caret: 15 });
    const twins = [...users, { id: "ben2", name: "Ben Editor", email: "ben2@x.org" }];
    expect(insertMention("@b", 0, 2, twins[5], twins)).toEqual({ text: "@ben2@x.org ", caret: 12 });
  });

  it("an inserted mention parses back to the same person", () => {
    const { text } = insertMention("ping @zo", 5, 8, users[4], users);
    expect(parseMentions(text, users).userIds).toEqual(["zoe"]);
  });
});
