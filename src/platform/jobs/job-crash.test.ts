import { type ChildProcess, fork } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loaderFor, programFor } from "../../test-support/bundled.js";
import { DIALECTS } from "../../test-support/databases.js";
import { makeDurableStore } from "../../test-support/durable-store.js";
import { enqueueJob } from "./job-queue.js";
import { listJobs } from "./job.repository.js";
import { makeCrashProbeJobs } from "./factories.test-kit.js";

const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), "crash-worker.fixture.ts");
const PROBES = 12;
const KILLS = 4;
const LOCK_MS = 1_000;

for (const dialect of DIALECTS) {
  describe(`a job process killed with kill -9 on ${dialect}`, () => {
    it("leaves no job behind: after restarts every job completes, its effect recorded once", async () => {
      const store = await makeDurableStore(dialect);
      const database = await store.open();
      const { probe } = makeCrashProbeJobs(database.db);
      const args = [dialect, store.location.target, store.location.schema, String(LOCK_MS)];
      let child: ChildProcess | undefined;
      try {
        for (let n = 0; n < PROBES; n += 1) {
          await enqueueJob(database.db, probe, {
            payload: { n, workMs: 150 },
            idempotencyKey: `probe:${n}`,
            now: new Date(),
          });
        }
        let killedRunning = 0;
        for (let kill = 0; kill < KILLS; kill += 1) {
          child = await startWorker(args);
          // At a random moment while it works.
          await sleep(100 + Math.random() * 400);
          const running = await listJobs(database.db, {
            status: "running",
            type: "CrashProbeTask",
          });
          killedRunning += running.length;
          child.kill("SIGKILL");
          await new Promise((resolve) => child?.once("exit", resolve));
        }
        // The last restart: it takes up the jobs the killed workers held once their leases lapse.
        child = await startWorker(args);
        for (let waited = 0; ; waited += 50) {
          const left = await listJobs(database.db, { status: "pending" });
          const running = await listJobs(database.db, { status: "running" });
          if (left.length + running.length === 0) break;
          if (waited > 60_000) throw new Error("the queue did not empty within a minute");
          await sleep(50);
        }

        const probes = await listJobs(database.db, { type: "CrashProbeTask" });
        const effects = await listJobs(database.db, { type: "CrashEffectTask" });
        expect(probes.map((job) => job.status)).toEqual(Array(PROBES).fill("done"));
        expect(effects.map((job) => job.status)).toEqual(Array(PROBES).fill("done"));
        expect(new Set(effects.map((job) => job.idempotencyKey)).size).toBe(PROBES);
        // The kills did interrupt work: those jobs were claimed again.
        expect(killedRunning).toBeGreaterThan(0);
        expect(probes.some((job) => job.attempts > 1)).toBe(true);
        // Each kill is an interruption, not one of the job's own failures.
        expect(probes.some((job) => job.interruptions > 0)).toBe(true);
        for (const job of probes) expect(job.attempts - job.interruptions).toBe(1);
      } finally {
        child?.kill("SIGKILL");
        await database.destroy();
        await store.cleanup();
      }
    }, 120_000);
  });
}

function startWorker(args: string[]): Promise<ChildProcess> {
  // The run's bundle of the fixture (or the source under tsx).
  const program = programFor(FIXTURE);
  const child = fork(program, args, { execArgv: loaderFor(program), stdio: "inherit" });
  return new Promise((resolve, reject) => {
    child.once("message", () => resolve(child));
    child.once("error", reject);
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
