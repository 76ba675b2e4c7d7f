import { describe, expect, it } from "vitest";
import { anchorForSelection } from "@/lib/editor/selection-anchor";
import { docFromText } from "./editor-fixtures";

const TEXT = "Moscow said talks were a missed opportunity.\nRussia denies the meddling charge.";
const doc = docFromText(TEXT);
/** Position of a plain-text offset in this two-paragraph document (paragraph tokens add 1 and 2). */
const pos = (offset: number) => (offset <= TEXT.indexOf("\n") ? offset + 1 : offset + 2);

describe("anchorForSelection", () => {
  it("turns a selection into the quote, context and offsets a claim stores", () => {
    const start = TEXT.indexOf("missed");
    const result = anchorForSelection(doc, pos(start), pos(start + "missed opportunity".length));
    expect(result).toEqual({ ok: true, anchor: { exact: "missed opportunity", prefix: "Moscow said talks were a ", suffix: ".\nRussia denies the meddling cha", start, end: start + 18 } });
  });

  it("works across paragraphs, with the paragraph break as a newline", () => {
    const start = TEXT.indexOf("opportunity");
    const end = TEXT.indexOf(" denies");
    const result = anchorForSelection(doc, pos(start), pos(end));
    expect(result.ok && result.anchor.exact).toBe("opportunity.\nRussia");
  });

  it("drops whitespace at the ends of a dragged selection", () => {
    // From the end of the first paragraph to just after "Russia ": "\nRussia " in the text.
    const result = anchorForSelection(doc, pos(TEXT.indexOf("\n")), pos(TEXT.indexOf("denies")));
    expect(result).toMatchObject({ ok: true, anchor: { exact: "Russia", start: TEXT.indexOf("Russia") } });
  });

  it("explains why an empty or whitespace-only selection marks nothing", () => {
    expect(anchorForSelection(doc, 5, 5)).toMatchObject({ ok: false, reason: "empty" });
    const space = TEXT.indexOf(" said");
    const result = anchorForSelection(doc, pos(space), pos(space + 1));
    expect(result).toMatchObject({ ok: false, reason: "whitespace" });
    expect(!result.ok && result.message).toMatch(/only spaces/);
  });
});
