import type { Actor } from "@/lib/domain/actor";
import { updateSettingsSchema, type UpdateSettingsInput } from "@/lib/validation/settings";
import { parseInput } from "@/lib/validation/parse-once";
import { authorize } from "./support/authorize";
import { appendEvent } from "@/lib/data/events";
import { readSettings, SETTING_KEYS, writeSetting, type NewsroomSettings } from "@/lib/data/settings";
import { writeTransaction } from "@/lib/data/transaction";

/**
 * An admin changes newsroom settings (four-eyes review, the organisation named in reports).
 * Each changed setting is one row and one event; unchanged values write nothing.
 */
export async function updateSettings(actor: Actor, raw: UpdateSettingsInput): Promise<NewsroomSettings> {
  authorize(actor, "settings.manage");
  const input = parseInput(updateSettingsSchema, raw);
  return writeTransaction(async (tx) => {
    const current = await readSettings(tx);
    const wanted: { key: string; before: string | null; after: string | null }[] = [];
    if (input.fourEyes !== undefined && input.fourEyes !== current.fourEyes) {
      wanted.push({ key: SETTING_KEYS.fourEyes, before: String(current.fourEyes), after: String(input.fourEyes) });
    }
    if (input.organisationName !== undefined && input.organisationName !== current.organisationName) {
      wanted.push({ key: SETTING_KEYS.organisationName, before: current.organisationName, after: input.organisationName });
    }
    // Profile texts and addresses: null or "" clears the row (the reader's default applies).
    for (const field of ["organisationUrl", "organisationLogoUrl", "methodology", "correctionsPolicy", "publicBaseUrl"] as const) {
      const next = input[field];
      if (next === undefined || (next || null) === (current[field] || null)) continue;
      wanted.push({ key: SETTING_KEYS[field], before: current[field] || null, after: next || null });
    }
    for (const change of wanted) {
      await writeSetting(tx, change.key, change.after);
      await appendEvent(tx, actor, { type: "setting.updated", targetType: "setting", targetId: change.key, before: { value: change.before }, after: { value: change.after } });
    }
    return readSettings(tx);
  });
}
