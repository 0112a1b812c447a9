import { z } from "zod";
import type { Db } from "../../database.js";
import { enqueueJob } from "../../platform/jobs/index.js";

/** The network's tables whose rows are announced when they change outside a save. */
export const NETWORK_CHANGED_TABLES = [
  "cities",
  "hubs",
  "people",
  "organisations",
  "network_events",
] as const;
export type NetworkChangedTable = (typeof NETWORK_CHANGED_TABLES)[number];

/**
 * What happened to a row: `deleted`, or `unlinked` when deleting another row
 * changed it (a person whose city was deleted no longer has one). Saves need
 * no announcement: they queue `TranslateNetworkTextsTask`.
 */
export const NETWORK_CHANGES = ["deleted", "unlinked"] as const;
export type NetworkChange = (typeof NETWORK_CHANGES)[number];

/**
 * The job that tells other modules a network row changed. The network module
 * only queues it; the application composes its handler from the modules that
 * follow the network (src/jobs.ts), so the network depends on none of them.
 */
export const NETWORK_CHANGED = {
  type: "NetworkChangedTask",
  payload: z.object({
    table: z.enum(NETWORK_CHANGED_TABLES),
    rowId: z.number().int().positive(),
    change: z.enum(NETWORK_CHANGES),
  }),
  maxAttempts: 20,
} as const;

export type NetworkChangedPayload = z.infer<typeof NETWORK_CHANGED.payload>;

/** Queues the news that a network row changed, in the caller's transaction. */
export async function enqueueNetworkChanged(
  db: Db,
  input: NetworkChangedPayload & { now: Date },
): Promise<number> {
  const { now, ...payload } = input;
  return enqueueJob(db, NETWORK_CHANGED, {
    payload,
    idempotencyKey: `network-changed:${payload.table}:${payload.rowId}:${payload.change}:${now.toISOString()}`,
    now,
  });
}
