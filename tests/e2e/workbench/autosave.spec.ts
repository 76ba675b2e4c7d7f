import { expect, test, type Page } from "@playwright/test";
import { openSampleArticle, signIn } from "../fixtures";
import { createClaimViaApi, openClaimFromText, waitForWorkbench } from "./helpers";

test.setTimeout(180_000); // several page loads; the shared test machine is slow

async function storedRationale(page: Page, claimId: string): Promise<string> {
  const res = await page.request.get(`/api/claims/${claimId}`);
  expect(res.status()).toBe(200);
  return (await res.json()).claim.rationale;
}

test.beforeEach(async ({ page }) => {
  await signIn(page, "editor");
  await openSampleArticle(page);
  await waitForWorkbench(page);
});

test("typing then reloading at once: the browser warns, and the text is restored and then saved", async ({ page }) => {
  const claim = await createClaimViaApi(page, "relations continue to deteriorate");
  await page.reload();
  await waitForWorkbench(page);
  await openClaimFromText(page, claim.id);
  const panel = page.getByTestId("claim-panel");
  const text = "Kremlin transcript, 18 March: the offer and the refusal are both on record.";

  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.type());
    void d.accept();
  });
  await panel.getByLabel("Rationale").fill(text);
  await expect(panel.getByTestId("autosave-status")).toHaveText("Unsaved changes");
  await page.reload(); // before the autosave timer fires
  expect(dialogs).toContain("beforeunload");

  await waitForWorkbench(page);
  await expect(page.getByTestId("claim-panel")).toHaveAttribute("data-claim-id", claim.id);
  await expect(panel.getByLabel("Rationale")).toHaveValue(text);
  await expect(panel.getByTestId("autosave-status")).toContainText("Restored your unsaved edit");
  await expect(panel.getByTestId("autosave-status")).toHaveText("Saved");
  expect(await storedRationale(page, claim.id)).toBe(text);

  // Saved and clean: a reload now neither warns nor needs the local copy.
  dialogs.length = 0;
  await page.reload();
  await waitForWorkbench(page);
  await expect(panel.getByLabel("Rationale")).toHaveValue(text);
  expect(dialogs).toEqual([]);
});

test("a save the network swallows says so and is retried until it lands", async ({ page }) => {
  const claim = await createClaimViaApi(page, "the two nations");
  await page.reload();
  await waitForWorkbench(page);
  await openClaimFromText(page, claim.id);
  const panel = page.getByTestId("claim-panel");

  let refused = 0;
  await page.route(`**/api/claims/${claim.id}`, (route) => {
    if (route.request().method() !== "PATCH") return route.continue();
    refused += 1;
    return route.abort("internetdisconnected");
  });
  await panel.getByLabel("Claimant").fill("Dmitry Peskov");
  await expect(panel.getByTestId("autosave-status")).toHaveText("Offline, will retry");
  expect(refused).toBeGreaterThan(0);
  expect((await (await page.request.get(`/api/claims/${claim.id}`)).json()).claim.claimant).toBeNull();

  await page.unroute(`**/api/claims/${claim.id}`);
  await expect(panel.getByTestId("autosave-status")).toHaveText("Saved", { timeout: 15_000 });
  expect((await (await page.request.get(`/api/claims/${claim.id}`)).json()).claim.claimant).toBe("Dmitry Peskov");
});

test("autosave meets a colleague's newer save of the same field: the conflict dialog, not an overwrite", async ({ page }) => {
  const claim = await createClaimViaApi(page, "missed opportunity");
  await page.route("**/api/articles/*/events**", (r) => r.abort()); // keep the loaded version
  await page.reload();
  await waitForWorkbench(page);
  await openClaimFromText(page, claim.id);

  const origin = new URL(page.url()).origin;
  const colleague = await page.request.patch(`/api/claims/${claim.id}`, {
    data: { version: claim.version, rationale: "Saved elsewhere first.", base: { rationale: "" } },
    headers: { origin },
  });
  expect(colleague.status(), await colleague.text()).toBe(200);

  const panel = page.getByTestId("claim-panel");
  await panel.getByLabel("Rationale").fill("Typed here, on the old version.");
  const dialog = page.getByRole("dialog", { name: /changed this claim while you were editing/ });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Saved elsewhere first.");
  await expect(panel.getByTestId("autosave-status")).toContainText("Not saved");
  expect(await storedRationale(page, claim.id)).toBe("Saved elsewhere first.");
});
