/** Full-text search helpers: pure functions around SQLite FTS5 (no database access). */
export { buildMatchQuery, buildAnyWordQuery, minSharedWords, queryTerms, quoteFtsString, significantWords, MAX_QUERY_TERMS, MAX_TERM_LENGTH } from "./query";
export type { MatchQueryOptions } from "./query";
export { highlightToHtml, stripHighlight, HIGHLIGHT_OPEN, HIGHLIGHT_CLOSE } from "./highlight";
