import { describe, expect, it } from "vitest";
import { detectFormat, IMPORT_LIMITS } from "@/lib/import";

describe("detectFormat", () => {
  it.each([
    ["article.txt", "text"],
    ["notes.TXT", "text"],
    ["README.md", "markdown"],
    ["story.markdown", "markdown"],
    ["page.html", "html"],
    ["PAGE.HTM", "html"],
    ["my.story.v2.md", "markdown"],
    ["C:\\Users\\me\\report.html", "html"],
  ] as const)("recognises %s by extension", (name, format) => {
    expect(detectFormat(name)).toBe(format);
  });

  it("prefers the extension over an unreliable content type", () => {
    expect(detectFormat("notes.md", "application/octet-stream")).toBe("markdown");
    expect(detectFormat("notes.md", "text/plain")).toBe("markdown");
  });

  it("falls back to the content type (parameters ignored) only when there is no extension", () => {
    expect(detectFormat("pasted", "text/html; charset=utf-8")).toBe("html");
    expect(detectFormat("pasted", "TEXT/MARKDOWN")).toBe("markdown");
    expect(detectFormat("pasted", "text/plain")).toBe("text");
    expect(detectFormat("pasted", "application/pdf")).toBeNull();
    expect(detectFormat("pasted")).toBeNull();
  });

  it("rejects unknown extensions even when the content type looks acceptable", () => {
    expect(detectFormat("report.pdf")).toBeNull();
    expect(detectFormat("letter.docx", "text/plain")).toBeNull();
    expect(detectFormat("archive.md.zip")).toBeNull();
    expect(detectFormat("trailing.")).toBeNull();
    expect(detectFormat("")).toBeNull();
  });

  it("treats a dotfile name as having no extension", () => {
    expect(detectFormat(".md")).toBeNull();
    expect(detectFormat(".md", "text/markdown")).toBe("markdown");
  });
});

describe("IMPORT_LIMITS", () => {
  it("caps uploads at 2,000,000 bytes", () => {
    expect(IMPORT_LIMITS.maxBytes).toBe(2_000_000);
  });
});
