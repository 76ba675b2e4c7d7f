"use client";
import { useState } from "react";
import type { RatingLabel, RatingScale } from "@/lib/domain/rating-scale";
import { api } from "../../_components/api-client";

type Presets = Record<string, RatingScale>;
const PRESET_NAMES: Record<string, string> = { "five-verdict": "Five verdicts (Factdesk default)", "six-point": "Six-point truth scale", "three-point": "Three-point scale" };

/**
 * The newsroom's rating scale: start from a preset, edit labels, letters, colours and the
 * ClaimReview number. Removing a rating that claims use asks where to move them.
 */
export function RatingScaleForm({ initial, presets, usage }: { initial: RatingScale; presets: Presets; usage: Record<string, number> }) {
  const [scale, setScale] = useState(initial);
  const [moveTo, setMoveTo] = useState<Record<string, string>>({});
  const [inUse, setInUse] = useState<Record<string, number> | null>(null);
  const [message, setMessage] = useState<{ kind: "error" | "info"; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  const setLabel = (i: number, patch: Partial<RatingLabel>) => setScale((s) => ({ ...s, labels: s.labels.map((l, j) => (j === i ? { ...l, ...patch } : l)) }));

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setMessage(null);
    const result = await api<{ scale: RatingScale; moved: number }>("/api/settings/rating-scale", { method: "PUT", body: { scale, moveTo } });
    setPending(false);
    if (!result.ok) {
      const details = result.error.details as { inUse?: Record<string, number> } | undefined;
      if (details?.inUse) setInUse(details.inUse);
      setMessage({ kind: "error", text: result.error.message + (result.error.fields ? " " + Object.values(result.error.fields).join(" ") : "") });
      return;
    }
    setScale(result.data.scale);
    setInUse(null);
    setMessage({ kind: "info", text: `Rating scale saved.${result.data.moved ? ` ${result.data.moved} claims moved.` : ""}` });
  }

  return (
    <form onSubmit={save} className="card mt-6 space-y-4 p-5" noValidate aria-labelledby="rating-scale-title">
      <h2 id="rating-scale-title" className="text-lg font-semibold">Rating scale</h2>
      <p className="text-sm text-slate-600">Used on public fact-check pages, embeds and ClaimReview. Colours must stand out on white (3:1, WCAG 1.4.11); the words always accompany them.</p>
      {message && <div role={message.kind === "error" ? "alert" : "status"} className={message.kind === "error" ? "alert-error" : "alert-info"}>{message.text}</div>}
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="scale-preset" className="label">Start from a preset</label>
          <select id="scale-preset" className="input" defaultValue="" onChange={(e) => e.target.value && setScale(presets[e.target.value])}>
            <option value="">Choose…</option>
            {Object.keys(presets).map((k) => <option key={k} value={k}>{PRESET_NAMES[k] ?? k}</option>)}
          </select>
        </div>
        <div><label htmlFor="scale-best" className="label">Best number</label><input id="scale-best" type="number" className="input w-24" value={scale.best} onChange={(e) => setScale({ ...scale, best: Number(e.target.value) })} /></div>
        <div><label htmlFor="scale-worst" className="label">Worst number</label><input id="scale-worst" type="number" className="input w-24" value={scale.worst} onChange={(e) => setScale({ ...scale, worst: Number(e.target.value) })} /></div>
      </div>
      <table className="w-full text-sm">
        <caption className="sr-only">Ratings</caption>
        <thead><tr className="text-left"><th scope="col">Key</th><th scope="col">Label</th><th scope="col">Letter</th><th scope="col">Colour</th><th scope="col">Number</th><th scope="col">Claims</th></tr></thead>
        <tbody>
          {scale.labels.map((l, i) => (
            <tr key={i}>
              <td className="font-mono text-xs">{l.key}</td>
              <td><input aria-label={`Label for ${l.key}`} className="input" value={l.label} onChange={(e) => setLabel(i, { label: e.target.value })} /></td>
              <td><input aria-label={`Letter for ${l.key}`} className="input w-14" value={l.letter} onChange={(e) => setLabel(i, { letter: e.target.value })} /></td>
              <td><input aria-label={`Colour for ${l.key}`} type="color" value={l.color} onChange={(e) => setLabel(i, { color: e.target.value })} /></td>
              <td><input aria-label={`ClaimReview number for ${l.key} (empty: no number)`} type="number" className="input w-20" value={l.value ?? ""} onChange={(e) => setLabel(i, { value: e.target.value === "" ? null : Number(e.target.value) })} /></td>
              <td>{usage[l.key] ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {inUse && (
        <fieldset className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3">
          <legend className="px-1 font-medium">Move claims of removed ratings</legend>
          {Object.entries(inUse).map(([key, count]) => (
            <div key={key}>
              <label htmlFor={`move-${key}`} className="label">{key} ({count} claims) → </label>
              <select id={`move-${key}`} className="input" value={moveTo[key] ?? ""} onChange={(e) => setMoveTo({ ...moveTo, [key]: e.target.value })}>
                <option value="">Choose a rating…</option>
                {scale.labels.map((l) => <option key={l.key} value={l.key}>{l.label}</option>)}
              </select>
            </div>
          ))}
        </fieldset>
      )}
      <div className="flex justify-end"><button type="submit" className="btn btn-primary" disabled={pending}>{pending ? "Saving…" : "Save rating scale"}</button></div>
    </form>
  );
}
