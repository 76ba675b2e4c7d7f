"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ArticlePreview } from "@/lib/contracts/web";
import { api } from "../../_components/api-client";
import { Field } from "../../_components/field";
import { FetchProgress } from "../../_components/web/fetch-progress";
import { useWebFetch } from "../../_components/web/use-web-fetch";

type Fields = Record<string, string>;

/**
 * New article from a link: fetch the page, show the extracted story to confirm, then create
 * the article with the ordinary create call (the HTML is sanitised again on the way in).
 */
export function FromUrlForm() {
  const router = useRouter();
  const fetcher = useWebFetch();
  const [preview, setPreview] = useState<ArticlePreview | null>(null);
  const [errors, setErrors] = useState<Fields>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function onFetch(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const url = String(new FormData(event.currentTarget).get("fromUrl") ?? "").trim();
    setMessage(null);
    setErrors({});
    setPreview(null);
    if (!url) return setErrors({ fromUrl: "Paste the link of the article to check." });
    const result = await fetcher.run<{ preview: ArticlePreview }>("/api/web/article-preview", { url });
    if (!result) return;
    if (result.ok) return setPreview(result.data.preview);
    setErrors({ fromUrl: result.error.fields?.url ?? result.error.message });
  }

  async function onCreate(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!preview) return;
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? "");
    setSaving(true);
    setMessage(null);
    const result = await api<{ id: string }>("/api/articles", {
      method: "POST",
      body: {
        title: value("previewTitle"),
        byline: value("previewByline"),
        publisher: value("previewPublisher"),
        publishedAt: value("previewPublishedAt"),
        url: preview.url,
        fetchedAt: preview.fetchedAt,
        body: preview.html,
        bodyFormat: "html",
      },
    });
    setSaving(false);
    if (result.ok) return router.push(`/articles/${result.data.id}`);
    const f = result.error.fields ?? {};
    setErrors({ previewTitle: f.title, previewByline: f.byline, previewPublisher: f.publisher, previewPublishedAt: f.publishedAt } as Fields);
    setMessage(result.error.message);
  }

  return (
    <section aria-labelledby="from-url-heading" className="card space-y-4 p-5">
      <h2 id="from-url-heading" className="text-lg font-semibold">From a link</h2>
      <form onSubmit={onFetch} noValidate className="space-y-2">
        <label htmlFor="fromUrl" className="label">Article URL</label>
        <div className="flex gap-2">
          <input
            id="fromUrl"
            name="fromUrl"
            type="url"
            placeholder="https://news.example.com/story"
            className="input"
            aria-invalid={!!errors.fromUrl}
            aria-describedby={errors.fromUrl ? "fromUrl-error" : "fromUrl-help"}
          />
          <button type="submit" className="btn btn-primary shrink-0" disabled={fetcher.busy}>Fetch article</button>
        </div>
        <p id="fromUrl-help" className="text-sm text-slate-500">Factdesk reads the story (title, byline, text with its headings, lists, quotes and links) and shows it here before anything is saved.</p>
        {errors.fromUrl && <p id="fromUrl-error" className="field-error" role="alert">{errors.fromUrl}</p>}
        {fetcher.busy && <FetchProgress label="Fetching the page" elapsed={fetcher.elapsed} onCancel={fetcher.cancel} />}
      </form>

      {preview && (
        <form onSubmit={onCreate} noValidate className="space-y-4 border-t border-slate-200 pt-4" aria-label="Article preview">
          {message && <div role="alert" className="alert-error">{message}</div>}
          <p className="text-sm text-slate-600">
            Preview of <a href={preview.url} className="text-blue-800 underline" target="_blank" rel="noopener noreferrer">{preview.url}</a> ({preview.wordCount.toLocaleString("en-GB")} words). Check the text, correct the details, then create the article.
          </p>
          <Field id="previewTitle" label="Title" required defaultValue={preview.title} error={errors.previewTitle} />
          <div className="grid gap-4 sm:grid-cols-3">
            <Field id="previewByline" label="Byline (author)" defaultValue={preview.byline ?? ""} error={errors.previewByline} />
            <Field id="previewPublisher" label="Publisher" defaultValue={preview.publisher ?? ""} error={errors.previewPublisher} />
            <Field id="previewPublishedAt" label="Publication date" type="date" defaultValue={preview.publishedAt ?? ""} error={errors.previewPublishedAt} />
          </div>
          {/* Sanitised on the server by the article importer (lib/import) before it was sent. */}
          <div className="prose max-h-96 overflow-y-auto rounded-md border border-slate-200 bg-white p-4 font-serif" data-testid="article-preview" tabIndex={0} aria-label="Extracted article text" dangerouslySetInnerHTML={{ __html: preview.html }} />
          <div className="flex justify-end gap-2">
            <button type="button" className="btn" onClick={() => setPreview(null)}>Discard</button>
            <button type="submit" className="btn btn-primary" disabled={saving}>{saving ? "Creating…" : "Create article from this page"}</button>
          </div>
        </form>
      )}
    </section>
  );
}
