import { escapeHtml as e } from "@/lib/export/escape";
import type { RatingLabel } from "@/lib/domain/rating-scale";
import { ratingClass } from "./page-style";

/**
 * The rating as letter, colour and words: dark text on white, the colour a ring and never
 * the only signal (WCAG 1.4.1); its contrast against white is checked when the scale is saved.
 */
export function ratingBadge(rating: RatingLabel): string {
  return `<p class="rating"><span class="rating-letter ${ratingClass(rating.key)}" aria-hidden="true">${e(rating.letter)}</span><span>Rating: ${e(rating.label)}</span>${rating.description ? `<span class="rating-desc">: ${e(rating.description)}</span>` : ""}</p>`;
}
