import { z } from "zod";
import type { Db } from "../../database.js";
import { enqueueJob } from "../../platform/jobs/index.js";

/** What happened to an item that other modules (translation, search) follow. */
export const CONTENT_CHANGES = ["saved", "published", "unpublished", "archived"] as const;
export type ContentChange = (typeof CONTENT_CHANGES)[number];

/**
 * The job that tells other modules an item changed. The content module only
 * queues it; the application composes its handler from the modules that
 * follow content (src/jobs.ts), so content depends on none of them.
 */
export const CONTENT_CHANGED = {
  type: "ContentChangedTask",
  payload: z.object({
    itemId: z.number().int().positive(),
    revisionId: z.number().int().positive().nullable(),
    change: z.enum(CONTENT_CHANGES),
  }),
  maxAttempts: 20,
} as const;

export type ContentChangedPayload = z.infer<typeof CONTENT_CHANGED.payload>;

/** Queues the news that an item changed, in the caller's transaction. */
export async function enqueueContentChanged(
  db: Db,
  input: ContentChangedPayload & { now: Date },
): Promise<number> {
  const { now, ...payload } = input;
  return enqueueJob(db, CONTENT_CHANGED, {
    payload,
    idempotencyKey: `content-changed:${payload.itemId}:${payload.revisionId ?? "-"}:${payload.change}:${now.toISOString()}`,
    now,
  });
}
