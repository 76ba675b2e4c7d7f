/**
 * Stand-off anchoring of claims (see DESIGN.md, "Anchoring"): pure functions
 * from text to text, with no DOM, database or editor.
 */
export type { PMNode, ProjectionOptions } from "./schema-hints";
export { projectDocument, docToPlainText, textToDoc } from "./projection";
export type { Projection, Segment, InlineRun } from "./projection";
export { textOffsetToPos, posToTextOffset, textRangeToPosRange, posRangeToTextRange } from "./positions";
export type { Bias, PosRange, TextRange } from "./positions";
export { buildAnchor, toSelectors, fromSelectors, DEFAULT_CONTEXT_LENGTH } from "./selectors";
export type { Anchor, TextQuoteSelector, TextPositionSelector } from "./selectors";
export { normalizeText, normalizeQuote } from "./normalize";
export type { NormalizedText } from "./normalize";
export { resolveAnchor, isPlaced, findOccurrences, DEFAULT_MAX_FUZZY_ERROR_RATE } from "./match";
export type { AnchorResult, PlacedResult, AnchorQuery, ResolveOptions } from "./match";
export { diffTexts } from "./text-diff";
export { mapOffset, mapRange } from "./hunk";
export type { Hunk, RangeSide, MappedRange } from "./hunk";
export { placeThroughEdits, DEFAULT_MAX_REMOVED_SHARE } from "./through-edits";
export type { EditContext, ThroughEditsOptions } from "./through-edits";
export { reanchorClaims } from "./reanchor";
export { numbersIn, sameNumbers } from "./numbers";
export type { ClaimAnchorInput, ReanchoredClaim, ReanchorOptions } from "./reanchor";
export { compareAnchors, overlaps, contains } from "./sort";
export type { Span } from "./sort";
