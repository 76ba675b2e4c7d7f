import type { Tx } from "@/lib/data/client";
import type { NewsroomSettings } from "@/lib/contracts/settings";
import { FOUR_EYES_SETTING, parseFourEyes } from "@/lib/domain/review";

/** The settings store: newsroom-wide key/value rows (four-eyes review, the organisation profile). */

/** The Setting rows Factdesk reads, by what they mean. */
export const SETTING_KEYS = {
  fourEyes: FOUR_EYES_SETTING,
  organisationName: "organisation.name",
  organisationUrl: "organisation.url",
  organisationLogoUrl: "organisation.logoUrl",
  methodology: "organisation.methodology",
  correctionsPolicy: "organisation.correctionsPolicy",
  publicBaseUrl: "publishing.baseUrl",
} as const;

/** Declared once, in lib/contracts/settings.ts (the API's response types). */
export type { NewsroomSettings };

export const DEFAULT_ORGANISATION_NAME = "Factdesk";

type Client = Pick<Tx, "setting">;

/** Reads every newsroom setting in one query; missing rows take their defaults. */
export async function readSettings(client: Client): Promise<NewsroomSettings> {
  const rows = await client.setting.findMany({ where: { key: { in: Object.values(SETTING_KEYS) } } });
  const value = (key: string) => rows.find((r) => r.key === key)?.value;
  return {
    fourEyes: parseFourEyes(value(SETTING_KEYS.fourEyes)),
    organisationName: value(SETTING_KEYS.organisationName)?.trim() || DEFAULT_ORGANISATION_NAME,
    organisationUrl: value(SETTING_KEYS.organisationUrl)?.trim() || null,
    organisationLogoUrl: value(SETTING_KEYS.organisationLogoUrl)?.trim() || null,
    methodology: value(SETTING_KEYS.methodology) ?? "",
    correctionsPolicy: value(SETTING_KEYS.correctionsPolicy) ?? "",
    publicBaseUrl: value(SETTING_KEYS.publicBaseUrl)?.trim() || null,
  };
}

/** Sets one setting; null deletes its row, so the default applies again. */
export async function writeSetting(tx: Client, key: string, value: string | null): Promise<void> {
  if (value === null) await tx.setting.deleteMany({ where: { key } });
  else await tx.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
}
