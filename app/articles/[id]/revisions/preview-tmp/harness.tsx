"use client";
import { useState } from "react";
import type { ClaimView } from "@/lib/server/support/claim-view";
import { OrphanedClaims } from "../../../../_components/revisions/orphaned-claims";
import { TextChangedBadge } from "../../../../_components/revisions/text-changed-badge";
import { SuggestionsPanel } from "../../../../_components/suggestions/suggestions-panel";
import { SimilarClaims } from "../../../../_components/similar/similar-claims";

export function Harness({ articleId, claims }: { articleId: string; version: number; claims: ClaimView[] }) {
  const [log, setLog] = useState<string[]>([]);
  const first = claims.find((c) => c.anchorStatus !== "orphan");
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <div className="space-y-4">
        <OrphanedClaims claims={claims} canReattach onReattach={(id) => setLog((l) => [...l, `reattach ${id}`])} />
        <ul className="card space-y-2 p-3">
          {claims.map((c) => <li key={c.id} className="text-sm">“{c.exact.slice(0, 60)}” <TextChangedBadge claim={c} /></li>)}
        </ul>
        <pre data-testid="log">{log.join("\n")}</pre>
      </div>
      <div className="space-y-4">
        <div className="card p-3"><SuggestionsPanel articleId={articleId} canEdit onAccepted={(c) => setLog((l) => [...l, `accepted ${c.id}`])} /></div>
        {first && <div className="card p-3"><SimilarClaims claimId={first.id} version={first.version} canEdit onCopied={(c) => setLog((l) => [...l, `copied ${c.id} v${c.version}`])} /></div>}
      </div>
    </div>
  );
}
