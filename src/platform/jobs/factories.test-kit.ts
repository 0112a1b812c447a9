import { z } from "zod";
import type { PlatformTables } from "../platform.table.js";
import type { PlatformDb } from "../db/platform-db.js";
import { type JobContext, type JobDefinition, defineJob, enqueueJob } from "./job-queue.js";
import { JobWorker, type JobWorkerOptions } from "./job-worker.js";

/** The moment most job tests start at. */
export const T0 = new Date("2026-12-01T09:00:00.000Z");

let sequence = 0;

/** A clock tests move by hand, so retries and lock expiry never need a real wait. */
export function makeClock(start = T0): { now: () => Date; set(at: Date | string): void } {
  let current = start;
  return {
    now: () => current,
    set(at) {
      current = new Date(at);
    },
  };
}

/** A job type with a unique name whose handler records each run and throws while `shouldFail` says so. */
export function makeRecordingJob(
  options: {
    maxAttempts?: number;
    maxInterruptions?: number;
    shouldFail?: (attempt: number) => boolean;
  } = {},
): { job: JobDefinition<{ n: number }>; runs: { payload: { n: number }; ctx: JobContext }[] } {
  sequence += 1;
  const runs: { payload: { n: number }; ctx: JobContext }[] = [];
  const job = defineJob({
    type: `RecordTask${sequence}`,
    payload: z.object({ n: z.number() }),
    ...(options.maxAttempts === undefined ? {} : { maxAttempts: options.maxAttempts }),
    ...(options.maxInterruptions === undefined
      ? {}
      : { maxInterruptions: options.maxInterruptions }),
    async handle(payload, ctx) {
      runs.push({ payload, ctx });
      if (options.shouldFail?.(ctx.attempt)) throw new Error("engine unavailable");
    },
  });
  return { job, runs };
}

/** A worker with test settings: a 60-second lock, a 5 ms poll, the clock stopped at T0. */
export function makeWorker<DB extends PlatformTables>(
  options: Pick<JobWorkerOptions<DB>, "db" | "jobs"> & Partial<JobWorkerOptions<DB>>,
): JobWorker<DB> {
  sequence += 1;
  return new JobWorker({
    workerId: `worker-${sequence}`,
    pollMs: 5,
    lockMs: 60_000,
    now: () => T0,
    ...options,
  });
}

/**
 * The jobs of the crash test (job-crash.test.ts and its worker process): a
 * probe works for `workMs`, then records its effect idempotently, as real
 * handlers do, by queueing an effect job under a key of its own.
 */
export function makeCrashProbeJobs<DB extends PlatformTables>(
  db: PlatformDb<DB>,
): {
  probe: JobDefinition<{ n: number; workMs: number }>;
  effect: JobDefinition<{ n: number }>;
} {
  const effect = defineJob({
    type: "CrashEffectTask",
    payload: z.object({ n: z.number() }),
    async handle() {},
  });
  const probe = defineJob({
    type: "CrashProbeTask",
    payload: z.object({ n: z.number(), workMs: z.number() }),
    maxAttempts: 20,
    async handle({ n, workMs }, { now }) {
      await new Promise((resolve) => setTimeout(resolve, workMs));
      await enqueueJob(db, effect, { payload: { n }, idempotencyKey: `effect:${n}`, now });
    },
  });
  return { probe, effect };
}
