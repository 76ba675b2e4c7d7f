import { describe, expect, it } from "vitest";
import { DEFAULT_HEAP_MB, serverNodeFlags } from "../../scripts/server-flags.mjs";

describe("the production server's Node flags", () => {
  it("cap the old generation at the default unless told otherwise", () => {
    expect(serverNodeFlags({})).toEqual([`--max-old-space-size=${DEFAULT_HEAP_MB}`]);
    expect(serverNodeFlags({ FACTDESK_HEAP_MB: "512" })).toEqual(["--max-old-space-size=512"]);
  });

  it("leave V8's default when FACTDESK_HEAP_MB is 0", () => {
    expect(serverNodeFlags({ FACTDESK_HEAP_MB: "0" })).toEqual([]);
  });

  it("refuse a figure that is not a whole number of megabytes or too small to run the app", () => {
    expect(() => serverNodeFlags({ FACTDESK_HEAP_MB: "lots" })).toThrow(/FACTDESK_HEAP_MB must be a whole number/);
    expect(() => serverNodeFlags({ FACTDESK_HEAP_MB: "64" })).toThrow(/at least 128/);
    expect(() => serverNodeFlags({ FACTDESK_HEAP_MB: "256.5" })).toThrow(/whole number/);
  });
});
