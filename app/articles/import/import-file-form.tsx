"use client";
import { useRouter } from "next/navigation";
import { useState, type RefObject } from "react";
import { detectFormat } from "@/lib/import/detect-format";
import type { ImportFormat } from "@/lib/import/types";
import { api } from "../../_components/api-client";
import { Field } from "../../_components/field";
import { useFieldState } from "../../_components/use-field-state";

const MAX_BYTES = 2_000_000;
const FORMAT_NAME: Record<ImportFormat, string> = { text: "plain text", markdown: "Markdown", html: "HTML (will be cleaned)" };

/** Upload a .txt/.md/.html file and create the article through the usual API. */
export function ImportFileForm() {
  const router = useRouter();
  const [file, setFile] = useState<{ name: string; body: string; format: ImportFormat } | null>(null);
  const [title, setTitle, titleRef] = useFieldState<string>(""); // keeps a title typed before hydration
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onFile(chosen: File | undefined) {
    setErrors({});
    setFile(null);
    if (!chosen) return;
    const format = detectFormat(chosen.name, chosen.type);
    if (!format) return setErrors({ file: "Choose a .txt, .md or .html file. Other formats (Word, PDF) cannot be imported; save the article as text first." });
    if (chosen.size > MAX_BYTES) return setErrors({ file: "That file is larger than 2 MB. Split the article or remove images and markup first." });
    setFile({ name: chosen.name, body: await chosen.text(), format });
    if (!title) setTitle(chosen.name.replace(/\.[^.]+$/, "").replace(/[-_]+/g, " ").trim());
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (!file) return setErrors({ file: "Choose the file to import." });
    setPending(true);
    setMessage(null);
    const result = await api<{ id: string }>("/api/articles", {
      method: "POST",
      body: {
        title,
        byline: String(form.get("byline") ?? ""),
        publisher: String(form.get("publisher") ?? ""),
        url: String(form.get("url") ?? ""),
        publishedAt: String(form.get("publishedAt") ?? ""),
        body: file.body,
        bodyFormat: file.format,
      },
    });
    setPending(false);
    if (result.ok) return router.push(`/articles/${result.data.id}`);
    setErrors(result.error.fields ?? {});
    setMessage(result.error.message);
  }

  return (
    <form onSubmit={onSubmit} className="card space-y-4 p-5" noValidate aria-label="Import an article from a file">
      {message && <div role="alert" className="alert-error">{message}</div>}
      <div>
        <label htmlFor="article-file" className="label">File</label>
        <input id="article-file" type="file" accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html" className="text-sm" onChange={(e) => void onFile(e.target.files?.[0])} aria-invalid={!!(errors.file || errors.body)} aria-describedby={errors.file || errors.body ? "article-file-error" : file ? "article-file-info" : undefined} />
        {file && !errors.file && <p id="article-file-info" className="mt-1 text-sm text-slate-600">{file.name}: {FORMAT_NAME[file.format]}, {file.body.length.toLocaleString("en-US")} characters.</p>}
        {(errors.file || errors.body) && <p id="article-file-error" className="field-error">{errors.file ?? errors.body}</p>}
      </div>
      <div>
        <label htmlFor="import-title" className="label">Title<span className="text-red-700" aria-hidden> *</span></label>
        <input id="import-title" ref={titleRef as RefObject<HTMLInputElement | null>} className="input" value={title} onChange={(e) => setTitle(e.target.value)} required aria-invalid={!!errors.title} aria-describedby={errors.title ? "import-title-error" : undefined} />
        {errors.title && <p id="import-title-error" className="field-error">{errors.title}</p>}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="byline" label="Byline (author)" error={errors.byline} />
        <Field id="publisher" label="Publisher" error={errors.publisher} />
        <Field id="url" label="Original URL" type="url" placeholder="https://…" error={errors.url} />
        <Field id="publishedAt" label="Publication date" type="date" error={errors.publishedAt} />
      </div>
      <div className="flex justify-end"><button type="submit" className="btn btn-primary" disabled={pending}>{pending ? "Importing…" : "Import article"}</button></div>
    </form>
  );
}
