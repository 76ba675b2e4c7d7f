/**
 * SQLite binds at most 999 values per statement through Prisma 7, which refuses a longer
 * `IN (…)` list it cannot split itself (any query with an order: "The query parameter limit
 * supported by your database is exceeded"). Reads by a list of ids that can be long (every
 * claim of an article) go through here: one query per chunk, results concatenated; the caller
 * orders the whole.
 */
export const ID_CHUNK = 400;

export async function readInChunks<I, R>(ids: readonly I[], read: (chunk: I[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < ids.length; i += ID_CHUNK) out.push(...(await read(ids.slice(i, i + ID_CHUNK))));
  return out;
}
