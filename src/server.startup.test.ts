import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { freePort } from "./test-support/free-port.js";
import { civitasCommand } from "./test-support/bundled.js";

/**
 * `civitas serve` that dies during start-up takes its job processes with it:
 * before, a taken port left the server and its four job processes running for
 * good (the IPC channels kept the server alive), and a server killed while its
 * job processes started left those that had not yet listened for its going away.
 * Real processes, found by pid in /proc.
 */
describe("civitas serve dying during start-up", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-serve-startup-"));
  const started: ChildProcess[] = [];
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  afterEach(() => {
    // Whatever the test saw, nothing it started outlives it.
    for (const child of started.splice(0)) {
      if (child.pid !== undefined) killGroup(child.pid);
    }
  });

  const serve = (port: number): ChildProcess => {
    const child = spawn(
      process.execPath,
      [
        ...civitasCommand(),
        "--data",
        dataDir,
        "serve",
        "--port",
        String(port),
        "--host",
        "127.0.0.1",
      ],
      {
        stdio: "ignore",
        detached: true,
        env: { ...process.env, CIVITAS_LOG_LEVEL: "silent", CIVITAS_MT_ENGINE: "none" },
      },
    );
    started.push(child);
    return child;
  };

  it("on a taken port exits with an error before it forks a job process", async () => {
    const holder = net.createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => holder.listen(port, "127.0.0.1", resolve));
    try {
      const child = serve(port);
      const pid = child.pid ?? 0;
      // The port is tried before any job process is forked: every child seen while it runs.
      const seen = new Set<number>();
      const watch = setInterval(() => {
        for (const job of jobProcessesOf(pid)) seen.add(job);
      }, 20);
      const code = await Promise.race([
        new Promise<number | null>((resolve) => child.once("exit", resolve)),
        sleep(60_000).then(() => "still running" as const),
      ]).finally(() => clearInterval(watch));
      expect(code).toBe(1);
      expect([...seen]).toEqual([]);
    } finally {
      holder.close();
    }
  }, 150_000);

  it("killed with SIGKILL while its job processes start, they exit too", async () => {
    const port = await freePort();
    const child = serve(port);
    const pid = child.pid ?? 0;
    // Killed as soon as the job processes exist, before they are all ready.
    const jobs = await waitFor(() => {
      const found = jobProcessesOf(pid);
      return found.length > 0 ? found : undefined;
    }, 60_000);
    process.kill(pid, "SIGKILL");
    // A bound for a loaded machine (the suite itself; job processes run niced), not a speed.
    await waitFor(() => (jobs.some(isRunning) ? undefined : true), 30_000).catch(() => false);
    expect(jobs.filter(isRunning)).toEqual([]);
  }, 150_000);
});

/** The job processes a server forked: its children running job-process. */
function jobProcessesOf(pid: number): number[] {
  let children: number[];
  try {
    children = fs
      .readdirSync(`/proc/${pid}/task`)
      .flatMap((task) =>
        fs.readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim().split(/\s+/),
      )
      .filter((child) => child !== "")
      .map(Number);
  } catch {
    return [];
  }
  return children.filter((child) => {
    try {
      return fs.readFileSync(`/proc/${child}/cmdline`, "utf8").includes("job-process");
    } catch {
      return false;
    }
  });
}

/** Whether a process still runs (a zombie waiting for its reaper does not). */
function isRunning(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const state = stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
    return state !== "Z" && state !== "X";
  } catch {
    return false;
  }
}

function killGroup(pgid: number): void {
  try {
    process.kill(-pgid, "SIGKILL");
  } catch {
    // Gone already.
  }
}

async function waitFor<T>(probe: () => T | undefined, limitMs: number): Promise<T> {
  const until = Date.now() + limitMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`not within ${limitMs} ms`);
    await sleep(50);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
