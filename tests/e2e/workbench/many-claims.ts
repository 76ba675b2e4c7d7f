import { expect, type Page } from "@playwright/test";
import { createArticle } from "../live/helpers";

/**
 * Sentences of very different lengths (a few words to several lines), so claim list rows
 * would differ in height if their quotes were not clamped.
 */
export function variedSentences(n: number): string[] {
  const long = "according to a report the regional council published on Tuesday after a two-year review of spending on roads, bridges, schools and hospitals across the province";
  return Array.from({ length: n }, (_, i) => {
    const words = long.split(" ").slice(0, (i * 7) % 28);
    return `Statement ${i + 1} says the figure was ${i * 3 + 4} percent${words.length ? " " + words.join(" ") : ""}.`;
  });
}

/** A private article of `sentences` (one paragraph each) with every sentence marked as a claim, via the API. */
export async function createArticleWithClaims(page: Page, title: string, sentences: readonly string[]): Promise<{ articleId: string; claimIds: string[] }> {
  const articleId = await createArticle(page, title, sentences.join("\n\n"));
  const origin = new URL(page.url()).origin;
  const claimIds: string[] = [];
  for (const exact of sentences) {
    const res = await page.request.post(`/api/articles/${articleId}/claims`, { data: { exact }, headers: { origin } });
    expect(res.status(), await res.text()).toBe(201);
    claimIds.push((await res.json()).claim.id);
  }
  return { articleId, claimIds };
}

export const claimList = (page: Page) => page.getByRole("list", { name: "Claims in reading order" });

/** Waits until every row of the claim list is in the DOM (they are drawn in the background). */
export async function waitForRows(page: Page, count: number) {
  await expect(claimList(page).locator("[data-claim-item]")).toHaveCount(count);
  await expect(claimList(page)).not.toHaveAttribute("aria-busy", "true");
}
