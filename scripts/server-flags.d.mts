export declare const DEFAULT_HEAP_MB: number;
/** The flags to pass to `node` before scripts/server.mjs (see server-flags.mjs). */
export declare function serverNodeFlags(env?: Record<string, string | undefined>): string[];
