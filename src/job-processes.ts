import { type ChildProcess, fork } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyBaseLogger } from "fastify";
import type { JobProcessesStatus } from "./app.js";
import { JOB_LANES, type JobLane } from "./job-lanes.js";
import type { JobProcessMessage } from "./job-process-main.js";
import type { Config } from "./platform/config.js";
import { withTranslationFlags } from "./modules/translation/translation-heap.js";

/** The job processes of a server, one per lane; `stop` lets each finish its job. */
export interface JobProcesses {
  /** The process id of each lane's process now (tests find the worker of a job by it). */
  pids(): Record<JobLane, number | undefined>;
  /** How many lanes' processes are running and have said they are ready (told by /healthz). */
  status(): JobProcessesStatus;
  stop(): Promise<void>;
}

/**
 * Forks one job process per lane (job-process.ts) and keeps it running: one
 * that dies is started again after a second; its job is taken up again once
 * its lease lapses. Resolves when every process has said it is ready.
 */
export async function startJobProcesses(input: {
  config: Config;
  log: FastifyBaseLogger;
  /** The program each process runs (default ENTRY); a .ts one runs under tsx. */
  entry?: string | undefined;
}): Promise<JobProcesses> {
  const entry = input.entry ?? ENTRY;
  const children = new Map<JobLane, ChildProcess>();
  const ready = new Set<JobLane>();
  let isStopping = false;

  const spawn = (lane: JobLane): Promise<void> =>
    new Promise((resolve) => {
      const child = fork(entry, [], { execArgv: execArgvFor(entry, lane), stdio: "inherit" });
      children.set(lane, child);
      ready.delete(lane);
      lowerPriority(child, input.log);
      child.on("message", (message: JobProcessMessage) => {
        if (message.type === "ready") {
          if (children.get(lane) === child) ready.add(lane);
          resolve();
        } else {
          const { level, message: text, ...entry } = message.entry;
          input.log[level]({ ...entry, lane }, text);
        }
      });
      child.once("exit", (code, signal) => {
        if (children.get(lane) === child) ready.delete(lane);
        resolve();
        if (isStopping) return;
        input.log.error({ lane, code, signal }, "A job process stopped; starting it again");
        setTimeout(() => {
          if (!isStopping) void spawn(lane);
        }, 1000).unref();
      });
      child.send({ config: input.config, lane });
    });

  await Promise.all(JOB_LANES.map(spawn));
  return {
    pids() {
      const entries = JOB_LANES.map((lane) => [lane, children.get(lane)?.pid] as const);
      return Object.fromEntries(entries) as Record<JobLane, number | undefined>;
    },
    status() {
      return { lanes: JOB_LANES.length, ready: ready.size };
    },
    async stop() {
      isStopping = true;
      await Promise.all([...children.values()].map(stopChild));
    },
  };
}

const HERE = fileURLToPath(import.meta.url);
/** The entry of a job process, beside this file: .js when built, .ts when run from the sources. */
const ENTRY = path.join(path.dirname(HERE), `job-process${path.extname(HERE)}`);
/** How much nicer (in `nice` steps) job processes are than the server. */
const JOB_NICENESS = 10;
/** A job process that has not finished its job this long after SIGTERM is killed; its lease lapses. */
const STOP_TIMEOUT_MS = 60_000;

/**
 * The sources run under tsx (the dev server, tests): the child needs its loader too.
 * The translate lane also gets V8's translation flags (a young generation its batches die in).
 */
function execArgvFor(entry: string, lane: JobLane): string[] {
  const isTypeScript = entry.endsWith(".ts");
  const hasLoader = process.execArgv.some((arg) => arg.includes("tsx"));
  const execArgv =
    isTypeScript && !hasLoader ? [...process.execArgv, "--import", "tsx"] : process.execArgv;
  return lane === "translate" ? withTranslationFlags(execArgv) : execArgv;
}

/** Jobs yield the CPU to the server: when both want it, requests come first. */
function lowerPriority(child: ChildProcess, log: FastifyBaseLogger): void {
  if (child.pid === undefined) return;
  try {
    os.setPriority(child.pid, Math.min(19, os.getPriority() + JOB_NICENESS));
  } catch (error) {
    log.warn({ err: error }, "Could not lower the priority of a job process");
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
