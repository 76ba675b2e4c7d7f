/**
 * Bounds on what the importer accepts. The upload route enforces `maxBytes` before
 * calling into this library. The nesting limits exist because the parsers slow down
 * badly on deep nesting (htmlparser2 keeps its open-element stack with Array#unshift,
 * so depth d costs O(d²); marked's nested-list handling is worse), so a 2 MB hostile
 * upload could otherwise block the server for minutes.
 */
export const IMPORT_LIMITS = {
  /** Largest upload (in bytes, UTF-8) the import endpoint should accept. */
  maxBytes: 2_000_000,
  /** Elements nested deeper than this are unwrapped (their text is kept). */
  maxNestingDepth: 100,
  /** HTML whose open-element depth exceeds this is rejected with an ImportError. */
  maxParseDepth: 2_000,
  /** Markdown with deeper list/quote nesting than this is rejected with an ImportError. */
  maxMarkdownNesting: 100,
} as const;
