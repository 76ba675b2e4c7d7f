import { expect, type Page, type Response } from "@playwright/test";

export const editorText = (page: Page) => page.locator(".ProseMirror");

/** Waits until the article editor has loaded its text and drawn the claims. */
export async function waitForWorkbench(page: Page) {
  await expect(editorText(page)).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Claims/ })).toBeVisible();
}

/**
 * Screen coordinates of the first and last character of `text` in the article, which may
 * run across several text nodes (highlights split the text; verdict badges are skipped).
 */
export async function textBox(page: Page, text: string) {
  const box = await page.evaluate((target) => {
    const root = document.querySelector(".ProseMirror");
    if (!root) return null;
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement?.closest("[data-claim-badge]")) nodes.push(n as Text);
    const starts: number[] = [];
    let all = "";
    for (const n of nodes) {
      starts.push(all.length);
      all += n.data;
    }
    const at = all.indexOf(target);
    if (at < 0) return null;
    const locate = (offset: number) => {
      let i = starts.length - 1;
      while (starts[i] > offset) i--;
      return { node: nodes[i], offset: offset - starts[i] };
    };
    const rectOf = (offset: number) => {
      const { node, offset: o } = locate(offset);
      const range = document.createRange();
      range.setStart(node, o);
      range.setEnd(node, o + 1);
      return range.getBoundingClientRect();
    };
    const first = rectOf(at);
    const last = rectOf(at + target.length - 1);
    return { startX: first.left + 1, startY: first.top + first.height / 2, endX: last.right - 1, endY: last.top + last.height / 2 };
  }, text);
  if (!box) throw new Error(`"${text}" is not in the article text`);
  return box;
}

async function scrollTextIntoView(page: Page, text: string) {
  await editorText(page).locator("p", { hasText: text.slice(0, 20) }).first().scrollIntoViewIfNeeded();
}

/** Selects `text` by dragging the mouse across it, as a person would. */
export async function selectWithMouse(page: Page, text: string) {
  await scrollTextIntoView(page, text);
  const box = await textBox(page, text);
  await page.mouse.move(box.startX, box.startY);
  await page.mouse.down();
  await page.mouse.move((box.startX + box.endX) / 2, (box.startY + box.endY) / 2, { steps: 5 });
  await page.mouse.move(box.endX, box.endY, { steps: 5 });
  await page.mouse.up();
}

/** Puts the caret just before `text` with a click, then extends the selection with Shift+→. */
export async function selectWithKeyboard(page: Page, text: string) {
  await scrollTextIntoView(page, text);
  const box = await textBox(page, text);
  await page.mouse.click(box.startX, box.startY);
  for (let i = 0; i < text.length; i++) await page.keyboard.press("Shift+ArrowRight");
}

/** The text the browser shows as selected. */
export const selectedText = (page: Page) => page.evaluate(() => window.getSelection()?.toString() ?? "");

export const isCreateClaim = (r: Response) => r.request().method() === "POST" && /\/api\/articles\/[^/]+\/claims$/.test(r.url());

/** The words a claim's highlight covers, read from the drawn decorations. */
export async function highlightedText(page: Page, claimId: string): Promise<string> {
  const parts = await page.locator(`.ProseMirror .claim-hl[data-claim-id="${claimId}"]`).allTextContents();
  return parts.join("");
}

export function articleIdFrom(page: Page): string {
  const match = /\/articles\/([^/?#]+)/.exec(page.url());
  if (!match) throw new Error(`Not on an article page: ${page.url()}`);
  return match[1];
}

/**
 * Opens a claim by clicking its highlight. Where claims overlap, a click opens the
 * innermost one and each further click on the same spot cycles outwards.
 */
export async function openClaimFromText(page: Page, claimId: string) {
  const highlight = page.locator(`.ProseMirror .claim-hl[data-claim-id="${claimId}"]`).first();
  const panel = page.getByTestId("claim-panel");
  for (let i = 0; i < 10; i++) {
    await highlight.click();
    if ((await panel.getAttribute("data-claim-id").catch(() => null)) === claimId) return;
  }
  await expect(panel).toHaveAttribute("data-claim-id", claimId);
}

/** Marks a claim through the API, as the signed-in user, and returns it. */
export async function createClaimViaApi(page: Page, exact: string): Promise<{ id: string; version: number }> {
  const origin = new URL(page.url()).origin;
  const res = await page.request.post(`/api/articles/${articleIdFrom(page)}/claims`, { data: { exact }, headers: { origin } });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).claim;
}

/**
 * Clicks "Mark as claim" on the current selection. Specs on the shared sample article may meet
 * words an earlier spec already marked: the overlap warning ("This text is already claim #n")
 * then asks first, and this marks anyway, as those specs mean to.
 */
export async function clickMarkAsClaim(page: Page, created: Promise<Response>) {
  await page.getByRole("button", { name: /Mark as claim/ }).click();
  const anyway = page.getByRole("button", { name: "Mark anyway" });
  await Promise.race([created, anyway.waitFor({ timeout: 5_000 }).then(() => anyway.click(), () => undefined)]);
}
