/** Moved to lib/data/exports.ts (issue 16); kept so files not yet moved still build. */
export { loadExportInput } from "@/lib/data/exports";
