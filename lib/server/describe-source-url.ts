import type { Actor } from "@/lib/domain/actor";
import { fetchUrlSchema, type FetchUrlInput } from "@/lib/validation/web";
import { parseInput } from "@/lib/validation/parse-once";
import { describeFetchedPage, type SourceDescription } from "@/lib/web/describe";
import { parseQueue, yieldToEventLoop } from "@/lib/web/queue";
import { authorize } from "./support/authorize";
import { fetchWebPage } from "./support/fetch-web-page";

/**
 * Fills in a source citation from its page: title, publisher, author and date from JSON-LD,
 * Open Graph and <meta> tags; for a PDF, its title and page count. Nothing is stored: the
 * editor reviews the fields and links the source with them.
 */
export async function describeSourceUrl(actor: Actor, raw: FetchUrlInput, signal?: AbortSignal): Promise<SourceDescription> {
  authorize(actor, "source.link");
  const { url } = parseInput(fetchUrlSchema, raw);
  const page = await fetchWebPage(url, signal);
  return parseQueue.run(async () => {
    await yieldToEventLoop();
    return describeFetchedPage(page);
  });
}
