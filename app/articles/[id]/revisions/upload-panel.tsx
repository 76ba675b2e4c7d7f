"use client";
import { useRouter } from "next/navigation";
import { UploadNewVersion } from "../../../_components/revisions/upload-new-version";

/** The upload dialog on the revisions page: a saved version refreshes the list. */
export function UploadPanel({ articleId, version }: { articleId: string; version: number }) {
  const router = useRouter();
  return <UploadNewVersion articleId={articleId} version={version} onSaved={() => router.refresh()} />;
}
