/**
 * Raised for input the importer refuses rather than mangles. Callers (the upload route,
 * createArticle) should map it to a 4xx with `message`, which is written for end users.
 */
export class ImportError extends Error {
  constructor(
    readonly code: "too_deeply_nested",
    message: string,
  ) {
    super(message);
    this.name = "ImportError";
  }
}

export function tooDeeplyNested(): ImportError {
  return new ImportError(
    "too_deeply_nested",
    "The document is nested too deeply to import. Simplify its structure (lists, quotes, containers) and try again.",
  );
}
