import { describe, expect, it } from "vitest";
import { escapeMarkdown } from "@/lib/markdown";
import { renderMarkdown } from "@/lib/export/markdown";
import { HOSTILE_SCRIPT, SAMPLE_INPUT, SAMPLE_OPTIONS, WITH_DRAFTS } from "@/tests/fixtures/export/sample-input";

describe("Markdown export", () => {
  const md = renderMarkdown(SAMPLE_INPUT, WITH_DRAFTS);

  it("escapes Markdown in user text so it reads literally", () => {
    expect(escapeMarkdown("*Bob* [x](y) <b> #1 | a_b")).toBe("\\*Bob\\* \\[x\\](y) \\<b\\> \\#1 \\| a\\_b");
    expect(escapeMarkdown("- item\n1. first\n> quote")).toBe("\\- item\n1\\. first\n\\> quote");
    expect(md).toContain("- **Claimant:** \\<script\\>alert(1)\\</script\\>");
  });

  it("includes the rationale re-written as safe Markdown, with raw HTML shown as text", () => {
    expect(md).toContain(`Partly right. \\<img src=x onerror=alert(1)\\>`);
    expect(md).not.toContain(HOSTILE_SCRIPT);
    expect(md).toContain("- Russia recalled its ambassador");
  });

  it("marks claims in the text and drafts in headings", () => {
    expect(md).toContain("‘missed opportunity’ **\\[1\\]** as relations");
    expect(md).toContain("### Claim 3: Unverifiable (U) · DRAFT");
    expect(md).toContain("> **DRAFT:** This report includes 1 unapproved claim");
  });

  it("links only http(s) and mailto URLs, rationales included", () => {
    expect(md).toContain("archive: javascript:alert('archive')");
    for (const line of md.split("\n")) expect(line).not.toMatch(/\]\((?!<?(?:https?:|mailto:))/);
  });

  it("leaves drafts out by default", () => {
    const approved = renderMarkdown(SAMPLE_INPUT, SAMPLE_OPTIONS);
    expect(approved).not.toContain("DRAFT");
    expect(approved).not.toContain("Russia denies the meddling charge. **");
  });
});
