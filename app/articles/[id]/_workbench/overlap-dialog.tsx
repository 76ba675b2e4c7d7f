"use client";
import { useEffect, useRef } from "react";
import type { Anchor } from "@/lib/anchoring";
import { overlapMessage, type ClaimOverlap } from "@/lib/domain/claim-overlap";
import { excerpt } from "./format";
import { Modal } from "./modal";
import type { ClaimView } from "./types";
import { VerdictChip } from "./verdict";

export interface PendingMark {
  anchor: Anchor;
  overlaps: ClaimOverlap<ClaimView>[];
}

/**
 * Asked before marking words that are already (part of) a claim: open the existing claim,
 * mark a second one anyway (claims may overlap and nest), or do nothing.
 */
export function OverlapDialog(props: { pending: PendingMark | null; onOpen: (claimId: string) => void; onMarkAnyway: (anchor: Anchor) => void; onClose: () => void }) {
  const { pending, onOpen, onMarkAnyway, onClose } = props;
  const first = pending?.overlaps[0];
  const openButton = useRef<HTMLButtonElement>(null);
  // The safe choice is the default: Enter opens the claim that already exists. Focused once
  // the dialog is shown (showModal would otherwise focus its first button, Cancel).
  useEffect(() => {
    if (!pending) return;
    const frame = requestAnimationFrame(() => openButton.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [pending]);
  return (
    <Modal open={!!pending} onClose={onClose} labelledBy="overlap-title" describedBy="overlap-desc" className="w-[min(30rem,calc(100vw-2rem))]">
      {pending && first && (
        <div className="space-y-3 p-5" data-testid="overlap-dialog">
          <h2 id="overlap-title" className="text-lg font-semibold">{overlapMessage(first, pending.overlaps.length)}</h2>
          <p id="overlap-desc" className="text-sm text-slate-700">
            You selected “{excerpt(pending.anchor.exact, 80)}”. Open the existing claim to work on it, or mark a second claim on these words.
          </p>
          <ul className="space-y-1.5" aria-label="Claims on these words">
            {pending.overlaps.slice(0, 4).map((o) => (
              <li key={o.claim.id} className="flex items-start gap-2 rounded-md border border-slate-200 p-2 text-sm">
                <span className="shrink-0 font-semibold tabular-nums">#{o.number}</span>
                <span className="min-w-0 flex-1 font-serif">“{excerpt(o.claim.exact, 90)}”</span>
                <VerdictChip verdict={o.claim.verdict} />
              </li>
            ))}
          </ul>
          <div className="flex flex-wrap justify-end gap-2 pt-1">
            <button type="button" className="btn" onClick={onClose}>Cancel</button>
            <button type="button" className="btn" onClick={() => onMarkAnyway(pending.anchor)}>Mark anyway</button>
            <button ref={openButton} type="button" className="btn btn-primary" onClick={() => onOpen(first.claim.id)}>Open claim #{first.number}</button>
          </div>
        </div>
      )}
    </Modal>
  );
}
