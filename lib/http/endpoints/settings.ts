import { jsonResponse } from "@/lib/contracts/endpoint";
import { ratingScaleResponseSchema, settingsResponseSchema, updateRatingScaleResponseSchema, updateRatingScaleSchema, updateSettingsSchema } from "@/lib/contracts/settings";
import { getRatingScale } from "@/lib/server/get-rating-scale";
import { getSettings } from "@/lib/server/get-settings";
import { updateRatingScale } from "@/lib/server/update-rating-scale";
import { updateSettings } from "@/lib/server/update-settings";
import { endpoint } from "../endpoint";

export const get = endpoint({
  id: "settings.get", method: "GET", path: "/api/settings", tag: "Settings", summary: "Newsroom settings (four-eyes review, organisation)", minRole: "admin",
  response: jsonResponse(settingsResponseSchema, "`{ settings: { fourEyes, organisationName, organisationUrl, … } }`"),
  handle: async ({ actor }) => ({ settings: await getSettings(actor) }),
});

export const update = endpoint({
  id: "settings.update", method: "PATCH", path: "/api/settings", tag: "Settings", summary: "Change newsroom settings", minRole: "admin", body: updateSettingsSchema,
  response: jsonResponse(settingsResponseSchema, "`{ settings }`"), errors: [400, 422],
  handle: async ({ actor, body }) => ({ settings: await updateSettings(actor, body) }),
});

export const ratingScale = endpoint({
  id: "settings.ratingScale", method: "GET", path: "/api/settings/rating-scale", tag: "Settings", summary: "The newsroom's rating scale and its presets", minRole: "viewer",
  response: jsonResponse(ratingScaleResponseSchema, "`{ scale, presets, usage: { [key]: claims } }`"),
  handle: ({ actor }) => getRatingScale(actor),
});

export const updateScale = endpoint({
  id: "settings.updateRatingScale", method: "PUT", path: "/api/settings/rating-scale", tag: "Settings", summary: "Replace the rating scale", minRole: "admin", body: updateRatingScaleSchema,
  description:
    "Labels keep their keys, so renaming keeps claims. Removing a key that claims use answers 409 with `details.inUse` (key → claim count) unless `moveTo` maps it to a key of the new scale; each moved claim is one `claim.rating_moved` event. " +
    "Colours must reach 3:1 against white (WCAG 1.4.11, the rating is drawn as a ring beside dark text).",
  response: jsonResponse(updateRatingScaleResponseSchema, "`{ scale, moved }`"), errors: [400, 409, 422],
  handle: ({ actor, body }) => updateRatingScale(actor, body),
});

export const settingsEndpoints = [get, update, ratingScale, updateScale];
