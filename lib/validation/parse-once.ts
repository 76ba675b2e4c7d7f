import type { z } from "zod";

/**
 * Parse once per request (issue 16). An HTTP request's body and query are parsed by the route
 * (lib/http/route.ts readJson/readQuery, with the schema its endpoint declares), and the use
 * case it calls parses its input again with its own schema, so that the use case also refuses
 * bad input from every other caller (import, scripts, tests). Both go through `parseInput`:
 * it remembers which schema produced each parsed object, and hands such an object back as it
 * is when the same schema is asked to parse it again. So a request's body is parsed once when
 * the endpoint declares the very schema object its use case parses with (the endpoints import
 * the schemas from lib/validation through lib/contracts, the use cases from lib/validation),
 * and a direct call with anything else (a literal, a parsed object of another schema, invalid
 * input) is parsed in full and throws the same ZodError as before.
 *
 * A parsed value is treated as what it was when parsed: code that mutates it before handing
 * it on should parse again (nothing in lib/http or lib/server does). Values that are not
 * objects (a number, a string) cannot be remembered and are simply parsed again; that is cheap.
 */
const producedBy = new WeakMap<object, z.ZodType>();

const isObject = (value: unknown): value is object => (typeof value === "object" && value !== null) || typeof value === "function";

/** `schema.parse(value)`, skipped when `value` is itself what `schema` produced. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  if (isObject(value) && producedBy.get(value) === schema) return value as z.output<S>;
  const parsed = schema.parse(value) as z.output<S>;
  if (isObject(parsed)) producedBy.set(parsed, schema);
  return parsed;
}

/** Whether `value` is an object `schema` produced through `parseInput` (for tests). */
export function wasParsedBy(schema: z.ZodType, value: unknown): boolean {
  return isObject(value) && producedBy.get(value) === schema;
}
