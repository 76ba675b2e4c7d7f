"use client";
import { useEffect, useState } from "react";
import { REVIEW_STATE_LABEL } from "@/lib/domain/verdicts";
import type { SelectionAnchor } from "@/lib/editor/selection-anchor";
import type { DirectoryUser } from "@/lib/contracts/users";
import { ClaimComments } from "../../../_components/comments/claim-comments";
import { ClaimHistory } from "../../../_components/history/claim-history";
import { SimilarClaims, useSimilarClaims } from "../../../_components/similar/similar-claims";
import type { Announce } from "./announcer";
import { ChangedWording } from "./changed-wording";
import { ClaimFields } from "./claim-fields";
import type { ClaimDraft } from "./draft";
import { formatDateTime } from "./format";
import { RationaleView } from "./rationale";
import { AssigneePicker, ReviewActions } from "./review-actions";
import { SourcesSection } from "./sources-section";
import { isTempId } from "./state";
import type { ClaimCommands } from "./use-claim-commands";
import { TabList, tabPanelProps } from "./tabs";
import type { ClaimView, WorkbenchActor, WorkbenchPermissions } from "./types";
import { VerdictChip } from "./verdict";

export interface ClaimPanelProps {
  articleId: string;
  claim: ClaimView | null;
  can: WorkbenchPermissions;
  shortcut: string;
  drafts: Map<string, ClaimDraft>;
  commands: ClaimCommands;
  announce: Announce;
  /** The text selected in the article now, as an anchor, for "Update span". */
  selectionAnchor: () => SelectionAnchor | null;
  hasSelection: boolean;
  actor: WorkbenchActor;
  /** Active colleagues, for the assignee picker and @mentions (null while loading). */
  users: DirectoryUser[] | null;
  /** Names of other people editing this claim now (presence). */
  editingBy: readonly string[];
  /** A newer version of a claim from a review step, revert, assignment or copy. */
  onClaimChanged: (claim: ClaimView) => void;
  /** Bumped when a live event arrives for this claim, to re-read its comments / history. */
  refresh: { comments: number; history: number };
}

const PANEL_TABS = ["details", "comments", "history", "similar"] as const;
type PanelTab = (typeof PANEL_TABS)[number];

