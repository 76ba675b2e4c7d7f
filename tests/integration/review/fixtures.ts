import type { Actor } from "@/lib/domain/actor";
import { createArticle } from "@/lib/server/create-article";
import { createClaim } from "@/lib/server/create-claim";
import { linkSource } from "@/lib/server/link-source";
import type { ClaimView } from "@/lib/server/support/claim-view";

export const ARTICLE_BODY = [
  "The council approved a budget of £12 million on Tuesday.",
  "The mayor said it was the largest budget in a decade.",
  "Unemployment in the borough fell to 4 percent last year.",
].join("\n");

let counter = 0;

/** A new article by `editor`; returns its id. */
export async function makeArticle(editor: Actor, title = `Council budget ${++counter}`): Promise<string> {
  return (await createArticle(editor, { title, body: ARTICLE_BODY })).id;
}

/**
 * A claim as an editor leaves it when the work is done: verdict set by `editor`, rationale
 * written, one source linked. Pass `sources: 0` for one that is not ready.
 */
export async function makeReadyClaim(editor: Actor, articleId: string, options: { exact?: string; sources?: number } = {}): Promise<ClaimView> {
  const claim = await createClaim(editor, articleId, {
    exact: options.exact ?? "The mayor said it was the largest budget in a decade.",
    claimant: "The mayor",
    verdict: "misleading",
    rationale: "The 2014 budget was larger in real terms.",
  });
  if ((options.sources ?? 1) === 0) return claim;
  return linkSource(editor, claim.id, { url: `https://council.example/budget-${claim.id}`, title: "Budget papers", stance: "refutes" });
}
