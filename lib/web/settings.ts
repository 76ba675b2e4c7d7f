/**
 * Limits for fetching pages from the web, read from the environment once per call so tests
 * and deployments can change them without code. Every value has a safe default.
 */
export interface FetchSettings {
  /** Host names (exact, lower case) that may resolve to private addresses: intranets, tests. */
  allowHosts: ReadonlySet<string>;
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
}

const MB = 1024 * 1024;

function positive(raw: string | undefined, fallback: number): number {
  const n = Number(raw);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

export function parseAllowHosts(raw: string | undefined): Set<string> {
  return new Set(
    (raw ?? "")
      .split(",")
      .map((h) => h.trim().toLowerCase().replace(/^\[|\]$/g, ""))
      .filter(Boolean),
  );
}

export function fetchSettings(env: NodeJS.ProcessEnv = process.env): FetchSettings {
  return {
    allowHosts: parseAllowHosts(env.FACTDESK_FETCH_ALLOW_HOSTS),
    maxBytes: Math.round(positive(env.FACTDESK_FETCH_MAX_MB, 10) * MB),
    timeoutMs: positive(env.FACTDESK_FETCH_TIMEOUT_MS, 15_000),
    maxRedirects: 5,
  };
}

/** Total bytes archived copies may take (FACTDESK_ARCHIVE_LIMIT_MB, default 2 GB). */
export function archiveLimitBytes(env: NodeJS.ProcessEnv = process.env): number {
  return Math.round(positive(env.FACTDESK_ARCHIVE_LIMIT_MB, 2048) * MB);
}
