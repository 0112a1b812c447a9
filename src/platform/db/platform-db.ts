import type { Kysely, Transaction } from "kysely";
import type { PlatformTables } from "../platform.table.js";

/** Any database handle (or transaction) whose schema includes the platform's tables. */
export type PlatformDb<DB extends PlatformTables = PlatformTables> = Kysely<DB> | Transaction<DB>;

/**
 * Views the app's handle as one over the platform's tables only. Kysely's
 * handle is invariant in its schema; the app's schema extends the platform's,
 * so the view is sound.
 */
export function platformView<DB extends PlatformTables>(
  db: PlatformDb<DB>,
): Kysely<PlatformTables> {
  return db as unknown as Kysely<PlatformTables>;
}