/** The open claim: its quote, fields, verdict, sources and history, editable by editors. */
export function ClaimPanel(props: ClaimPanelProps) {
  const { articleId, claim, can, shortcut, drafts, commands, announce, actor, users, editingBy, onClaimChanged, refresh } = props;
  const [tab, setTab] = useState<PanelTab>("details");
  // A link from the inbox names the tab (`?tab=comments` for a mention): read after mount,
  // since the server render cannot know it differs from the default.
  useEffect(() => {
    const wanted = new URLSearchParams(window.location.search).get("tab");
    if (wanted && (PANEL_TABS as readonly string[]).includes(wanted)) setTab(wanted as PanelTab);
  }, []);
  // Looked up as soon as a saved claim is open, so the Similar tab shows how many prior
  // fact-checks there are: behind a tab with no count, they went unseen.
  const similar = useSimilarClaims(claim && !isTempId(claim.id) ? claim.id : null);
  const similarCount = similar.state === "ready" ? similar.similar.length : 0;
  if (!claim) {
    return (
      <section aria-labelledby="claim-panel-heading" className="card p-4 text-sm text-slate-700">
        <h2 id="claim-panel-heading" className="mb-2 font-semibold text-slate-900">Claim</h2>
        <p>Choose a claim in the list or click a highlight in the text to open it here.</p>
        {can.createClaim && (
          <p className="mt-2">
            To mark a new claim, select its words in the text and choose <strong>Mark as claim</strong>, or press <kbd className="wb-kbd">{shortcut}</kbd>.
          </p>
        )}
      </section>
    );
  }

  const saving = isTempId(claim.id);
  const locked = claim.reviewState === "approved";
  const editable = can.updateClaim && !locked && !saving;

  async function updateSpan() {
    if (!claim) return;
    const selected = props.selectionAnchor();
    if (!selected) return announce("Select the new words for this claim in the text first.");
    if (!selected.ok) return announce(selected.message);
    const outcome = await commands.saveClaim(claim.id, { version: claim.version, span: selected.anchor });
    if (outcome.kind === "saved") announce("The claim now covers the selected words. Its verdict and sources are unchanged.");
    else announce({ tone: "error", message: outcome.message });
  }

  return (
    <section aria-labelledby="claim-panel-heading" className="card divide-y divide-slate-100" data-testid="claim-panel" data-claim-id={claim.id}>
      <div className="space-y-2 p-4">
        <div className="flex items-center justify-between gap-2">
          <h2 id="claim-panel-heading" className="font-semibold">Claim</h2>
          <div className="flex items-center gap-2">
            <VerdictChip verdict={claim.verdict} />
            <span className="rounded-full border border-slate-300 px-2 py-0.5 text-xs text-slate-700">{REVIEW_STATE_LABEL[claim.reviewState]}</span>
          </div>
        </div>
        <blockquote className="border-l-4 border-slate-300 pl-3 font-serif text-[0.95rem] leading-relaxed text-slate-900" data-testid="claim-quote">
          “{claim.exact}”
        </blockquote>
        <ChangedWording claim={claim} editable={editable} onChanged={onClaimChanged} announce={announce} />
        {editingBy.length > 0 && (
          <p className="text-xs font-medium text-amber-800" data-testid="panel-editing-by">
            <span aria-hidden className="mr-1 inline-block h-2 w-2 rounded-full bg-amber-400" />
            {editingBy.join(", ")} {editingBy.length === 1 ? "is" : "are"} editing this claim
          </p>
        )}
        {claim.anchorStatus === "orphan" && <p className="alert-error text-xs">This quote is no longer in the article text. The claim is kept; update its span to place it again.</p>}
        {saving && <p className="text-sm text-slate-600" role="status">Saving the new claim…</p>}
        {locked && (
          <p className="alert-info text-xs">
            Approved{claim.approvedBy ? ` by ${claim.approvedBy.name}` : ""}{claim.approvedAt ? ` on ${formatDateTime(claim.approvedAt)}` : ""}. Approved claims are locked; a reviewer must reopen it before it can be changed.
          </p>
        )}
      </div>

      <TabList
        idPrefix="claim"
        label="Claim sections"
        className="px-3 pt-2"
        active={tab}
        onSelect={setTab}
        tabs={[
          { key: "details", label: "Details" },
          { key: "comments", label: <>Comments{claim.commentCount > 0 && <span className="text-xs text-slate-500"> ({claim.commentCount})</span>}</> },
          { key: "history", label: "History" },
          { key: "similar", label: <>Similar{similarCount > 0 && <><span className="text-xs text-slate-500"> ({similarCount})</span><span className="sr-only"> prior fact-check{similarCount === 1 ? "" : "s"}</span></>}</> },
        ]}
      />

      <div {...tabPanelProps("claim", "details", tab)} className="divide-y divide-slate-100 focus:outline-none">
      <div className="p-4">
        {editable ? (
          <ClaimFields key={claim.id} claim={claim} drafts={drafts} commands={commands} announce={announce} />
        ) : (
          <dl className="space-y-3 text-sm">
            <ReadOnlyField label="Claimant">{claim.claimant ?? "—"}</ReadOnlyField>
            <ReadOnlyField label="Normalised claim">{claim.normalized ?? "—"}</ReadOnlyField>
            <ReadOnlyField label="Verdict"><VerdictChip verdict={claim.verdict} /></ReadOnlyField>
            <ReadOnlyField label="Rationale"><RationaleView markdown={claim.rationale} /></ReadOnlyField>
          </dl>
        )}
      </div>

      {!saving && (
        <div className="space-y-3 p-4">
          <ReviewActions claim={claim} actor={actor} fourEyes={!can.approveOwnVerdict} onChanged={onClaimChanged} announce={announce} />
          <AssigneePicker claim={claim} users={users} editable={can.updateClaim && !locked} onChanged={onClaimChanged} announce={announce} />
        </div>
      )}

      <div className="p-4">
        <SourcesSection articleId={articleId} claim={claim} editable={can.linkSource && !locked && !saving} commands={commands} />
      </div>

      <div className="space-y-3 p-4 text-xs text-slate-600">
        {editable && (
          <div className="flex flex-wrap items-center gap-2">
            <button type="button" className="btn btn-sm" onClick={() => void updateSpan()} disabled={!props.hasSelection} aria-describedby={`span-help-${claim.id}`}>
              Update span to selection
            </button>
            {can.deleteClaim && (
              <button type="button" className="btn btn-sm btn-danger ml-auto" onClick={() => void commands.deleteClaim(claim)}>
                Delete claim
              </button>
            )}
            <p id={`span-help-${claim.id}`} className="w-full">To move this claim, select the right words in the text, then update its span. Verdict and sources stay.</p>
          </div>
        )}
        {!saving && (
          <p>
            Created by {claim.createdBy.name} <time dateTime={claim.createdAt} suppressHydrationWarning>{formatDateTime(claim.createdAt)}</time>
            {claim.updatedAt !== claim.createdAt && (
              <>
                {" · "}updated by {claim.updatedBy.name} <time dateTime={claim.updatedAt} suppressHydrationWarning>{formatDateTime(claim.updatedAt)}</time>
              </>
            )}
            {claim.verdictSetBy && ` · verdict by ${claim.verdictSetBy.name}`}
          </p>
        )}
      </div>
      </div>

      {!saving && tab === "comments" && (
        <div {...tabPanelProps("claim", "comments", tab)} className="p-4 focus:outline-none">
          <ClaimComments key={claim.id} claimId={claim.id} currentUser={actor} users={users ?? []} refreshKey={refresh.comments} />
        </div>
      )}
      {!saving && tab === "history" && (
        <div {...tabPanelProps("claim", "history", tab)} className="p-4 focus:outline-none">
          <ClaimHistory key={claim.id} claimId={claim.id} canRevert={can.updateClaim && !locked} version={claim.version} onReverted={onClaimChanged} refreshKey={refresh.history} />
        </div>
      )}
      {!saving && tab === "similar" && (
        <div {...tabPanelProps("claim", "similar", tab)} className="p-4 focus:outline-none">
          <SimilarClaims key={claim.id} claimId={claim.id} version={claim.version} canEdit={editable && can.linkSource} load={similar} onCopied={onClaimChanged} />
        </div>
      )}
      {saving && tab !== "details" && (
        <p {...tabPanelProps("claim", tab, tab)} className="p-4 text-sm text-slate-600">Available once the claim is saved.</p>
      )}
    </section>
  );
}

function ReadOnlyField({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-600">{label}</dt>
      <dd className="mt-0.5">{children}</dd>
    </div>
  );
}
