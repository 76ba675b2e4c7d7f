import { describe, expect, it } from "vitest";
import { mentionProblem, parseMentions } from "@/lib/domain/mentions";
import { nameDistance, orList, suggestNames } from "@/lib/domain/name-suggestions";

const users = [
  { id: "r", name: "Rui Reviewer", email: "reviewer@factdesk.test" },
  { id: "a", name: "Ana Editor", email: "editor@factdesk.test" },
  { id: "b", name: "Ben Editor", email: "editor2@factdesk.test" },
  { id: "p", name: "Vladimir Putin" },
  { id: "j", name: "José Núñez" },
];

describe("did you mean: the closest colleague names to a name that matches nobody", () => {
  it("forgives a typo or a missing letter in a first name, a last name or an email", () => {
    expect(suggestNames("Rii", users).map((u) => u.name)).toEqual(["Rui Reviewer"]);
    expect(suggestNames("Putn", users).map((u) => u.name)).toEqual(["Vladimir Putin"]);
    expect(suggestNames("Reviwer", users).map((u) => u.name)).toEqual(["Rui Reviewer"]);
    expect(suggestNames("Benn", users).map((u) => u.name)).toEqual(["Ben Editor"]);
    expect(suggestNames("Jose Nunez", users).map((u) => u.name)).toEqual(["José Núñez"]);
  });

  it("offers several when several are as close, and nothing for a name too far off", () => {
    expect(suggestNames("Edtor", users).map((u) => u.name)).toEqual(["Ana Editor", "Ben Editor"]);
    expect(suggestNames("xyz", users)).toEqual([]);
    expect(suggestNames("q", users)).toEqual([]);
    expect(nameDistance("Rui", users[0])).toBeLessThan(nameDistance("Rii", users[0])!);
  });

  it("puts the suggestion in the message the server answers for an unknown @mention", () => {
    const parsed = parseMentions("Can @Rii check this?", users);
    expect(parsed.unknown).toEqual(["@Rii"]);
    expect(mentionProblem(parsed, users)).toBe("No user called @Rii. Did you mean Rui Reviewer? Check the spelling, pick a name from the list, or remove the @.");
    expect(mentionProblem(parseMentions("ask @zzzz", users), users)).toBe("No user called @zzzz. Check the spelling, pick a name from the list, or remove the @.");
  });

  it("joins names in plain English", () => {
    expect(orList(["A"])).toBe("A");
    expect(orList(["A", "B", "C"])).toBe("A, B or C");
  });
});
