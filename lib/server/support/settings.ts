/** Moved to lib/data/settings.ts (issue 16); kept for the use cases that still import it from here. */
export { DEFAULT_ORGANISATION_NAME, SETTING_KEYS, readSettings, type NewsroomSettings } from "@/lib/data/settings";
