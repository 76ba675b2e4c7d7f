import type { ZodType } from "zod";
import type { Role } from "@/lib/domain/enums";

/** One operation of the JSON API, described next to the zod schemas that validate it. */
export interface OperationSpec {
  method: "get" | "post" | "patch" | "put" | "delete";
  /** OpenAPI path template, e.g. "/api/claims/{id}". */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  /** The least role that may call it; null for public operations. */
  minRole: Role | null;
  body?: ZodType;
  query?: ZodType;
  /** Success status and a description of the answer (a schema when there is one). */
  response: { status: number; description: string; schema?: ZodType; contentType?: string };
  /** Error statuses this operation can answer besides 401/403 (e.g. 404, 409, 422). */
  errors?: number[];
}
