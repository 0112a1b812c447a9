import type { Kysely } from "kysely";
import { z } from "zod";
import { recordAudit } from "../../platform/audit/audit.repository.js";
import { defineJob, enqueueJob, type JobDefinition } from "../../platform/jobs/index.js";
import type { DB, Db } from "../../database.js";
import { findItemById } from "./item.repository.js";
import { publishItem } from "./item.service.js";

/** The job's name, payload and retry policy: what enqueueing needs, without the handler. */
const PUBLISH_SCHEDULED = {
  type: "PublishScheduledItemTask",
  payload: z.object({ itemId: z.number().int().positive(), scheduledFor: z.iso.datetime() }),
  maxAttempts: 20,
} as const;

/**
 * Publishes a scheduled item when its time comes. Idempotent: an item that was
 * published, unpublished or rescheduled meanwhile is left as it is.
 */
export function publishScheduledItemTask(
  db: Kysely<DB>,
): JobDefinition<z.infer<typeof PUBLISH_SCHEDULED.payload>> {
  return defineJob({
    ...PUBLISH_SCHEDULED,
    async handle({ itemId, scheduledFor }, { now }) {
      const item = await findItemById(db, itemId);
      if (!item || item.status !== "scheduled" || item.scheduledFor !== scheduledFor) return;
      await db.transaction().execute(async (trx) => {
        await publishItem(trx, { itemId, now });
        await recordAudit(trx, {
          actorId: null,
          action: "published",
          subjectType: "item",
          subjectId: String(itemId),
          summary: `scheduled for ${scheduledFor}`,
          now,
        });
      });
    },
  });
}

/** Queues the publication of a scheduled item, in the caller's transaction (same item and time twice = one job). */
export async function enqueueScheduledPublication(
  db: Db,
  input: { itemId: number; scheduledFor: Date; now: Date },
): Promise<number> {
  const scheduledFor = input.scheduledFor.toISOString();
  return enqueueJob(db, PUBLISH_SCHEDULED, {
    payload: { itemId: input.itemId, scheduledFor },
    idempotencyKey: `publish-scheduled:${input.itemId}:${scheduledFor}`,
    runAt: input.scheduledFor,
    now: input.now,
  });
}
