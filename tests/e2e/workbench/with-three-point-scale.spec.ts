import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "../fixtures";
import { isCreateClaim, selectWithMouse, waitForWorkbench } from "./helpers";

/**
 * Issue 13 §5: the newsroom's rating scale is the one the workbench offers. An admin switches
 * to the three-point preset (moving the demo's claims of removed ratings, as the form asks);
 * the verdict choices are then the scale's labels; a claim saved with one shows it in the
 * claims list and in the HTML report.
 *
 * The scale is shared by the whole (serial) browser suite, so this file sorts last in its
 * folder and sets the default five verdicts back at the end (claims moved to "True" go back
 * to "Verified"; disputed and unverifiable demo claims stay "Misleading").
 */
const SENTENCE = "The bridge cost twice its budget and opened two years late.";

async function api(page: Page, method: "POST" | "PUT", path: string, data: unknown) {
  const origin = new URL(page.url()).origin;
  const res = await page.request.fetch(path, { method, data, headers: { origin } });
  expect(res.ok(), `${method} ${path}: ${await res.text()}`).toBe(true);
  return res.json();
}

test.afterAll(async ({ browser }) => {
  const page = await browser.newPage();
  await signIn(page, "admin");
  const { presets } = await (await page.request.get("/api/settings/rating-scale")).json();
  await api(page, "PUT", "/api/settings/rating-scale", { scale: presets["five-verdict"], moveTo: { true: "verified" } });
  await page.close();
});

test("with the three-point scale, the workbench offers its labels and the claims list and HTML report show them", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signIn(page, "admin");
  await page.goto("/admin/settings");
  await page.getByLabel("Start from a preset").selectOption({ label: "Three-point scale" });
  await page.getByRole("button", { name: "Save rating scale" }).click();
  // The demo's claims use ratings the preset removes: the form asks where they go.
  const moves = page.locator('select[id^="move-"]');
  await expect(moves.first()).toBeVisible();
  for (const select of await moves.all()) {
    const key = (await select.getAttribute("id"))!.slice("move-".length);
    await select.selectOption({ label: key === "verified" ? "True" : "Misleading" });
  }
  await page.getByRole("button", { name: "Save rating scale" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Rating scale saved." })).toBeVisible();

  const article: { id: string } = await api(page, "POST", "/api/articles", { title: "Three-point check", body: `${SENTENCE}\n\nThe mayor disagreed.` });
  await page.goto(`/articles/${article.id}`);
  await waitForWorkbench(page);
  await selectWithMouse(page, SENTENCE);
  const created = page.waitForResponse(isCreateClaim);
  await page.getByRole("button", { name: /Mark as claim/ }).click();
  const claimId: string = (await (await created).json()).claim.id;

  const panel = page.getByTestId("claim-panel");
  const verdicts = panel.getByRole("group", { name: "Verdict" }).getByRole("radio");
  await expect(verdicts).toHaveCount(4);
  for (const label of ["Unchecked", "True", "Misleading", "False"]) await expect(panel.getByRole("radio", { name: label, exact: true })).toBeVisible();
  await expect(panel.getByRole("radio", { name: "Verified" })).toHaveCount(0);
  await panel.getByRole("radio", { name: "True", exact: true }).check();
  await panel.getByRole("button", { name: "Save claim" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Claim saved." })).toBeVisible();

  // The claims list: the claim's chip, and the verdict filter counts it under "True".
  const item = page.locator(`[data-claim-item="${claimId}"]`);
  await expect(item).toContainText("True");
  await expect(page.getByRole("group", { name: "Filter claims by verdict" }).getByRole("button", { name: /True\s*1/ })).toBeVisible();
  await expect(page.locator(`.claim-hl[data-claim-id="${claimId}"]`).first()).toHaveClass(/claim-hl--true/);

  // The HTML report (drafts included: the claim is not reviewed yet) uses the scale's words and colours.
  const report = await page.request.get(`/api/articles/${article.id}/export?format=html&drafts=1`);
  expect(report.ok()).toBe(true);
  const html = await report.text();
  expect(html).toContain(`<span class="letter" aria-hidden="true">T</span>True</span>`);
  expect(html).toContain(".v-true{--verdict:#15803d}");
  expect(html).not.toContain("Verified");

  // The report opened in a browser: one <main> landmark, and no serious or critical axe finding (issue 11).
  const reader = await (await browser.newContext()).newPage();
  await reader.setContent(html);
  await expect(reader.getByRole("main")).toHaveCount(1);
  const axe = await new AxeBuilder({ page: reader }).analyze();
  const serious = axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});
