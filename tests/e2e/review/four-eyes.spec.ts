import { expect, test } from "@playwright/test";
import { signIn } from "../fixtures";
import { apiAs, makeFinishedClaim, openQueueRow } from "./helpers";

test("a reviewer cannot approve a claim whose verdict they set themselves", async ({ page, browser }) => {
  // An editor prepares and submits the claim.
  const editorContext = await browser.newContext();
  const editor = await editorContext.newPage();
  await signIn(editor, "editor");
  const made = await makeFinishedClaim(editor, "Harbour four eyes");
  const submitted = await apiAs<{ claim: { version: number } }>(editor, "POST", `/api/claims/${made.claimId}/review`, { action: "submit", version: made.version });
  await editorContext.close();

  // The reviewer changes the verdict (so they set it), then tries to approve it.
  await signIn(page, "reviewer");
  await apiAs(page, "PATCH", `/api/claims/${made.claimId}`, { version: submitted.claim.version, verdict: "false" });
  const row = await openQueueRow(page, made.articleId, made.claimId);
  await expect(row.getByTestId("review-state")).toHaveText("Needs review");
  // Approve is not offered as if it would work: disabled, with the server's reason beside it.
  const approve = row.getByRole("button", { name: /^Approve/ });
  await expect(approve).toBeDisabled();
  await expect(row.getByTestId("review-blocked-reason")).toHaveText("You set this verdict yourself; another reviewer must approve it.");
  await expect(approve).toHaveAccessibleDescription("You set this verdict yourself; another reviewer must approve it.");
  // The server refuses it all the same when asked directly.
  const origin = new URL(page.url()).origin;
  const refused = await page.request.post(`/api/claims/${made.claimId}/review`, { data: { action: "approve", version: submitted.claim.version + 1 }, headers: { origin } });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.message).toBe("You set this verdict yourself; another reviewer must approve it.");
  await page.reload();
  await expect(page.locator(`[data-testid="queue-row"][data-claim-id="${made.claimId}"]`).getByTestId("review-state")).toHaveText("Needs review");
});
