import { expect, test } from "@playwright/test";
import { openSampleArticle, signIn } from "../fixtures";
import { editorText, highlightedText, isCreateClaim, selectWithKeyboard, selectedText, waitForWorkbench } from "./helpers";

test.beforeEach(async ({ page }) => {
  await signIn(page, "editor");
  await openSampleArticle(page);
  await waitForWorkbench(page);
});

test("Shift+arrows select text and Ctrl/⌘+Shift+M marks it as a claim", async ({ page }) => {
  const sentence = "Russia denies the meddling charge.";
  await selectWithKeyboard(page, sentence);
  await expect.poll(() => selectedText(page)).toBe(sentence);
  await expect(page.getByRole("button", { name: /Mark as claim/ })).toContainText(/Ctrl\+Shift\+M|⌘⇧M/);

  const created = page.waitForResponse(isCreateClaim);
  await page.keyboard.press("ControlOrMeta+Shift+M");
  const response = await created;
  expect(response.status()).toBe(201);
  const claim = (await response.json()).claim;
  expect(claim.exact).toBe(sentence);
  await expect.poll(() => highlightedText(page, claim.id)).toBe(sentence);
  await expect(page.getByTestId("claim-panel")).toHaveAttribute("data-claim-id", claim.id);
  // The text itself stayed read-only: typing changes nothing.
  await page.keyboard.type("xyz");
  await expect(editorText(page)).not.toContainText("xyz");
});

test("a whitespace-only selection says why nothing was marked, and creates nothing", async ({ page }) => {
  const posts: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && r.url().includes("/claims")) posts.push(r.url());
  });
  const before = await page.getByRole("list", { name: "Claims in reading order" }).getByRole("listitem").count();
  await editorText(page).getByText("He then offered his own message").scrollIntoViewIfNeeded();
  // Select the single space between "He" and "then".
  await page.evaluate(() => {
    const root = document.querySelector(".ProseMirror")!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf("He then offered") ?? -1;
      if (at < 0) continue;
      (root as HTMLElement).focus();
      window.getSelection()?.setBaseAndExtent(node, at + 2, node, at + 3);
      return;
    }
  });
  await expect.poll(() => selectedText(page)).toBe(" ");
  await page.keyboard.press("ControlOrMeta+Shift+M");
  await expect(page.getByRole("status").filter({ hasText: "only spaces" })).toContainText("Select the words of the claim");
  await page.waitForTimeout(300);
  expect(posts).toEqual([]);
  await expect(page.getByRole("list", { name: "Claims in reading order" }).getByRole("listitem")).toHaveCount(before);
});

test("j and k move through the claims, and ? shows the shortcuts", async ({ page }) => {
  const items = page.getByRole("list", { name: "Claims in reading order" }).getByRole("button");
  await page.locator("body").click({ position: { x: 5, y: 300 } });
  await page.keyboard.press("j");
  await expect(items.nth(0)).toHaveAttribute("aria-current", "true");
  await expect(page.locator(".claim-hl--flash").first()).toBeVisible();
  const firstId = await page.getByTestId("claim-panel").getAttribute("data-claim-id");
  await page.keyboard.press("j");
  await expect(items.nth(1)).toHaveAttribute("aria-current", "true");
  await expect(page.getByTestId("claim-panel")).not.toHaveAttribute("data-claim-id", firstId!);
  await page.keyboard.press("k");
  await expect(items.nth(0)).toHaveAttribute("aria-current", "true");
  await expect(page.getByTestId("claim-panel")).toHaveAttribute("data-claim-id", firstId!);

  // While typing in a field, j is just a letter.
  const claimant = page.getByTestId("claim-panel").getByLabel("Claimant");
  await claimant.focus();
  await page.keyboard.press("End");
  await page.keyboard.press("j");
  await expect(claimant).toHaveValue(/j$/);
  await expect(items.nth(0)).toHaveAttribute("aria-current", "true");
  await page.getByRole("button", { name: "Discard changes" }).click();

  await page.locator("body").click({ position: { x: 5, y: 300 } });
  await page.keyboard.press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  for (const text of [/Ctrl\+Shift\+M|⌘⇧M/, "Next claim", "Previous claim", "Esc", "Show these shortcuts"]) await expect(dialog).toContainText(text);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  await page.getByRole("button", { name: "Keyboard shortcuts" }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
});
