import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { DB } from "../../database.js";
import { createTestDatabase, DIALECTS } from "../../test-support/databases.js";
import type { Database } from "../db/database.js";
import { DEFAULT_MAX_INTERRUPTIONS, defineJob, enqueueJob } from "./job-queue.js";
import { claimDueJobs, findJobById, markJobDone } from "./job.repository.js";
import { JOB_LEASE_MS } from "./job-worker.js";
import { makeClock, makeRecordingJob, makeWorker, T0 } from "./factories.test-kit.js";

const at = (ms: number) => new Date(T0.getTime() + ms);

for (const dialect of DIALECTS) {
  describe(`job worker on ${dialect}`, () => {
    let database: Database<DB>;
    beforeEach(async () => {
      database = await createTestDatabase(dialect);
    });
    afterEach(async () => {
      await database.destroy();
    });

    /** A worker claims the job at T0 + `ms` with a 1 s lease, then dies without a word. */
    const claimThenDie = (type: string, workerId: string, ms: number) =>
      claimDueJobs(database.db, { workerId, types: [type], now: at(ms), lockMs: 1_000, limit: 1 });

    it("runs a due job once and marks it done", async () => {
      const { job, runs } = makeRecordingJob();
      const id = await enqueueJob(database.db, job, {
        payload: { n: 3 },
        idempotencyKey: "a",
        now: T0,
      });
      const worker = makeWorker({ db: database.db, jobs: [job] });

      expect(await worker.runOnce()).toBe(1);
      expect(await worker.runOnce()).toBe(0);
      expect(runs).toEqual([{ payload: { n: 3 }, ctx: { jobId: id, attempt: 1, now: T0 } }]);
      expect(await findJobById(database.db, id)).toMatchObject({
        status: "done",
        attempts: 1,
        lockedBy: null,
        lockedUntil: null,
        lastError: null,
      });
    });

    it("does not run a job before its run_at", async () => {
      const { job, runs } = makeRecordingJob();
      const clock = makeClock();
      const runAt = at(10_000);
      const id = await enqueueJob(database.db, job, {
        payload: { n: 1 },
        idempotencyKey: "later",
        runAt,
        now: T0,
      });
      const worker = makeWorker({ db: database.db, jobs: [job], now: clock.now });

      clock.set(at(9_999));
      expect(await worker.runOnce()).toBe(0);
      expect((await findJobById(database.db, id))?.status).toBe("pending");
      clock.set(runAt);
      expect(await worker.runOnce()).toBe(1);
      expect(runs).toHaveLength(1);
    });

    it("retries a failing job with growing delays, then marks it failed after maxAttempts", async () => {
      const { job, runs } = makeRecordingJob({ maxAttempts: 3, shouldFail: () => true });
      const clock = makeClock();
      const id = await enqueueJob(database.db, job, {
        payload: { n: 1 },
        idempotencyKey: "r",
        now: T0,
      });
      const worker = makeWorker({ db: database.db, jobs: [job], now: clock.now });

      const delays: number[] = [];
      for (const attempt of [1, 2]) {
        expect(await worker.runOnce()).toBe(1);
        const stored = await findJobById(database.db, id);
        expect(stored).toMatchObject({ status: "pending", attempts: attempt, lockedBy: null });
        expect(stored?.lastError).toContain("engine unavailable");
        const runAt = new Date(stored?.runAt ?? "");
        delays.push(runAt.getTime() - clock.now().getTime());
        // Not a moment before the delay is over.
        clock.set(new Date(runAt.getTime() - 1));
        expect(await worker.runOnce()).toBe(0);
        clock.set(runAt);
      }
      expect(delays[0]).toBeGreaterThanOrEqual(1_600);
      expect(delays[0]).toBeLessThanOrEqual(2_000);
      expect(delays[1]).toBeGreaterThan(delays[0] ?? Infinity);

      expect(await worker.runOnce()).toBe(1);
      expect(await findJobById(database.db, id)).toMatchObject({ status: "failed", attempts: 3 });
      clock.set(at(86_400_000));
      expect(await worker.runOnce()).toBe(0);
      expect(runs.map((r) => r.ctx.attempt)).toEqual([1, 2, 3]);
    });

    it("loads lazily named job types when the first of them is claimed, and only once", async () => {
      const { job, runs } = makeRecordingJob();
      let loads = 0;
      const worker = makeWorker({
        db: database.db,
        jobs: {
          types: [job.type],
          load: async () => {
            loads += 1;
            return [job];
          },
        },
      });

      expect(await worker.runOnce()).toBe(0);
      expect(loads).toBe(0);
      for (const key of ["first", "second"]) {
        await enqueueJob(database.db, job, { payload: { n: 1 }, idempotencyKey: key, now: T0 });
      }
      expect(await worker.runOnce()).toBe(2);
      expect(loads).toBe(1);
      expect(runs).toHaveLength(2);
    });

    it("retries a job whose lazy definitions failed to load, and loads them again for it", async () => {
      const { job, runs } = makeRecordingJob();
      const clock = makeClock();
      let loads = 0;
      const worker = makeWorker({
        db: database.db,
        now: clock.now,
        jobs: {
          types: [job.type],
          load: async () => {
            loads += 1;
            if (loads === 1) throw new Error("module not found");
            return [job];
          },
        },
      });
      const id = await enqueueJob(database.db, job, {
        payload: { n: 1 },
        idempotencyKey: "k",
        now: T0,
      });

      expect(await worker.runOnce()).toBe(1);
      expect(await findJobById(database.db, id)).toMatchObject({
        status: "pending",
        attempts: 1,
        lastError: "Error: module not found",
      });
      expect(runs).toHaveLength(0);
      clock.set(at(60 * 60_000));
      expect(await worker.runOnce()).toBe(1);
      expect(loads).toBe(2);
      expect(runs).toHaveLength(1);
      expect((await findJobById(database.db, id))?.status).toBe("done");
    });

    it("fails a job whose payload does not match its schema without calling the handler", async () => {
      // The realistic cause: the schema changed between the deploy that queued the job and this one.
      const queued = defineJob({
        type: "PublishItemTask",
        payload: z.object({ itemId: z.number() }),
        handle: async () => undefined,
      });
      let calls = 0;
      const current = defineJob({
        type: "PublishItemTask",
        payload: z.object({ itemId: z.number(), locale: z.string() }),
        async handle() {
          calls += 1;
        },
      });
      const id = await enqueueJob(database.db, queued, {
        payload: { itemId: 4 },
        idempotencyKey: "publish:4",
        now: T0,
      });
      const worker = makeWorker({ db: database.db, jobs: [current] });

      expect(await worker.runOnce()).toBe(1);
      expect(calls).toBe(0);
      const stored = await findJobById(database.db, id);
      expect(stored).toMatchObject({ status: "failed", attempts: 1, lockedBy: null });
      expect(stored?.lastError).toContain("locale");
    });

    it("reclaims a job whose worker died (lock expired)", async () => {
      const { job, runs } = makeRecordingJob();
      const clock = makeClock();
      const id = await enqueueJob(database.db, job, {
        payload: { n: 1 },
        idempotencyKey: "d",
        now: T0,
      });
      const [claimed] = await claimDueJobs(database.db, {
        workerId: "died",
        types: [job.type],
        now: T0,
        lockMs: 60_000,
        limit: 1,
      });
      expect(claimed?.id).toBe(id);
      const worker = makeWorker({ db: database.db, jobs: [job], now: clock.now });

      clock.set(at(59_999));
      expect(await worker.runOnce()).toBe(0);
      clock.set(at(60_000));
      expect(await worker.runOnce()).toBe(1);
      expect(runs.map((r) => r.ctx.attempt)).toEqual([2]);
      expect(await findJobById(database.db, id)).toMatchObject({ status: "done", attempts: 2 });

      // Should the first worker wake up and finish after all, its word no longer counts.
      const staleLock = { id, workerId: "died", attempts: 1 };
      expect(await markJobDone(database.db, { lock: staleLock, now: at(61_000) })).toBe(false);
    });

    it("runs a job whose worker died more times than maxAttempts: a death is not a failure of the job", async () => {
      const { job, runs } = makeRecordingJob({ maxAttempts: 2 });
      const id = await enqueueJob(database.db, job, {
        payload: { n: 1 },
        idempotencyKey: "killed-often",
        now: T0,
      });
      const deaths = 5;
      for (let death = 0; death < deaths; death += 1) {
        // Each worker claims it and dies (kill -9): its lease lapses unrenewed.
        const [claimed] = await claimThenDie(job.type, `killed-${death}`, death * 1_000);
        expect(claimed?.id).toBe(id);
      }
      const worker = makeWorker({ db: database.db, jobs: [job], now: () => at(deaths * 1_000) });

      expect(await worker.runOnce()).toBe(1);
      expect(runs.map((r) => r.ctx.attempt)).toEqual([deaths + 1]);
      expect(await findJobById(database.db, id)).toMatchObject({
        status: "done",
        attempts: deaths + 1,
        interruptions: deaths,
        lockedBy: null,
      });
    });

    it("fails a poison job (its worker dies on every attempt) after maxInterruptions, saying so", async () => {
      const { job, runs } = makeRecordingJob({ maxAttempts: 2, maxInterruptions: 4 });
      const id = await enqueueJob(database.db, job, {
        payload: { n: 1 },
        idempotencyKey: "poison",
        now: T0,
      });
      let moment = 0;
      const die = async () => {
        await claimThenDie(job.type, `killed-${moment}`, moment);
        moment += 1_000;
      };
      for (let death = 0; death < 4; death += 1) await die();
      // The fourth death is the last one allowed: the job is not run again.
      const survivor = makeWorker({ db: database.db, jobs: [job], now: () => at(moment) });
      expect(await survivor.runOnce()).toBe(1);
      expect(runs).toEqual([]);
      const stored = await findJobById(database.db, id);
      expect(stored).toMatchObject({
        status: "failed",
        attempts: 5,
        interruptions: 4,
        lockedBy: null,
      });
      expect(stored?.lastError).toBe(
        "Gave up: the worker running this job stopped (process killed or lease lapsed) during 4 attempts, the most allowed for this job type (maxInterruptions 4)",
      );
      expect(await survivor.runOnce()).toBe(0);
    });

    it("fails a poison job after DEFAULT_MAX_INTERRUPTIONS when its type sets no bound", async () => {
      const { job, runs } = makeRecordingJob();
      const id = await enqueueJob(database.db, job, {
        payload: { n: 1 },
        idempotencyKey: "poison-default",
        now: T0,
      });
      for (let death = 0; death < DEFAULT_MAX_INTERRUPTIONS - 1; death += 1) {
        await claimThenDie(job.type, `killed-${death}`, death * 1_000);
      }
      // One death short of the bound: it still runs (and here, dies once more).
      const lastBefore = (DEFAULT_MAX_INTERRUPTIONS - 1) * 1_000;
      expect(await claimThenDie(job.type, "killed-last", lastBefore)).toHaveLength(1);
      const worker = makeWorker({
        db: database.db,
        jobs: [job],
        now: () => at(lastBefore + 1_000),
      });
      expect(await worker.runOnce()).toBe(1);
      expect(runs).toEqual([]);
      const stored = await findJobById(database.db, id);
      expect(stored).toMatchObject({ status: "failed", interruptions: DEFAULT_MAX_INTERRUPTIONS });
      expect(stored?.lastError).toContain(`during ${DEFAULT_MAX_INTERRUPTIONS} attempts`);
    });

    it("counts only thrown errors against maxAttempts and the backoff, whatever died in between", async () => {
      const { job, runs } = makeRecordingJob({ maxAttempts: 2, shouldFail: () => true });
      const clock = makeClock();
      const id = await enqueueJob(database.db, job, {
        payload: { n: 1 },
        idempotencyKey: "dies-then-throws",
        now: T0,
      });
      const worker = makeWorker({ db: database.db, jobs: [job], now: clock.now });
      // Two deaths, then a run that throws: the first failure, retried after about 2 s, not 8 s.
      for (const moment of [0, 1_000]) {
        await claimThenDie(job.type, `killed-${moment}`, moment);
      }
      clock.set(at(2_000));
      expect(await worker.runOnce()).toBe(1);
      const first = await findJobById(database.db, id);
      expect(first).toMatchObject({ status: "pending", attempts: 3, interruptions: 2 });
      const delay = new Date(first?.runAt ?? "").getTime() - at(2_000).getTime();
      expect(delay).toBeGreaterThanOrEqual(1_600);
      expect(delay).toBeLessThanOrEqual(2_000);
      // The second thrown error is the last attempt maxAttempts allows.
      clock.set(new Date(first?.runAt ?? ""));
      expect(await worker.runOnce()).toBe(1);
      const stored = await findJobById(database.db, id);
      expect(stored).toMatchObject({ status: "failed", attempts: 4, interruptions: 2 });
      expect(stored?.lastError).toContain("engine unavailable");
      expect(runs.map((r) => r.ctx.attempt)).toEqual([3, 4]);
    });

    it("renews the lease of a job that runs longer than it, so a second worker never takes it", async () => {
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      const runs: number[] = [];
      const job = defineJob({
        type: "LongTask",
        payload: z.object({ n: z.number() }),
        async handle(_payload, ctx) {
          runs.push(ctx.attempt);
          if (ctx.attempt === 1) await held;
        },
      });
      const id = await enqueueJob(database.db, job, {
        payload: { n: 1 },
        idempotencyKey: "long",
        now: new Date(),
      });
      // The workers' clock moves only here, so a slow machine cannot let a lease lapse: a real
      // 300 ms lease once did on a loaded CI (the event loop or the database stalled past it).
      const clock = makeClock(new Date());
      const lease = { lockMs: 300, heartbeatMs: 20, now: clock.now };
      const first = makeWorker({ db: database.db, jobs: [job], ...lease });
      const second = makeWorker({ db: database.db, jobs: [job], ...lease });
      const lockedUntil = async () =>
        new Date((await findJobById(database.db, id))?.lockedUntil ?? 0).getTime();

      const running = first.runOnce();
      await vi.waitFor(() => expect(runs).toEqual([1]), { timeout: 5_000, interval: 5 });
      // Eight times two thirds of a lease (five leases in all): each time the heartbeat renews
      // the lease from the new time before the second worker looks. Without the heartbeat the
      // lease would lapse at the second step and the second worker would take the job.
      for (let i = 0; i < 8; i += 1) {
        clock.set(new Date(clock.now().getTime() + 200));
        const renewedFrom = clock.now().getTime();
        await vi.waitFor(async () => expect(await lockedUntil()).toBe(renewedFrom + 300), {
          timeout: 10_000,
          interval: 10,
        });
        expect(await second.runOnce()).toBe(0);
      }
      release();
      expect(await running).toBe(1);
      expect(runs).toEqual([1]);
      expect(await findJobById(database.db, id)).toMatchObject({ status: "done", attempts: 1 });
    });

    it("re-runs a job whose worker died once its short lease expires, exactly once", async () => {
      const { job, runs } = makeRecordingJob();
      const clock = makeClock();
      const id = await enqueueJob(database.db, job, {
        payload: { n: 1 },
        idempotencyKey: "crashed",
        now: T0,
      });
      // The dead worker claimed it with the servers' lease and never renewed it.
      await claimDueJobs(database.db, {
        workerId: "killed",
        types: [job.type],
        now: T0,
        lockMs: JOB_LEASE_MS,
        limit: 1,
      });
      const workers = [1, 2].map(() =>
        makeWorker({ db: database.db, jobs: [job], now: clock.now }),
      );

      clock.set(at(JOB_LEASE_MS - 1));
      expect(await workers[0]?.runOnce()).toBe(0);
      clock.set(at(JOB_LEASE_MS));
      const ran = await Promise.all(workers.map((w) => w.runOnce()));
      expect(ran.sort()).toEqual([0, 1]);
      expect(JOB_LEASE_MS).toBeLessThanOrEqual(30_000);
      expect(runs.map((r) => r.ctx.attempt)).toEqual([2]);
      expect(await findJobById(database.db, id)).toMatchObject({ status: "done", attempts: 2 });
    });

    it("runs each lane's jobs while a long job holds another lane", async () => {
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      const translate = defineJob({
        type: "LongTranslationTask",
        payload: z.object({ n: z.number() }),
        async handle() {
          await held;
        },
      });
      const { job: publish, runs: published } = makeRecordingJob();
      const lanes = [[translate], [publish]].map((jobs) =>
        makeWorker({ db: database.db, jobs, now: () => new Date() }),
      );
      for (const worker of lanes) worker.start();
      try {
        const long = await enqueueJob(database.db, translate, {
          payload: { n: 1 },
          idempotencyKey: "long-translation",
          now: new Date(),
        });
        await vi.waitFor(
          async () => expect((await findJobById(database.db, long))?.status).toBe("running"),
          { timeout: 2_000, interval: 5 },
        );
        for (const n of [1, 2, 3]) {
          await enqueueJob(database.db, publish, {
            payload: { n },
            idempotencyKey: `publish-${n}`,
            now: new Date(),
          });
        }
        await vi.waitFor(() => expect(published.map((r) => r.payload.n)).toEqual([1, 2, 3]), {
          timeout: 2_000,
          interval: 5,
        });
        expect((await findJobById(database.db, long))?.status).toBe("running");
      } finally {
        release();
        await Promise.all(lanes.map((worker) => worker.stop()));
      }
    });

    it("polls while started, and stop waits for the running job", async () => {
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      const started: number[] = [];
      const job = defineJob({
        type: "SlowTask",
        payload: z.object({ n: z.number() }),
        async handle(payload) {
          started.push(payload.n);
          await held;
        },
      });
      const worker = makeWorker({ db: database.db, jobs: [job], now: () => new Date() });
      worker.start();
      const id = await enqueueJob(database.db, job, {
        payload: { n: 1 },
        idempotencyKey: "slow",
        now: new Date(),
      });
      await vi.waitFor(() => expect(started).toEqual([1]), { timeout: 2_000, interval: 5 });

      let isStopped = false;
      const stopping = worker.stop().then(() => (isStopped = true));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(isStopped).toBe(false);
      release();
      await stopping;
      expect((await findJobById(database.db, id))?.status).toBe("done");

      const next = await enqueueJob(database.db, job, {
        payload: { n: 2 },
        idempotencyKey: "after-stop",
        now: new Date(),
      });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect((await findJobById(database.db, next))?.status).toBe("pending");
    });
  });
}
