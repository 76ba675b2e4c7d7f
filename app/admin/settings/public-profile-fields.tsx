"use client";

type Field = "organisationLogoUrl" | "methodology" | "correctionsPolicy" | "publicBaseUrl";

const FIELDS: { field: Field; label: string; help: string; multiline?: boolean; type?: string }[] = [
  { field: "publicBaseUrl", label: "Public address of fact-check pages", help: "Where readers open /fact-checks/… pages. Empty: this Factdesk’s address (NEXTAUTH_URL). Applies from the next (re)publish.", type: "url" },
  { field: "organisationLogoUrl", label: "Logo URL", help: "An https image shown on public pages and link previews.", type: "url" },
  { field: "methodology", label: "Methodology", help: "How you check claims (Markdown). Shown under “How we check” on every public page.", multiline: true },
  { field: "correctionsPolicy", label: "Corrections policy", help: "How readers report errors and how you correct them (Markdown). Shown with the corrections log.", multiline: true },
];

/** The organisation profile readers see on public fact-check pages (IFCN: methods and corrections). */
export function PublicProfileFields({ values, errors, onChange }: { values: Record<Field, string>; errors: Record<string, string>; onChange: (field: Field, value: string) => void }) {
  return (
    <fieldset className="card space-y-4 p-5">
      <legend className="px-1 text-lg font-semibold">Public pages</legend>
      {FIELDS.map(({ field, label, help, multiline, type }) => {
        const describedBy = errors[field] ? `${field}-error` : `${field}-help`;
        return (
          <div key={field}>
            <label htmlFor={field} className="label">{label}</label>
            {multiline ? (
              <textarea id={field} className="input" rows={4} value={values[field]} onChange={(e) => onChange(field, e.target.value)} aria-invalid={!!errors[field]} aria-describedby={describedBy} />
            ) : (
              <input id={field} type={type} className="input" placeholder="https://…" value={values[field]} onChange={(e) => onChange(field, e.target.value)} aria-invalid={!!errors[field]} aria-describedby={describedBy} />
            )}
            {errors[field] ? <p id={`${field}-error`} className="field-error">{errors[field]}</p> : <p id={`${field}-help`} className="mt-1 text-sm text-slate-500">{help}</p>}
          </div>
        );
      })}
    </fieldset>
  );
}
