import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";

/**
 * Golden files: the expected output of each exporter for the sample input, kept under
 * tests/fixtures/export/golden/. Run with UPDATE_GOLDEN=1 to (re)write them after an
 * intended change, then review the diff like any other code change.
 */
export const GOLDEN_DIR = path.resolve(__dirname, "../../fixtures/export/golden");

export function expectGolden(fileName: string, actual: string): void {
  const file = path.join(GOLDEN_DIR, fileName);
  if (process.env.UPDATE_GOLDEN === "1") {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(file, actual, "utf8");
    return;
  }
  if (!existsSync(file)) throw new Error(`Missing golden file ${fileName}: run UPDATE_GOLDEN=1 npx vitest run tests/unit/export`);
  expect(actual).toBe(readFileSync(file, "utf8"));
}
