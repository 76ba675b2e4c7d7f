import { z } from "zod";
import { isoString } from "./common";
import { historyEntrySchema } from "./claims";

/** Live collaboration: presence, the change feed and article activity. */
export { presenceSchema, historyQuerySchema, type PresenceInput, type HistoryQuery } from "@/lib/validation/collaboration";

export const presenceUserSchema = z.object({ id: z.string(), name: z.string(), editingClaimId: z.string().nullable() });
export const presenceResponseSchema = z.object({ users: z.array(presenceUserSchema) });
export const presenceLeaveQuerySchema = z.object({ clientId: z.string().optional() });

export const eventsQuerySchema = z.object({
  after: z.string().optional().describe("Resume after this event id (the `Last-Event-ID` header wins when both are sent)."),
});

export const activityResponseSchema = z.object({
  article: z.object({ id: z.string(), title: z.string() }),
  events: z.array(historyEntrySchema),
  nextBefore: z.number().int().nullable(),
  latestId: z.number().int(),
});
export { isoString };
