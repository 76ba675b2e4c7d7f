import { describe, expect, it } from "vitest";
import { bodyToDoc, docToMarkdown, type PMDoc } from "@/lib/import";
import { KITCHEN_SINK, link } from "./fixtures";
import { plain } from "./helpers";

const para = (...content: PMDoc["content"]): PMDoc => ({ type: "doc", content: [{ type: "paragraph", content }] });
const roundTrip = (doc: PMDoc) => bodyToDoc(docToMarkdown(doc), "markdown");

describe("docToMarkdown", () => {
  it("round-trips every node and mark through the Markdown importer", () => {
    expect(roundTrip(KITCHEN_SINK)).toEqual(KITCHEN_SINK);
  });

  it("writes conventional Markdown", () => {
    const md = docToMarkdown(KITCHEN_SINK);
    expect(md).toContain("# Claim: *“80% of people”*\n");
    expect(md).toContain("**bold** and ***bold italic***");
    expect(md).toContain("[a link](<https://example.org/path?q=a&b=(1)>)");
    expect(md).toContain("- first\n- second\n  1. nested one\n  2. nested two\n\n* separate list");
    expect(md).toContain("7. seventh\n8. eighth");
    expect(md).toContain("> Quoted **source**\n>\n> second quoted paragraph");
    expect(md).toContain("````ts\nconst a = `x`;\n\n```\n  if (a < b) {}\n````");
    expect(md).toContain("Line one\\\nline two");
  });

  it("escapes text that would otherwise turn into markup", () => {
    const doc = bodyToDoc("*not italic* **nor bold** [not](a-link) <b>tag</b>\n# not a heading\n- not a list\n2. nor this\n+ plus\n===\n`tick` ~~x~~ a|b &amp;", "text");
    expect(roundTrip(doc)).toEqual(doc);
  });

  it("moves spaces outside emphasis so it still parses", () => {
    const doc = para(
      { type: "text", text: "a" },
      { type: "text", marks: [{ type: "bold" }], text: " spaced " },
      { type: "text", text: "b" },
    );
    expect(docToMarkdown(doc)).toBe("a **spaced** b\n");
  });

  it("pads code spans that touch backticks", () => {
    const doc = para({ type: "text", marks: [{ type: "code" }], text: "`a``b`" });
    expect(docToMarkdown(doc)).toBe("``` `a``b` ```\n");
    expect(roundTrip(doc)).toEqual(doc);
  });

  it("percent-encodes spaces and angle brackets in link targets", () => {
    const doc = para({ type: "text", marks: [link("https://x.org/a b<c>")], text: "x" });
    expect(docToMarkdown(doc)).toBe("[x](<https://x.org/a%20b%3Cc%3E>)\n");
  });

  it("drops unsafe links to plain text", () => {
    const doc = para({ type: "text", marks: [link("javascript:alert(1)")], text: "x" });
    expect(docToMarkdown(doc)).toBe("x\n");
  });

  it("keeps three adjacent lists separate", () => {
    const list = { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "i" }] }] }] };
    const doc: PMDoc = { type: "doc", content: [list, list, list] };
    expect(roundTrip(doc)).toEqual(doc);
  });

  it("round-trips imported plain text (paragraph text survives)", () => {
    const doc = bodyToDoc("First paragraph.\nSecond — with “quotes” and 🚀.", "text");
    expect(plain(roundTrip(doc))).toBe(plain(doc));
  });

  it("renders an empty document as an empty string", () => {
    expect(docToMarkdown(bodyToDoc("", "text"))).toBe("");
  });
});
