import { z } from "zod";
import { describe, expect, it, vi } from "vitest";
import { parseInput, wasParsedBy } from "@/lib/validation/parse-once";

/** lib/validation/parse-once.ts: what a schema produced is not parsed by it again; anything else is. */
describe("parseInput", () => {
  const schema = z.object({ name: z.string().trim().min(1), count: z.coerce.number().int() });
  const other = z.object({ name: z.string(), count: z.number() });

  it("parses like schema.parse and marks the result as this schema's", () => {
    const out = parseInput(schema, { name: "  a ", count: "3" });
    expect(out).toEqual({ name: "a", count: 3 });
    expect(wasParsedBy(schema, out)).toBe(true);
    expect(wasParsedBy(other, out)).toBe(false);
  });

  it("hands back what the same schema produced without parsing it again", () => {
    const parse = vi.spyOn(schema, "parse");
    const out = parseInput(schema, { name: "b", count: 1 });
    expect(parseInput(schema, out)).toBe(out);
    expect(parse).toHaveBeenCalledTimes(1);
    parse.mockRestore();
  });

  it("parses a look-alike, or another schema's output, in full", () => {
    const parse = vi.spyOn(schema, "parse");
    const lookAlike = { name: "c", count: 2 };
    expect(parseInput(schema, lookAlike)).not.toBe(lookAlike);
    const fromOther = parseInput(other, { name: "", count: 1 });
    expect(() => parseInput(schema, fromOther)).toThrow(z.ZodError);
    expect(parse).toHaveBeenCalledTimes(2);
    parse.mockRestore();
  });

  it("throws the schema's own ZodError for invalid input", () => {
    const bad = { name: "", count: "x" };
    let thrown: unknown;
    try {
      parseInput(schema, bad);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(z.ZodError);
    expect((thrown as z.ZodError).issues).toEqual(schema.safeParse(bad).error!.issues);
  });

  it("parses values that cannot be marked (numbers, strings) every time", () => {
    const n = z.coerce.number().int();
    const parse = vi.spyOn(n, "parse");
    expect(parseInput(n, "4")).toBe(4);
    expect(parseInput(n, 4)).toBe(4);
    expect(parse).toHaveBeenCalledTimes(2);
    parse.mockRestore();
  });
});
