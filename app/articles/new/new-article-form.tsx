"use client";
import { useRouter } from "next/navigation";
import { useState, type RefObject } from "react";
import { api } from "../../_components/api-client";
import { Field } from "../../_components/field";
import { useFieldState } from "../../_components/use-field-state";

type Fields = Record<string, string>;

export function NewArticleForm() {
  const router = useRouter();
  const [errors, setErrors] = useState<Fields>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // Typed before hydration is kept (the title and other fields are uncontrolled and keep it anyway).
  const [body, setBody, bodyRef] = useFieldState<string>("");
  const [bodyFormat, setBodyFormat, formatRef] = useFieldState<"text" | "markdown" | "html">("text");

  async function onFile(file: File | undefined) {
    if (!file) return;
    if (file.size > 2_000_000) {
      setErrors((e) => ({ ...e, body: "That file is larger than 2 MB. Paste a shorter article or split it." }));
      return;
    }
    const name = file.name.toLowerCase();
    setBodyFormat(name.endsWith(".html") || name.endsWith(".htm") ? "html" : name.endsWith(".md") || name.endsWith(".markdown") ? "markdown" : "text");
    setBody(await file.text());
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setErrors({});
    setMessage(null);
    const result = await api<{ id: string }>("/api/articles", {
      method: "POST",
      body: {
        title: String(form.get("title") ?? ""),
        byline: String(form.get("byline") ?? ""),
        publisher: String(form.get("publisher") ?? ""),
        url: String(form.get("url") ?? ""),
        publishedAt: String(form.get("publishedAt") ?? ""),
        body,
        bodyFormat,
      },
    });
    setPending(false);
    if (result.ok) {
      router.push(`/articles/${result.data.id}`);
      return;
    }
    const fields = result.error.fields ?? {};
    setErrors(fields);
    setMessage(Object.keys(fields).length > 0 ? "Please correct the fields marked below; nothing was saved." : result.error.message);
  }

  return (
    <form onSubmit={onSubmit} className="card space-y-4 p-5" noValidate>
      {message && <div role="alert" className="alert-error">{message}</div>}
      <Field id="title" label="Title" error={errors.title} required />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="byline" label="Byline (author)" error={errors.byline} />
        <Field id="publisher" label="Publisher" error={errors.publisher} />
        <Field id="url" label="Original URL" type="url" placeholder="https://…" error={errors.url} />
        <Field id="publishedAt" label="Publication date" type="date" error={errors.publishedAt} />
      </div>
      <div>
        <div className="mb-1 flex items-center justify-between">
          <label htmlFor="body" className="label">Article text</label>
          <div className="flex items-center gap-3 text-sm">
            <label htmlFor="bodyFormat" className="text-slate-600">Format</label>
            <select id="bodyFormat" ref={formatRef as RefObject<HTMLSelectElement | null>} className="input w-auto" value={bodyFormat} onChange={(e) => setBodyFormat(e.target.value as typeof bodyFormat)}>
              <option value="text">Plain text</option>
              <option value="markdown">Markdown</option>
              <option value="html">HTML (sanitised)</option>
            </select>
          </div>
        </div>
        <textarea
          id="body"
          name="body"
          ref={bodyRef as RefObject<HTMLTextAreaElement | null>}
          rows={14}
          className="input font-serif"
          value={body}
          onChange={(e) => setBody(e.target.value)}
          aria-invalid={!!errors.body}
          aria-describedby={errors.body ? "body-error" : "body-help"}
        />
        <p id="body-help" className="mt-1 text-sm text-slate-500">Paste the article: one paragraph per line. Or load a .txt, .md or .html file (up to 2 MB):</p>
        <input type="file" accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html" aria-label="Load article from a file" className="mt-1 text-sm" onChange={(e) => void onFile(e.target.files?.[0])} />
        {errors.body && <p id="body-error" className="field-error">{errors.body}</p>}
      </div>
      <div className="flex justify-end gap-2">
        <button type="button" className="btn" onClick={() => router.back()}>Cancel</button>
        <button type="submit" className="btn btn-primary" disabled={pending}>{pending ? "Saving…" : "Create article"}</button>
      </div>
    </form>
  );
}
