"use client";
import { useMemo, useState } from "react";
import { wordDiff } from "@/lib/revisions/diff";
import { api } from "../../../_components/api-client";
import { DiffText } from "../../../_components/revisions/diff-text";
import type { Announce } from "./announcer";
import type { ClaimView } from "./types";

/**
 * A claim whose words changed in a later revision: the old and the new quote side by side
 * ("Was / Now", with the changed words marked), and a way to accept the new wording, which
 * anchors the claim on the new words again. Its verdict was given on the old words, so the
 * panel asks the editor to check it first.
 */
export function ChangedWording(props: { claim: ClaimView; editable: boolean; onChanged: (claim: ClaimView) => void; announce: Announce }) {
  const { claim, editable, onChanged, announce } = props;
  const [pending, setPending] = useState(false);
  const parts = useMemo(() => (claim.previousExact ? wordDiff(claim.previousExact, claim.exact) : []), [claim.previousExact, claim.exact]);
  if (claim.anchorStatus !== "changed" || !claim.previousExact) return null;

  async function accept() {
    setPending(true);
    const res = await api<{ claim: ClaimView; accepted: boolean }>(`/api/claims/${encodeURIComponent(claim.id)}/accept-wording`, { method: "POST", body: { version: claim.version } });
    setPending(false);
    if (res.ok) {
      onChanged(res.data.claim);
      return announce("The claim now stands on the new wording. The old quote stays in its history.");
    }
    const current = (res.error.details as { current?: ClaimView } | undefined)?.current;
    if (current) onChanged(current);
    announce({ tone: "error", message: res.error.message });
  }

  const helpId = `changed-wording-help-${claim.id}`;
  return (
    <section aria-labelledby={`changed-wording-${claim.id}`} className="space-y-1.5 rounded-md border border-amber-300 bg-amber-50 p-2.5 text-sm" data-testid="changed-wording">
      <h3 id={`changed-wording-${claim.id}`} className="text-xs font-semibold text-amber-900">
        <span aria-hidden>↻ </span>The text under this claim changed in a revision
      </h3>
      <dl className="space-y-1">
        <div>
          <dt className="inline text-xs font-semibold text-slate-700">Was: </dt>
          <dd className="inline font-serif text-slate-800" data-testid="changed-wording-was">“{claim.previousExact}”</dd>
        </div>
        <div>
          <dt className="inline text-xs font-semibold text-slate-700">Now: </dt>
          <dd className="inline font-serif text-slate-900" data-testid="changed-wording-now">“{claim.exact}”</dd>
        </div>
        <div>
          <dt className="inline text-xs font-semibold text-slate-700">Changes: </dt>
          <dd className="inline text-xs"><DiffText parts={parts} /></dd>
        </div>
      </dl>
      <p id={helpId} className="text-xs text-slate-700">
        The verdict was given on the old words. Check that it still fits{editable ? ", then accept the new wording, or select other words and update the span" : ""}.
      </p>
      {editable && (
        <button type="button" className="btn btn-sm" onClick={() => void accept()} disabled={pending} aria-describedby={helpId}>
          {pending ? "Accepting…" : "Accept the new wording"}
        </button>
      )}
    </section>
  );
}
