import { describe, expect, it } from "vitest";
import { isSafeLinkUrl, isWebUrl, safeLinkHref } from "@/lib/domain/link-safety";

describe("the one link rule", () => {
  it("accepts absolute http(s) with a host and mailto with an address", () => {
    for (const url of ["https://example.org/a?b=1#c", "http://localhost:3000/x", "mailto:desk@example.org", "HTTPS://EXAMPLE.ORG"]) {
      expect(isSafeLinkUrl(url), url).toBe(true);
    }
  });

  it("refuses script and data schemes, relative paths, empty mailto and overlong URLs", () => {
    for (const url of [
      "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)",
      "\u0000javascript:alert(1)", "data:text/html,<script>", "vbscript:msgbox(1)", "file:///etc/passwd",
      "//evil.example/x", "/relative", "relative", "", "mailto:", "http://", `https://example.org/${"a".repeat(2050)}`,
    ]) {
      expect(isSafeLinkUrl(url), JSON.stringify(url)).toBe(false);
    }
  });

  it("returns the href as a browser reads it", () => {
    expect(safeLinkHref("  https://example.org/a\tb \n")).toBe("https://example.org/ab");
    expect(safeLinkHref(null)).toBeNull();
  });

  it("keeps sources to web addresses", () => {
    expect(isWebUrl("https://example.org")).toBe(true);
    expect(isWebUrl("mailto:desk@example.org")).toBe(false);
    expect(isWebUrl("javascript:alert(1)")).toBe(false);
  });
});
