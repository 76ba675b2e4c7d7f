"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { api, type ApiResult } from "../api-client";

/**
 * Calls an API route that fetches a web page, with what a slow page needs: elapsed seconds
 * to show ("Fetching… 3 s") and a cancel that aborts the request (the server stops the fetch).
 */
export function useWebFetch() {
  const [elapsed, setElapsed] = useState<number | null>(null);
  const controller = useRef<AbortController | null>(null);
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);

  const stop = useCallback(() => {
    if (timer.current) clearInterval(timer.current);
    timer.current = null;
    setElapsed(null);
  }, []);

  useEffect(() => () => controller.current?.abort(), []);

  const run = useCallback(
    async <T,>(path: string, body?: unknown): Promise<ApiResult<T> | null> => {
      controller.current?.abort();
      const own = new AbortController();
      controller.current = own;
      const started = Date.now();
      setElapsed(0);
      if (timer.current) clearInterval(timer.current);
      timer.current = setInterval(() => setElapsed(Math.floor((Date.now() - started) / 1000)), 1000);
      const result = await api<T>(path, { method: "POST", body, signal: own.signal });
      if (controller.current === own) {
        controller.current = null;
        stop();
      }
      return own.signal.aborted ? null : result;
    },
    [stop],
  );

  const cancel = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    stop();
  }, [stop]);

  return { run, cancel, busy: elapsed !== null, elapsed: elapsed ?? 0 };
}
