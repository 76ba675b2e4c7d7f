import { describe, expect, it } from "vitest";
import { orderSuggestions } from "@/app/_components/suggestions/suggestions-panel";
import type { SuggestionView } from "@/lib/server/suggest-claims";

const s = (key: string, start: number, score: number): SuggestionView => ({ key, text: key, start, end: start + 5, prefix: "", suffix: "", score, reasons: [] });

describe("suggestions panel order", () => {
  const list = [s("a", 0, 0.6), s("b", 10, 0.9), s("c", 20, 0.6), s("d", 30, 0.95)];
  it("highest score first, ties in reading order", () => {
    expect(orderSuggestions(list, "score").map((x) => x.key)).toEqual(["d", "b", "a", "c"]);
  });
  it("reading order", () => {
    expect(orderSuggestions([...list].reverse(), "reading").map((x) => x.key)).toEqual(["a", "b", "c", "d"]);
  });
});
