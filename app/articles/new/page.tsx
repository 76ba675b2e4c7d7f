import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/page-actor";
import { can } from "@/lib/domain/permissions";
import { Forbidden } from "../../_components/forbidden";
import { NewArticleForm } from "./new-article-form";
import { FromUrlForm } from "./from-url-form";

export const metadata: Metadata = { title: "New article" };

export default async function NewArticlePage() {
  const actor = await requirePageActor("/articles/new");
  if (!can(actor, "article.create")) return <Forbidden message="Only editors can add articles; you are signed in as a viewer." />;
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-5 text-2xl font-semibold">New article</h1>
      <div className="space-y-6">
        <FromUrlForm />
        <NewArticleForm />
      </div>
    </div>
  );
}
