/** The browser's JSON client for Factdesk's API: errors come back as values to show. */
export interface ApiErrorValue {
  status: number;
  code: string;
  message: string;
  fields?: Record<string, string>;
  details?: unknown;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiErrorValue };

export async function api<T>(path: string, init: { method?: string; body?: unknown; signal?: AbortSignal } = {}): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: init.method ?? "GET",
      headers: init.body === undefined ? undefined : { "content-type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
      credentials: "same-origin",
    });
  } catch {
    return { ok: false, error: { status: 0, code: "network", message: "Could not reach the server. Check your connection; nothing was saved." } };
  }
  const payload: unknown = await res.json().catch(() => null);
  if (res.ok) return { ok: true, data: payload as T };
  const err = (payload as { error?: Partial<ApiErrorValue> } | null)?.error;
  return {
    ok: false,
    error: {
      status: res.status,
      code: err?.code ?? "error",
      message: err?.message ?? `The server answered ${res.status}. Nothing was saved.`,
      fields: err?.fields,
      details: err?.details,
    },
  };
}
