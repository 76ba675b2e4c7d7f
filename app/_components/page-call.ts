import { notFound } from "next/navigation";
import { AppError } from "@/lib/domain/errors";

export type PageResult<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Runs a use case for a server-rendered page: "not found" becomes the 404 page and
 * "forbidden" a result the page renders as the friendly <Forbidden> notice.
 */
export async function pageCall<T>(work: () => Promise<T>): Promise<PageResult<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    if (error instanceof AppError && error.code === "forbidden") return { ok: false, message: error.message };
    throw error;
  }
}
