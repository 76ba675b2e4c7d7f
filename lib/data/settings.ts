import type { Tx } from "@/lib/data/client";
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

export interface NewsroomSettings {
  /** Approver must differ from whoever set the verdict (default on). */
  fourEyes: boolean;
  /** The fact-checking organisation named in reports and ClaimReview `author`. */
  organisationName: string;
  organisationUrl: string | null;
  /** Organisation profile shown on public fact-check pages. */
  organisationLogoUrl: string | null;
  methodology: string;
  correctionsPolicy: string;
  /** Where public fact-check pages are served; null: NEXTAUTH_URL. */
  publicBaseUrl: string | null;
}

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
