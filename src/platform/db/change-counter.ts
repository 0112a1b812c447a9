import type { Kysely, Transaction } from "kysely";
import type { PlatformTables } from "../platform.table.js";

/** Any database handle whose schema includes the platform's tables. */
export type PlatformDb<DB extends PlatformTables = PlatformTables> = Kysely<DB> | Transaction<DB>;

/** Bumps a change counter inside the caller's transaction, so caches in every process drop their pages. */
export async function bumpChangeCounter<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  name = "content",
): Promise<void> {
  await narrow(db)
    .updateTable("changeCounters")
    .set((eb) => ({ version: eb("version", "+", 1) }))
    .where("name", "=", name)
    .execute();
}

/** Reads a change counter; caches compare it with the value they were filled at. */
export async function readChangeCounter<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  name = "content",
): Promise<number> {
  const row = await narrow(db)
    .selectFrom("changeCounters")
    .select("version")
    .where("name", "=", name)
    .executeTakeFirst();
  return row?.version ?? 0;
}

// Kysely's handle is invariant in its schema; the app's schema extends the
// platform's, so viewing it as the platform's own tables is sound.
function narrow<DB extends PlatformTables>(db: PlatformDb<DB>): Kysely<PlatformTables> {
  return db as unknown as Kysely<PlatformTables>;
}
