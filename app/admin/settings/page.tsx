import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/page-actor";
import { getSettings } from "@/lib/server/get-settings";
import { Forbidden } from "../../_components/forbidden";
import { pageCall } from "../../_components/page-call";
import { SettingsForm } from "./settings-form";
import { getRatingScale } from "@/lib/server/get-rating-scale";
import { RatingScaleForm } from "./rating-scale-form";
import { getArchiveUsage } from "@/lib/server/get-archive-usage";
import { ArchiveUsagePanel } from "./archive-usage";

export const metadata: Metadata = { title: "Settings" };
export const dynamic = "force-dynamic";

export default async function SettingsPage() {
  const actor = await requirePageActor("/admin/settings");
  const result = await pageCall(() => getSettings(actor));
  if (!result.ok) return <Forbidden message={result.message} />;
  const ratings = await getRatingScale(actor);
  const archiveUsage = await getArchiveUsage(actor);
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="mb-5 text-2xl font-semibold">Newsroom settings</h1>
      <SettingsForm initial={result.value} />
      <RatingScaleForm initial={ratings.scale} presets={ratings.presets} usage={ratings.usage} />
      <ArchiveUsagePanel usage={archiveUsage} />
    </div>
  );
}
