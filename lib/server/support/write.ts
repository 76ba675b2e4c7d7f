/** Moved to lib/data/transaction.ts (issue 16); kept so files not yet moved still build. */
export { writeTransaction } from "@/lib/data/transaction";
