import { z } from "zod";
import type { Db } from "../../database.js";
import { enqueueJob } from "../../platform/jobs/index.js";

/**
 * The job that tells other modules a unit of the memory changed (a reviewer
 * fixed a sentence): pages of content are re-assembled at once by the review
 * itself; the application composes what else follows (network texts that use
 * the sentence, the search index) in src/jobs.ts.
 */
export const UNIT_CHANGED = {
  type: "UnitChangedTask",
  payload: z.object({
    sourceHash: z.string().regex(/^[0-9a-f]{64}$/),
    language: z.string().regex(/^[a-z]{2,3}$/),
  }),
  maxAttempts: 17,
} as const;

export type UnitChangedPayload = z.infer<typeof UNIT_CHANGED.payload>;

/** Queues the news that a unit changed. */
export async function enqueueUnitChanged(
  db: Db,
  input: UnitChangedPayload & { now: Date },
): Promise<number> {
  const { now, ...payload } = input;
  return enqueueJob(db, UNIT_CHANGED, {
    payload,
    idempotencyKey: `unit-changed:${payload.sourceHash}:${payload.language}:${now.toISOString()}`,
    now,
  });
}

export { listRevisionsUsing } from "./memory.repository.js";
