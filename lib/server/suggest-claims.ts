import { db } from "@/lib/data/client";
import type { Actor } from "@/lib/domain/actor";
import { notFound } from "@/lib/domain/errors";
import { buildAnchor } from "@/lib/anchoring";
import { suggestClaims as scoreArticle } from "@/lib/suggest";
import { authorize } from "./support/authorize";

/** A check-worthy sentence not yet marked, with the anchor to create a claim from it. */
export interface SuggestionView {
  key: string;
  /** The sentence; also the `exact` of the claim an editor would create from it. */
  text: string;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
  /** Check-worthiness in 0..1. */
  score: number;
  reasons: string[];
}

export interface SuggestionsResult {
  articleId: string;
  /** The article version the offsets refer to. */
  version: number;
  suggestions: SuggestionView[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * Sentences of the article worth checking, in reading order, minus those an editor
 * dismissed and those a claim already covers (any overlap with a placed claim).
 */
export async function suggestClaims(actor: Actor, articleId: string): Promise<SuggestionsResult> {
  authorize(actor, "article.read");
  const article = await db.article.findFirst({ where: { id: articleId, deletedAt: null }, select: { id: true, text: true, version: true } });
  if (!article) throw notFound("The article");
  const [dismissals, claims] = await Promise.all([
    db.suggestionDismissal.findMany({ where: { articleId }, select: { key: true } }),
    db.claim.findMany({ where: { articleId, deletedAt: null, anchorStatus: { not: "orphan" } }, select: { start: true, end: true } }),
  ]);
  const suggestions = scoreArticle(article.text, { dismissed: dismissals.map((d) => d.key) })
    .filter((s) => !claims.some((c) => overlaps(s, c)))
    .map((s) => {
      const anchor = buildAnchor(article.text, s.start, s.end);
      return { key: s.key, text: anchor.exact, start: s.start, end: s.end, prefix: anchor.prefix, suffix: anchor.suffix, score: s.score, reasons: s.reasons };
    });
  return { articleId, version: article.version, suggestions };
}
