// Top self-time functions of a V8 CPU profile (from `BENCH_PROFILE_DIR=<dir> npm run bench`),
// and self time grouped by package, for explaining where the server's time goes.
//   npx tsx bench/profile-summary.ts <file.cpuprofile> [--top 25] [--from-s 0 --to-s 1e9]
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: "string", default: "25" }, "from-s": { type: "string", default: "0" }, "to-s": { type: "string", default: "1e9" } } });
const profile = JSON.parse(readFileSync(positionals[0], "utf8")) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
let t = 0;
let total = 0;
const from = Number(values["from-s"]) * 1e6;
const to = Number(values["to-s"]) * 1e6;
for (let i = 0; i < profile.samples.length; i++) {
  t += profile.timeDeltas[i];
  if (t < from || t > to) continue;
  const dt = profile.timeDeltas[i + 1] ?? 0;
  self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + dt);
  total += dt;
}

function packageOf(url: string, name: string): string {
  if (!url) return name.startsWith("(") ? name : "(native)";
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  if (url.startsWith("node:")) return "node core";
  if (url.includes("/.next")) {
    if (/\[root-of-the-server\]|lib_|app_/.test(url)) return "app bundle";
    return "next bundle";
  }
  return "other";
}

const fn = new Map<string, number>();
const pkg = new Map<string, number>();
for (const [id, us] of self) {
  const n = byId.get(id)!;
  const key = `${n.callFrame.functionName || "(anonymous)"}  ${n.callFrame.url.replace(/^.*node_modules\//, "").replace(/^file:\/\/.*\/\.next[^/]*\//, ".next/")}:${n.callFrame.lineNumber + 1}`;
  fn.set(key, (fn.get(key) ?? 0) + us);
  const p = packageOf(n.callFrame.url, n.callFrame.functionName);
  pkg.set(p, (pkg.get(p) ?? 0) + us);
}
const pct = (us: number) => ((us / total) * 100).toFixed(1).padStart(5) + " %";
console.log(`profile ${((profile.endTime - profile.startTime) / 1e6).toFixed(1)} s, window ${(total / 1e6).toFixed(1)} s of samples`);
console.log("\nself time by package:");
for (const [p, us] of [...pkg].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${pct(us)}  ${(us / 1000).toFixed(0).padStart(7)} ms  ${p}`);
console.log("\ntop self-time functions:");
for (const [k, us] of [...fn].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top))) console.log(`${pct(us)}  ${(us / 1000).toFixed(0).padStart(7)} ms  ${k}`);
