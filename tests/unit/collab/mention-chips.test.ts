import { describe, expect, it } from "vitest";
import { highlightMentions } from "@/lib/server/support/mention-chips";

describe("highlightMentions", () => {
  it("wraps each mention of a mentioned person in a chip, longest name first", () => {
    expect(highlightMentions("<p>@Ana Lopes and @Ana, see this</p>", ["Ana", "Ana Lopes"])).toBe(
      '<p><span class="mention-chip">@Ana Lopes</span> and <span class="mention-chip">@Ana</span>, see this</p>',
    );
  });

  it("leaves tags, attributes, e-mail addresses and people not mentioned alone", () => {
    const html = '<p><a href="https://x.example/@Ana">link</a> ana@Ana.org @Anabel @Ben</p>';
    expect(highlightMentions(html, ["Ana"])).toBe(html);
  });

  it("matches names the renderer escaped", () => {
    expect(highlightMentions("<p>@O&#39;Neil: check</p>".replace("&#39;", escapeLikeRenderer("'")), ["O'Neil"])).toContain('class="mention-chip"');
  });
});

function escapeLikeRenderer(ch: string) {
  return ch === "'" ? "&#39;" : ch;
}
