"use client";
import { useEffect, useState } from "react";
import { verdictOptions } from "@/lib/domain/rating-scale";
import { useRatingScale } from "../../../_components/rating-scale-context";
import type { Announce } from "./announcer";
import { ConflictDialog, type Conflict } from "./conflict-dialog";
import { AutosaveStatusLine } from "./autosave-status";
import { buildPatch, draftFromClaim, isDirty, rebaseDraft, syncDraft, type ClaimDraft, type DraftValues } from "./draft";
import { forgetLocalDraft, readLocalDraft, writeLocalDraft } from "./local-draft";
import { RationaleView } from "./rationale";
import type { ClaimCommands } from "./use-claim-commands";
import type { ClaimView } from "./types";
import { useAutosave, type SendResult } from "./use-autosave";
import { VerdictMark } from "./verdict";

/**
 * The claim's own fields as a form that saves itself (see use-autosave.ts). The draft survives
 * switching to another claim and back (kept in `drafts`), a reload or a closed tab (kept in
 * localStorage), and follows changes others make to fields not being edited.
 */
export function ClaimFields(props: { claim: ClaimView; drafts: Map<string, ClaimDraft>; commands: ClaimCommands; announce: Announce }) {
  const { claim, drafts, commands, announce } = props;
  const [draft, setDraft] = useState<ClaimDraft>(() => {
    const kept = drafts.get(claim.id);
    return kept ? syncDraft(kept, claim) : draftFromClaim(claim);
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const verdicts = verdictOptions(useRatingScale());
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [preview, setPreview] = useState(false);
  const [restored, setRestored] = useState(false);
  const [seenClaim, setSeenClaim] = useState(claim);
  if (seenClaim !== claim) {
    setSeenClaim(claim);
    setDraft((d) => syncDraft(d, claim));
  }

  // A copy left in this browser by a reload or a closed tab (read after mount: the server
  // render cannot see localStorage). Autosave then sends it, version-checked.
  useEffect(() => {
    if (drafts.has(claim.id)) return;
    const local = readLocalDraft(claim.id);
    if (!local) return;
    setDraft(syncDraft(local, claim));
    setRestored(true);
    // Only on opening the claim: later changes to the claim are followed by syncDraft.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [claim.id]);

  useEffect(() => {
    if (isDirty(draft)) drafts.set(claim.id, draft);
    else drafts.delete(claim.id);
    writeLocalDraft(draft);
  }, [draft, drafts, claim.id]);

  const dirty = isDirty(draft);
  const id = (name: string) => `${name}-${claim.id}`;
  const set = <K extends keyof DraftValues>(field: K, value: DraftValues[K]) => setDraft((d) => ({ ...d, values: { ...d.values, [field]: value } }));

  async function send(toSave: ClaimDraft, explicit: boolean): Promise<SendResult> {
    setErrors({});
    const outcome = await commands.saveClaim(claim.id, buildPatch(toSave));
    if (outcome.kind === "saved") {
      // Typing may have gone on while the save was out: keep those newer words on top.
      setDraft((current) => (current.values === toSave.values ? draftFromClaim(outcome.claim) : rebaseDraft(current, outcome.claim)));
      setConflict(null);
      setRestored(false);
      if (outcome.mergedWith) announce(`Saved. Merged with ${outcome.mergedWith}’s edit to other fields.`);
      else if (explicit) announce("Claim saved.");
      return "saved";
    }
    if (outcome.kind === "conflict") {
      setConflict({ current: outcome.current, changedBy: outcome.changedBy, message: outcome.message });
      return "conflict";
    }
    if (outcome.network) return "network";
    setErrors(outcome.fields ?? {});
    announce({ tone: "error", message: outcome.message });
    return "failed";
  }

  const autosave = useAutosave({
    draft,
    paused: conflict !== null,
    send,
    flushOnLeave: (last) => {
      void commands.saveClaim(claim.id, buildPatch(last)).then((outcome) => {
        if (outcome.kind !== "saved") return; // the draft stays in memory and in localStorage
        drafts.delete(claim.id);
        forgetLocalDraft(claim.id);
      });
    },
  });
  const saving = autosave.saving;

  // Closing the tab or reloading while something is unsaved: the browser asks first.
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (!autosave.isBusy() && drafts.size === 0) return;
      e.preventDefault();
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [autosave, drafts]);

  function discardMine() {
    if (!conflict) return;
    setDraft(draftFromClaim(conflict.current));
    setConflict(null);
    announce(`Your changes were discarded. Showing ${conflict.changedBy}’s version.`);
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        autosave.saveNow();
      }}
      className="space-y-4"
      aria-label="Claim details"
    >
      <TextInput id={id("claimant")} label="Claimant" hint="Who made the claim" value={draft.values.claimant} error={errors.claimant} onChange={(v) => set("claimant", v)} />
      <TextInput id={id("normalized")} label="Normalised claim" hint="The claim in one plain sentence" value={draft.values.normalized} error={errors.normalized} onChange={(v) => set("normalized", v)} />
      <fieldset>
        <legend className="label">Verdict</legend>
        <div className="grid grid-cols-2 gap-1.5">
          {verdicts.map(({ key: v, label, description }) => (
            <label key={v} className={`verdict-c--${v} verdict-option flex cursor-pointer items-center gap-2 rounded-md border px-2 py-1.5 text-sm`} title={description}>
              <input type="radio" name={id("verdict")} value={v} checked={draft.values.verdict === v} onChange={() => set("verdict", v)} className="accent-blue-700" />
              <VerdictMark verdict={v} size="sm" />
              {label}
            </label>
          ))}
        </div>
        {errors.verdict && <p className="field-error">{errors.verdict}</p>}
      </fieldset>
      <div>
        <div className="mb-1 flex items-center justify-between">
          <label htmlFor={id("rationale")} className="label mb-0">Rationale</label>
          <button type="button" className="text-xs font-medium text-blue-800 underline" aria-pressed={preview} onClick={() => setPreview((p) => !p)}>
            {preview ? "Hide preview" : "Show preview"}
          </button>
        </div>
        <textarea
          id={id("rationale")}
          rows={5}
          className="input font-sans"
          value={draft.values.rationale}
          onChange={(e) => set("rationale", e.target.value)}
          aria-describedby={`${id("rationale")}-hint${errors.rationale ? ` ${id("rationale")}-error` : ""}`}
          aria-invalid={!!errors.rationale}
        />
        <p id={`${id("rationale")}-hint`} className="mt-1 text-xs text-slate-600">Markdown: **bold**, _italic_, [link](https://…), lists.</p>
        {errors.rationale && <p id={`${id("rationale")}-error`} className="field-error">{errors.rationale}</p>}
        {preview && (
          <div className="mt-2 rounded-md border border-slate-200 bg-stone-50 p-3" aria-label="Rationale preview" role="region">
            <RationaleView markdown={draft.values.rationale} live />
          </div>
        )}
      </div>
      <div className="flex items-center justify-end gap-2">
        <AutosaveStatusLine status={autosave.status} restored={restored} />
        {dirty && (
          <button type="button" className="btn" onClick={() => { setDraft(draftFromClaim(claim)); setRestored(false); }} disabled={saving}>
            Discard changes
          </button>
        )}
        <button type="submit" className="btn btn-primary" disabled={!dirty || saving}>
          {saving ? "Saving…" : "Save claim"}
        </button>
      </div>
      <ConflictDialog
        conflict={conflict}
        draft={draft}
        busy={saving}
        onClose={() => setConflict(null)}
        onDiscard={discardMine}
        onReapply={() => {
          if (!conflict) return;
          const rebased = rebaseDraft(draft, conflict.current);
          setDraft(rebased);
          if (isDirty(rebased)) {
            setConflict(null);
            return autosave.saveDraftNow(rebased);
          }
          setConflict(null);
          announce(`Your version is the same as ${conflict.changedBy}’s; nothing more to save.`);
        }}
      />
    </form>
  );
}

function TextInput(props: { id: string; label: string; hint: string; value: string; error?: string; onChange: (value: string) => void }) {
  const { id, label, hint, value, error, onChange } = props;
  return (
    <div>
      <label htmlFor={id} className="label">{label}</label>
      <input
        id={id}
        type="text"
        className="input"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        aria-invalid={!!error}
      />
      <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">{hint}</p>
      {error && <p id={`${id}-error`} className="field-error">{error}</p>}
    </div>
  );
}
