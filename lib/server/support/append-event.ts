/** Moved to lib/data/events.ts (issue 16); kept so files not yet moved still build. */
export { appendEvent, appendEvents, type EventInput } from "@/lib/data/events";
export { notifyEventsCommitted } from "@/lib/realtime/notify";
