import { spawn, type ChildProcess } from "node:child_process";
import { openSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";

export interface RunningServer {
  baseUrl: string;
  pid: number;
  /** Largest resident set size of the server's process tree seen since the last reset (MB). */
  peakRssMb(): number;
  resetPeak(): void;
  stop(): Promise<void>;
}

function childrenOf(pid: number): number[] {
  const kids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) kids.push(Number(entry));
    } catch {
      // process ended while we looked
    }
  }
  return kids;
}

/** RSS of a process and all its descendants, in MB (Linux /proc). */
export function treeRssMb(pid: number): number {
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, "utf8"));
      if (m) total += Number(m[1]) / 1024;
    } catch {
      continue;
    }
    stack.push(...childrenOf(p));
  }
  return total;
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Server at ${url} did not start within ${timeoutMs} ms`);
}

/** Starts a command as a server and samples its memory every 100 ms until stopped. */
export async function startServer(opts: { command: string; args: string[]; env: NodeJS.ProcessEnv; port: number; readyPath: string; cwd?: string; stdoutFile?: string }): Promise<RunningServer> {
  const stdout = opts.stdoutFile ? openSync(opts.stdoutFile, "w") : "ignore";
  const child: ChildProcess = spawn(opts.command, opts.args, { cwd: opts.cwd ?? path.resolve(__dirname, "../.."), env: opts.env, stdio: ["ignore", stdout, "inherit"] });
  const baseUrl = `http://127.0.0.1:${opts.port}`;
  await waitForHttp(baseUrl + opts.readyPath, 120_000);
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRssMb(child.pid!));
  }, 100);
  return {
    baseUrl,
    pid: child.pid!,
    peakRssMb: () => Math.max(peak, treeRssMb(child.pid!)),
    resetPeak: () => {
      peak = 0;
    },
    stop: () =>
      new Promise((resolve) => {
        clearInterval(timer);
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 5000).unref();
      }),
  };
}
