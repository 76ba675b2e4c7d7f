import type { OperationSpec } from "../types";
import { articleOperations } from "./articles";
import { claimOperations } from "./claims";
import { accountOperations } from "./accounts";
import { collaborationOperations } from "./collaboration";
import { reviewOperations } from "./review";
import { revisionOperations } from "./revisions";
import { webOperations } from "./web";
import { notificationOperations } from "./notifications";
import { publishingOperations, ratingScaleOperations } from "./publishing";

/** Every documented operation. Each area lists its own in a file beside this one. */
export const ALL_OPERATIONS: OperationSpec[] = [...articleOperations, ...claimOperations, ...collaborationOperations, ...reviewOperations, ...revisionOperations, ...accountOperations, ...publishingOperations, ...ratingScaleOperations, ...notificationOperations, ...webOperations];
