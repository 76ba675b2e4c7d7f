import { z } from "zod";
import { REVERTABLE_FIELDS } from "@/lib/domain/event-format";
import { idParam } from "./common";

/** A browser tab's presence heartbeat (or its goodbye, `leaving: true`). */
export const presenceSchema = z.object({
  editingClaimId: idParam.nullable().optional(),
  /** Random per tab, so one person with two tabs open is one entry per tab. */
  clientId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "clientId must be 1–64 letters, digits, - or _.").optional(),
  leaving: z.boolean().optional(),
});
export type PresenceInput = z.input<typeof presenceSchema>;

export const revertClaimSchema = z.object({
  eventId: z.number({ error: "eventId must be the id of a history entry." }).int().positive(),
  field: z.enum(REVERTABLE_FIELDS, { error: `field must be one of ${REVERTABLE_FIELDS.join(", ")}.` }),
  version: z.number({ error: "version is required: send the version you started from." }).int().positive(),
});
export type RevertClaimInput = z.input<typeof revertClaimSchema>;

const eventCursor = z.coerce.number({ error: "before must be an event id." }).int("before must be a whole number.").positive("before must be positive.");

export const historyQuerySchema = z.object({
  /** Older than this event id (the `nextBefore` of the previous page). */
  before: eventCursor.optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});
export type HistoryQuery = z.input<typeof historyQuerySchema>;
