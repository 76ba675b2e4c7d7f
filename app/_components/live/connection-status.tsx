"use client";
import type { LiveStatus } from "./use-article-events";

/**
 * Tells the user when live updates are interrupted. The role=status region is always in the
 * page (screen readers only announce changes to a region that already exists); it is empty
 * and invisible while the connection is fine.
 */
export function ConnectionStatus({ status }: { status: LiveStatus }) {
  return (
    <div role="status" aria-live="polite" data-testid="connection-status">
      {status === "reconnecting" && (
        <p className="alert-info flex items-center gap-2">
          <span aria-hidden className="inline-block h-2 w-2 animate-pulse rounded-full bg-amber-500" />
          Reconnecting… Changes by others will appear when the connection is back; your own edits are still saved.
        </p>
      )}
    </div>
  );
}
