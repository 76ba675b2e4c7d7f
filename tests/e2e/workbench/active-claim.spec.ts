import { expect, test } from "@playwright/test";
import { signIn } from "../fixtures";
import { createArticle, openArticle } from "../live/helpers";

const OUTER = "The mayor said the new bridge cost 40 million euros to build, and that it opened on time in the spring after three years of work.";
const BODY = [OUTER, "Construction began in the spring of 2019 and lasted three years."].join("\n\n");

test("the open claim reads as one highlighted span where other claims nest inside it: no box around each piece", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, "editor");
  const articleId = await createArticle(page, `Active claim ${Date.now()}`, BODY);
  const origin = new URL(page.url()).origin;
  const ids: string[] = [];
  for (const [exact, verdict] of [[OUTER, "false"], ["40 million euros", "verified"], ["opened on time in the spring", "disputed"]]) {
    const made = await page.request.post(`/api/articles/${articleId}/claims`, { data: { exact }, headers: { origin } });
    expect(made.status()).toBe(201);
    const { claim } = await made.json();
    const set = await page.request.patch(`/api/claims/${claim.id}`, { data: { verdict, version: claim.version }, headers: { origin } });
    expect(set.status(), await set.text()).toBe(200);
    ids.push(claim.id);
  }
  await openArticle(page, articleId, `?claim=${ids[0]}`);
  const pieces = page.locator(`.ProseMirror .claim-hl--active[data-claim-id="${ids[0]}"]`);
  // The two inner claims cut the open one into five pieces.
  await expect(pieces).toHaveCount(5);
  await expect(page.locator(".ProseMirror .claim-hl--flash")).toHaveCount(0, { timeout: 5_000 });
  await page.locator(".ProseMirror p").first().screenshot({ path: "test-results/active-claim-nested.png" });

  const drawn = await pieces.evaluateAll((els) =>
    els.map((el) => {
      const s = getComputedStyle(el);
      const px = (v: string) => parseFloat(v) || 0;
      return {
        text: el.textContent,
        sideEdges: (s.outlineStyle !== "none" ? px(s.outlineWidth) : 0) + px(s.borderLeftWidth) + px(s.borderRightWidth) + (s.boxShadow === "none" ? 0 : 1),
        top: s.borderTopStyle === "solid" ? px(s.borderTopWidth) : 0,
        bottom: s.borderBottomStyle === "solid" ? px(s.borderBottomWidth) : 0,
        colour: s.borderTopColor,
        rect: el.getBoundingClientRect().toJSON() as DOMRect,
      };
    }),
  );
  for (const piece of drawn) {
    // No edge between pieces (an outline, side borders or a shadow would draw one per piece) ...
    expect(piece.sideEdges, `piece "${piece.text}"`).toBe(0);
    // ... but a line over and a thicker line under every piece, in the verdict's colour: one band.
    expect(piece.top).toBeGreaterThanOrEqual(2);
    expect(piece.bottom).toBeGreaterThanOrEqual(3);
    expect(piece.colour).toBe("rgb(220, 38, 38)");
  }
  // Pieces on one line sit at one height, so their lines join.
  const firstLine = drawn.filter((p) => Math.abs(p.rect.top - drawn[0].rect.top) < 8);
  expect(firstLine.length).toBeGreaterThan(1);
  for (const p of firstLine) expect(p.rect.top).toBeCloseTo(drawn[0].rect.top, 0);

  // A claim that is not open has no line over it, so the open one stands out.
  const inner = page.locator(`.ProseMirror .claim-hl[data-claim-id="${ids[1]}"]`);
  expect(await inner.evaluate((el) => getComputedStyle(el).borderTopWidth)).toBe("0px");
  // Opening the inner claim (j moves to the next claim) moves the band to it.
  await page.locator(".ProseMirror").focus();
  await page.keyboard.press("j");
  await expect(page.getByTestId("claim-panel")).toHaveAttribute("data-claim-id", ids[1]);
  await expect(inner).toHaveClass(/claim-hl--active/);
  await expect(pieces).toHaveCount(0);
});
