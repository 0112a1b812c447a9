import { describe, expect, it } from "vitest";
import { DIALECTS } from "../../test-support/databases.js";
import { makeDurableStore } from "../../test-support/durable-store.js";
import { enqueueJob } from "./job-queue.js";
import { findJobById } from "./job.repository.js";
import { makeRecordingJob, makeWorker, T0 } from "./factories.test-kit.js";

for (const dialect of DIALECTS) {
  describe(`job queue across restarts on ${dialect}`, () => {
    it("survives a restart: a job left pending by one worker is run by a new worker built on a new connection", async () => {
      const store = await makeDurableStore(dialect);
      try {
        const { job, runs } = makeRecordingJob({ shouldFail: (attempt) => attempt === 1 });

        const before = await store.open();
        const id = await enqueueJob(before.db, job, {
          payload: { n: 5 },
          idempotencyKey: "restart",
          now: T0,
        });
        expect(await makeWorker({ db: before.db, jobs: [job] }).runOnce()).toBe(1);
        await before.destroy();

        const after = await store.open();
        try {
          const left = await findJobById(after.db, id);
          expect(left).toMatchObject({ status: "pending", attempts: 1, lockedBy: null });
          const worker = makeWorker({
            db: after.db,
            jobs: [job],
            now: () => new Date(left?.runAt ?? ""),
          });
          expect(await worker.runOnce()).toBe(1);
          expect(await findJobById(after.db, id)).toMatchObject({ status: "done", attempts: 2 });
          expect(runs.map((r) => r.ctx.attempt)).toEqual([1, 2]);
        } finally {
          await after.destroy();
        }
      } finally {
        await store.cleanup();
      }
    });
  });
}
