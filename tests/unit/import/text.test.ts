import { describe, expect, it } from "vitest";
import { bodyToDoc } from "@/lib/import";
import { expectValidDoc, plain } from "./helpers";

const para = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });

describe("bodyToDoc: plain text", () => {
  it("makes one paragraph per non-empty line", () => {
    const doc = bodyToDoc("First line.\nSecond line.\n\n\n\nThird after blanks.", "text");
    expect(doc).toEqual({ type: "doc", content: [para("First line."), para("Second line."), para("Third after blanks.")] });
    expectValidDoc(doc);
  });

  it("normalises CRLF and lone CR line endings", () => {
    expect(bodyToDoc("a\r\nb\r\n\r\nc\rd", "text").content).toEqual([para("a"), para("b"), para("c"), para("d")]);
  });

  it("trims trailing whitespace, keeps leading indentation, skips whitespace-only lines", () => {
    const doc = bodyToDoc("  indented   \n \t \nnext\t", "text");
    expect(doc.content).toEqual([para("  indented"), para("next")]);
    expectValidDoc(doc);
  });

  it("applies no formatting: Markdown and HTML stay literal text", () => {
    const doc = bodyToDoc("**not bold** <b>nor this</b> <script>alert(1)</script>", "text");
    expect(doc.content).toEqual([para("**not bold** <b>nor this</b> <script>alert(1)</script>")]);
    expectValidDoc(doc);
  });

  it("returns a single empty paragraph for empty or blank input", () => {
    for (const body of ["", "\n\n", "   \r\n  "]) {
      const doc = bodyToDoc(body, "text");
      expect(doc).toEqual({ type: "doc", content: [{ type: "paragraph" }] });
      expectValidDoc(doc);
    }
  });

  it("preserves Unicode: curly quotes, dashes, accents, emoji, CJK", () => {
    const line = "“Quoted” — it’s naïve 👩🏽‍💻 🇫🇷 日本語 ½";
    const doc = bodyToDoc(line, "text");
    expect(plain(doc)).toBe(line);
    expectValidDoc(doc);
  });

  it("drops a byte-order mark and invisible control characters, keeps tabs", () => {
    const doc = bodyToDoc("\uFEFFa\u0000b\u0007c\td", "text");
    expect(plain(doc)).toBe("abc\td");
  });

  it("keeps no-break spaces (they are deliberate)", () => {
    expect(plain(bodyToDoc("10\u00a0km", "text"))).toBe("10\u00a0km");
  });
});
