import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DB } from "../../database.js";
import { createTestDatabase, DIALECTS } from "../../test-support/databases.js";
import type { Database } from "../db/database.js";
import { enqueueJob, retryDelayMs } from "./job-queue.js";
import { claimDueJobs, findJobById, listJobs, rescheduleJob } from "./job.repository.js";
import { makeRecordingJob, T0 } from "./factories.test-kit.js";

describe("retry delays", () => {
  it("double with each attempt, stay within a fifth below, and stop growing at an hour", () => {
    expect(retryDelayMs(1, () => 0)).toBe(2_000);
    expect(retryDelayMs(1, () => 1)).toBe(1_600);
    expect(retryDelayMs(5, () => 0)).toBe(32_000);
    expect(retryDelayMs(12, () => 0)).toBe(3_600_000);
    expect(retryDelayMs(40, () => 0.999)).toBeLessThanOrEqual(3_600_000);
    for (let attempt = 1; attempt < 11; attempt += 1) {
      expect(retryDelayMs(attempt + 1, () => 1)).toBeGreaterThan(retryDelayMs(attempt, () => 0));
    }
  });
});

for (const dialect of DIALECTS) {
  describe(`job queue on ${dialect}`, () => {
    let database: Database<DB>;
    beforeEach(async () => {
      database = await createTestDatabase(dialect);
    });
    afterEach(async () => {
      await database.destroy();
    });

    it("queues a pending job with the payload as JSON and the type's retry policy", async () => {
      const { job } = makeRecordingJob({ maxAttempts: 3 });
      const runAt = new Date(T0.getTime() + 60_000);
      const id = await enqueueJob(database.db, job, {
        payload: { n: 7 },
        idempotencyKey: "translate:item:7",
        runAt,
        now: T0,
      });
      expect(await findJobById(database.db, id)).toMatchObject({
        type: job.type,
        payload: '{"n":7}',
        status: "pending",
        runAt: runAt.toISOString(),
        attempts: 0,
        interruptions: 0,
        maxAttempts: 3,
        lockedBy: null,
        createdAt: T0.toISOString(),
      });
    });

    it("keeps one job for the same idempotency key", async () => {
      const { job } = makeRecordingJob();
      const input = { payload: { n: 1 }, idempotencyKey: "same-key", now: T0 };
      const first = await enqueueJob(database.db, job, input);
      const second = await database.db
        .transaction()
        .execute((trx) => enqueueJob(trx, job, { ...input, payload: { n: 2 } }));
      expect(second).toBe(first);
      const jobs = await listJobs(database.db);
      expect(jobs.map((j) => [j.id, j.payload])).toEqual([[first, '{"n":1}']]);
    });

    it("refuses one idempotency key for two job types", async () => {
      const a = makeRecordingJob().job;
      const b = makeRecordingJob().job;
      await enqueueJob(database.db, a, { payload: { n: 1 }, idempotencyKey: "k", now: T0 });
      await expect(
        enqueueJob(database.db, b, { payload: { n: 1 }, idempotencyKey: "k", now: T0 }),
      ).rejects.toMatchObject({ code: "internal_error" });
    });

    it("refuses a payload its own schema could not read back from JSON", async () => {
      const { job } = makeRecordingJob();
      const payload = { n: Number.NaN };
      await expect(
        enqueueJob(database.db, job, { payload, idempotencyKey: "nan", now: T0 }),
      ).rejects.toMatchObject({ code: "internal_error" });
      expect(await listJobs(database.db)).toEqual([]);
    });

    it("a job enqueued in a rolled-back transaction never exists", async () => {
      const { job } = makeRecordingJob();
      const failure = new Error("the change that caused the job failed");
      await expect(
        database.db.transaction().execute(async (trx) => {
          await enqueueJob(trx, job, { payload: { n: 1 }, idempotencyKey: "rolled", now: T0 });
          throw failure;
        }),
      ).rejects.toBe(failure);
      expect(await listJobs(database.db)).toEqual([]);
      const claimed = await claimDueJobs(database.db, {
        workerId: "w",
        types: [job.type],
        now: new Date(T0.getTime() + 3_600_000),
        lockMs: 60_000,
        limit: 10,
      });
      expect(claimed).toEqual([]);
    });

    it("claims only due jobs of the worker's types, oldest first, and counts the attempt", async () => {
      const { job } = makeRecordingJob();
      const other = makeRecordingJob().job;
      const later = new Date(T0.getTime() + 1_000);
      const enqueue = (key: string, runAt: Date, definition = job) =>
        enqueueJob(database.db, definition, {
          payload: { n: 1 },
          idempotencyKey: key,
          runAt,
          now: T0,
        });
      const second = await enqueue("second", T0);
      const first = await enqueue("first", new Date(T0.getTime() - 1_000));
      await enqueue("future", later);
      await enqueue("other-type", T0, other);

      const claimed = await claimDueJobs(database.db, {
        workerId: "w1",
        types: [job.type],
        now: T0,
        lockMs: 30_000,
        limit: 10,
      });
      expect(claimed.map((j) => j.id)).toEqual([first, second]);
      expect(claimed[0]).toMatchObject({
        status: "running",
        attempts: 1,
        lockedBy: "w1",
        lockedUntil: new Date(T0.getTime() + 30_000).toISOString(),
      });
    });

    it("counts a claim of a running job whose lease lapsed as an interruption, a claim of a pending one not", async () => {
      const { job } = makeRecordingJob();
      const id = await enqueueJob(database.db, job, {
        payload: { n: 1 },
        idempotencyKey: "interrupted",
        now: T0,
      });
      const claim = (workerId: string, ms: number) =>
        claimDueJobs(database.db, {
          workerId,
          types: [job.type],
          now: new Date(T0.getTime() + ms),
          lockMs: 1_000,
          limit: 1,
        });
      const [first] = await claim("w1", 0);
      expect(first).toMatchObject({ attempts: 1, interruptions: 0 });
      // Its lease still holds: nobody else takes it.
      expect(await claim("w2", 999)).toEqual([]);
      // w1 died: its lease lapsed.
      const [second] = await claim("w2", 1_000);
      expect(second).toMatchObject({ attempts: 2, interruptions: 1, lockedBy: "w2" });
      // w2 lives to release it (a thrown error): the next claim is of a pending job.
      const lock = { id, workerId: "w2", attempts: 2 };
      const runAt = new Date(T0.getTime() + 3_000);
      expect(await rescheduleJob(database.db, { lock, runAt, lastError: "boom", now: runAt })).toBe(
        true,
      );
      const [third] = await claim("w3", 3_000);
      expect(third).toMatchObject({ attempts: 3, interruptions: 1, lockedBy: "w3" });
      expect(await findJobById(database.db, id)).toMatchObject({ interruptions: 1 });
    });

    if (dialect === "postgres") {
      it("two workers claiming concurrently never get the same job", async () => {
        const { job } = makeRecordingJob();
        for (let i = 0; i < 40; i += 1) {
          await enqueueJob(database.db, job, {
            payload: { n: i },
            idempotencyKey: `k${i}`,
            now: T0,
          });
        }
        // Four claims at once: the test database's pool gives each its own connection.
        const claims = await Promise.all(
          ["a", "b", "c", "d"].map((workerId) =>
            claimDueJobs(database.db, {
              workerId,
              types: [job.type],
              now: T0,
              lockMs: 60_000,
              limit: 15,
            }),
          ),
        );
        const ids = claims.flat().map((j) => j.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids).toHaveLength(40);
        for (const stored of await listJobs(database.db)) {
          expect(stored.attempts).toBe(1);
        }
      });
    }
  });
}
