// Finds a Chromium for Playwright: Playwright's own browser download is unreachable here,
// so we use Debian's (apt-get install chromium) or CHROMIUM_PATH.
import { existsSync } from "node:fs";

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
  return candidates.find((p) => p && existsSync(p)) ?? null;
}

export const NO_CHROMIUM_MESSAGE =
  "No Chromium found for the browser tests.\n" +
  "Install Debian's: `sudo apt-get update && sudo apt-get install -y chromium`,\n" +
  "or point CHROMIUM_PATH at a Chromium or Chrome binary.";
