"use client";
import { useState } from "react";
import type { NewsroomSettings } from "@/lib/contracts/settings";
import { api } from "../../_components/api-client";
import { PublicProfileFields } from "./public-profile-fields";

/** Four-eyes review and the organisation named in reports and ClaimReview markup. */
export function SettingsForm({ initial }: { initial: NewsroomSettings }) {
  const [fourEyes, setFourEyes] = useState(initial.fourEyes);
  const [name, setName] = useState(initial.organisationName);
  const [url, setUrl] = useState(initial.organisationUrl ?? "");
  const [profile, setProfile] = useState({
    organisationLogoUrl: initial.organisationLogoUrl ?? "",
    methodology: initial.methodology,
    correctionsPolicy: initial.correctionsPolicy,
    publicBaseUrl: initial.publicBaseUrl ?? "",
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: "error" | "info"; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setErrors({});
    setMessage(null);
    const result = await api<{ settings: NewsroomSettings }>("/api/settings", {
      method: "PATCH",
      body: { fourEyes, organisationName: name, organisationUrl: url.trim() || null, ...profile },
    });
    setPending(false);
    if (!result.ok) {
      setErrors(result.error.fields ?? {});
      setMessage({ kind: "error", text: result.error.message });
      return;
    }
    setFourEyes(result.data.settings.fourEyes);
    setName(result.data.settings.organisationName);
    setUrl(result.data.settings.organisationUrl ?? "");
    const saved = result.data.settings;
    setProfile({ organisationLogoUrl: saved.organisationLogoUrl ?? "", methodology: saved.methodology, correctionsPolicy: saved.correctionsPolicy, publicBaseUrl: saved.publicBaseUrl ?? "" });
    setMessage({ kind: "info", text: "Settings saved." });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-6" noValidate>
      {message && <div role={message.kind === "error" ? "alert" : "status"} className={message.kind === "error" ? "alert-error" : "alert-info"}>{message.text}</div>}
      <fieldset className="card space-y-2 p-5">
        <legend className="px-1 text-lg font-semibold">Review</legend>
        <label className="flex items-start gap-3">
          <input type="checkbox" className="mt-1" checked={fourEyes} onChange={(e) => setFourEyes(e.target.checked)} aria-describedby="four-eyes-help" />
          <span>
            <span className="font-medium">Four-eyes review</span>
            <span id="four-eyes-help" className="block text-sm text-slate-600">
              Whoever set a claim’s verdict cannot approve it; another reviewer must. Turn off only for one-person teams.
            </span>
          </span>
        </label>
      </fieldset>
      <fieldset className="card space-y-4 p-5">
        <legend className="px-1 text-lg font-semibold">Organisation</legend>
        <p className="text-sm text-slate-600">Named as the fact-checker in exported reports and in ClaimReview markup for search engines.</p>
        <div>
          <label htmlFor="organisationName" className="label">Name</label>
          <input id="organisationName" className="input" value={name} onChange={(e) => setName(e.target.value)} aria-invalid={!!errors.organisationName} aria-describedby={errors.organisationName ? "organisationName-error" : undefined} />
          {errors.organisationName && <p id="organisationName-error" className="field-error">{errors.organisationName}</p>}
        </div>
        <div>
          <label htmlFor="organisationUrl" className="label">Website</label>
          <input id="organisationUrl" type="url" className="input" placeholder="https://…" value={url} onChange={(e) => setUrl(e.target.value)} aria-invalid={!!errors.organisationUrl} aria-describedby={errors.organisationUrl ? "organisationUrl-error" : "organisationUrl-help"} />
          {errors.organisationUrl ? (
            <p id="organisationUrl-error" className="field-error">{errors.organisationUrl}</p>
          ) : (
            <p id="organisationUrl-help" className="mt-1 text-sm text-slate-500">Left empty, reports use this Factdesk’s own address.</p>
          )}
        </div>
      </fieldset>
      <PublicProfileFields values={profile} errors={errors} onChange={(field, value) => setProfile((p) => ({ ...p, [field]: value }))} />
      <div className="flex justify-end"><button type="submit" className="btn btn-primary" disabled={pending}>{pending ? "Saving…" : "Save settings"}</button></div>
    </form>
  );
}
