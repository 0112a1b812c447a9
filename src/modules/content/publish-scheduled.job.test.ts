import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DB } from "../../database.js";
import type { Database } from "../../platform/db/database.js";
import { JobWorker } from "../../platform/jobs/index.js";
import { createTestDatabase, DIALECTS } from "../../test-support/databases.js";
import { findItemById, updateItem } from "./item.repository.js";
import { saveItem } from "./item.service.js";
import { enqueueScheduledPublication, publishScheduledItemTask } from "./publish-scheduled.job.js";
import { makeDraft } from "./factories.test-kit.js";

const AT = new Date("2027-05-18T08:00:00.000Z");

for (const dialect of DIALECTS) {
  describe(`scheduled publication on ${dialect}`, () => {
    let database: Database<DB>;
    beforeEach(async () => {
      database = await createTestDatabase(dialect);
    });
    afterEach(async () => {
      await database.destroy();
    });

    const worker = (now: Date) =>
      new JobWorker({
        db: database.db,
        jobs: [publishScheduledItemTask(database.db)],
        workerId: `w-${now.getTime()}`,
        pollMs: 10,
        lockMs: 60_000,
        now: () => now,
      });

    async function schedule(at: Date) {
      const saved = await saveItem(database.db, {
        draft: makeDraft({ slug: "summit" }),
        actorId: null,
        now: new Date("2027-01-01T00:00:00Z"),
      });
      await database.db.transaction().execute(async (trx) => {
        await updateItem(trx, saved.item.id, {
          status: "scheduled",
          scheduledFor: at.toISOString(),
        });
        await enqueueScheduledPublication(trx, {
          itemId: saved.item.id,
          scheduledFor: at,
          now: new Date("2027-01-01T00:00:00Z"),
        });
      });
      return saved.item.id;
    }

    it("publishes the item when its time comes, not before, even from a new worker after a restart", async () => {
      const id = await schedule(AT);
      expect(await worker(new Date(AT.getTime() - 1000)).runOnce()).toBe(0);
      expect((await findItemById(database.db, id))?.status).toBe("scheduled");
      // A different worker (a restarted process) finds the job in the database.
      expect(await worker(new Date(AT.getTime() + 1000)).runOnce()).toBe(1);
      const item = await findItemById(database.db, id);
      expect(item?.status).toBe("published");
      expect(item?.publishedRevisionId).toBe(item?.latestRevisionId);
      const audit = await database.db.selectFrom("auditLog").select("action").execute();
      expect(audit.map((a) => a.action)).toContain("published");
    });

    it("leaves an item alone that was rescheduled meanwhile, and queues one job per time", async () => {
      const id = await schedule(AT);
      const later = new Date(AT.getTime() + 86_400_000);
      await updateItem(database.db, id, { scheduledFor: later.toISOString() });
      await enqueueScheduledPublication(database.db, { itemId: id, scheduledFor: later, now: AT });
      await enqueueScheduledPublication(database.db, { itemId: id, scheduledFor: later, now: AT });
      expect(await database.db.selectFrom("jobs").select("id").execute()).toHaveLength(2);
      await worker(new Date(AT.getTime() + 1000)).runOnce();
      expect((await findItemById(database.db, id))?.status).toBe("scheduled");
      await worker(new Date(later.getTime() + 1000)).runOnce();
      expect((await findItemById(database.db, id))?.status).toBe("published");
    });
  });
}
