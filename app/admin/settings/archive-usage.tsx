import type { ArchiveUsage } from "@/lib/contracts/settings";

const MB = 1024 * 1024;

/** How much of the archive storage limit (FACTDESK_ARCHIVE_LIMIT_MB) archived copies use. */
export function ArchiveUsagePanel({ usage }: { usage: ArchiveUsage }) {
  const percent = usage.limitBytes > 0 ? Math.min(100, (usage.bytes / usage.limitBytes) * 100) : 0;
  return (
    <section aria-labelledby="archive-usage-heading" className="card mt-6 space-y-2 p-5">
      <h2 id="archive-usage-heading" className="text-lg font-semibold">Archived sources</h2>
      <p className="text-sm" data-testid="archive-usage">
        {(usage.bytes / MB).toLocaleString("en-GB", { maximumFractionDigits: 1 })} MB of {(usage.limitBytes / MB).toLocaleString("en-GB", { maximumFractionDigits: 0 })} MB used by{" "}
        {usage.copies.toLocaleString("en-GB")} {usage.copies === 1 ? "copy" : "copies"} of {usage.sources.toLocaleString("en-GB")} {usage.sources === 1 ? "source" : "sources"}.
      </p>
      <progress className="w-full" max={100} value={percent} aria-label="Archive storage used">{percent.toFixed(0)}%</progress>
      <p className="text-xs text-slate-600">The limit is set with FACTDESK_ARCHIVE_LIMIT_MB; when it is reached, new copies are refused and existing ones stay.</p>
    </section>
  );
}
