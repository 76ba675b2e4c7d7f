import { expect, type Page } from "@playwright/test";
import { waitForWorkbench } from "../workbench/helpers";

export const LIVE_BODY = [
  "The mayor said the new bridge cost 40 million euros to build.",
  "Construction began in the spring of 2019 and lasted three years.",
  "Critics claim the project was delayed by twelve months.",
  "The city council approved a second bridge last week.",
].join("\n\n");

/** Creates a private article through the API (so edits here disturb no other spec) and returns its id. */
export async function createArticle(page: Page, title: string, body = LIVE_BODY, extra: Record<string, unknown> = {}): Promise<string> {
  const origin = new URL(page.url()).origin;
  const res = await page.request.post("/api/articles", { data: { title, body, ...extra }, headers: { origin } });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).id;
}

export async function openArticle(page: Page, articleId: string, query = "") {
  await page.goto(`/articles/${articleId}${query}`);
  await waitForWorkbench(page);
}

/** The id of the claim open in the panel once it is saved (not an optimistic temp claim). */
export async function openClaimId(page: Page): Promise<string> {
  const panel = page.getByTestId("claim-panel");
  await expect(panel).toHaveAttribute("data-claim-id", /^(?!temp-).+/);
  return (await panel.getAttribute("data-claim-id")) ?? "";
}

export const highlight = (page: Page, claimId: string) => page.locator(`.ProseMirror .claim-hl[data-claim-id="${claimId}"]`);

/** Opens one of the claim panel's tabs (Details, Comments, History, Similar). */
export async function openPanelTab(page: Page, name: RegExp) {
  const tab = page.getByTestId("claim-panel").getByRole("tab", { name });
  await expect(async () => {
    await tab.click();
    await expect(tab).toHaveAttribute("aria-selected", "true", { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}
