import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page-actor";
import { can } from "@/lib/domain/permissions";
import { Forbidden } from "../../_components/forbidden";
import { ImportFileForm } from "./import-file-form";
import { ImportJsonForm } from "./import-json-form";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage() {
  const actor = await requirePageActor("/articles/import");
  if (!can(actor, "article.create")) return <Forbidden message="Only editors can import articles; you are signed in as a viewer." />;
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <div>
        <Link href="/articles" className="text-sm text-blue-800 hover:underline">← Articles</Link>
        <h1 className="mt-1 text-2xl font-semibold">Import</h1>
      </div>
      <section aria-labelledby="file-heading" className="space-y-3">
        <div>
          <h2 id="file-heading" className="text-lg font-semibold">An article from a file</h2>
          <p className="text-sm text-slate-600">A plain-text (.txt), Markdown (.md) or web page (.html) file of up to 2 MB. Web pages are cleaned: scripts, styles and embedded content are removed.</p>
        </div>
        <ImportFileForm />
      </section>
      <section aria-labelledby="json-heading" className="space-y-3">
        <div>
          <h2 id="json-heading" className="text-lg font-semibold">A Factdesk export</h2>
          <p className="text-sm text-slate-600">
            A “Factdesk JSON” export (up to 20 MB) becomes a new article with its claims, verdicts, sources and comments.
            People are matched to accounts here by email; comments by anyone else are attributed to you, with their name kept.
            Imported claims wait for review here; the file’s history is kept as read-only “Imported history” on each claim.
          </p>
        </div>
        <ImportJsonForm canKeepApprovals={can(actor, "review.approve")} />
      </section>
    </div>
  );
}
