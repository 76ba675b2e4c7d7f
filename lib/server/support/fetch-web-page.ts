import { AppError } from "@/lib/domain/errors";
import { FetchRefusal } from "@/lib/web/refusal";
import { fetchQueue } from "@/lib/web/queue";
import { fetchPage, type FetchedPage } from "@/lib/web/safe-fetch";

/**
 * Fetches a page for a use case through the shared concurrency cap; a refusal becomes a 422
 * whose message says what was wrong with the link (details.reason names the rule).
 */
export async function fetchWebPage(url: string, signal?: AbortSignal): Promise<FetchedPage> {
  try {
    return await fetchQueue.run(() => {
      if (signal?.aborted) throw new FetchRefusal("cancelled", "The fetch was cancelled.");
      return fetchPage(url, { signal });
    });
  } catch (error) {
    if (error instanceof FetchRefusal) throw new AppError("invalid", error.message, { url: error.message }, { reason: error.reason });
    throw error;
  }
}
