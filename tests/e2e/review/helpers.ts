import { expect, type Page } from "@playwright/test";

/** Calls the JSON API as the page's signed-in user (writes need the same-origin header). */
export async function apiAs<T>(page: Page, method: "GET" | "POST" | "PATCH", path: string, data?: unknown): Promise<T> {
  const origin = new URL(page.url()).origin;
  const res = await page.request.fetch(path, { method, data, headers: { origin } });
  expect(res.ok(), `${method} ${path} answered ${res.status()}: ${await res.text()}`).toBe(true);
  return (await res.json()) as T;
}

export interface MadeClaim {
  articleId: string;
  title: string;
  claimId: string;
  version: number;
  quote: string;
}

export const SECOND_QUOTE = "The port authority expects growth to continue.";

/**
 * An article of our own with one finished claim (verdict, rationale, source), so the test
 * never changes the seeded sample that other specs rely on. Pass `into` to add a claim on
 * the article's second sentence instead of creating a new article.
 */
export async function makeFinishedClaim(page: Page, label: string, into?: MadeClaim): Promise<MadeClaim> {
  const title = into?.title ?? `${label} ${Date.now()}`;
  const quote = into ? SECOND_QUOTE : "The harbour handled 2.4 million containers last year, a record.";
  const articleId = into?.articleId ?? (await apiAs<{ id: string }>(page, "POST", "/api/articles", { title, body: `${quote}\n${SECOND_QUOTE}` })).id;
  const { claim } = await apiAs<{ claim: { id: string } }>(page, "POST", `/api/articles/${articleId}/claims`, {
    exact: quote,
    claimant: "Port authority",
    verdict: "misleading",
    rationale: "The 2019 figure was higher; last year was a record only since the pandemic.",
  });
  const linked = await apiAs<{ claim: { version: number } }>(page, "POST", `/api/claims/${claim.id}/sources`, {
    url: `https://port.example/annual-report-${Date.now()}`,
    title: "Port authority annual report",
    stance: "refutes",
  });
  return { articleId, title, claimId: claim.id, version: linked.claim.version, quote };
}

/** The queue row of one claim (the queue filtered to its article). */
export async function openQueueRow(page: Page, articleId: string, claimId: string) {
  await page.goto(`/review?article=${articleId}`);
  const row = page.locator(`[data-testid="queue-row"][data-claim-id="${claimId}"]`);
  await expect(row).toBeVisible();
  return row;
}
