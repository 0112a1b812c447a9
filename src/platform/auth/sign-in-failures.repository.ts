import { type PlatformDb, platformView } from "../db/platform-db.js";
import type { PlatformTables } from "../platform.table.js";

/** One failure counter as stored: how many failures, the last one, and the wait it sets. */
export interface FailureCounter {
  failures: number;
  lastFailureAt: string;
  blockedUntil: string;
}

/** The end of the wait of each of these counters still blocking at `now` (ISO time). */
export async function listBlockingUntil<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  keys: readonly string[],
  now: string,
): Promise<string[]> {
  const rows = await platformView(db)
    .selectFrom("signInFailures")
    .select("blockedUntil")
    .where("key", "in", keys)
    .where("blockedUntil", ">", now)
    .execute();
  return rows.map((r) => r.blockedUntil);
}

/** A counter's failures and last failure, or undefined when it has none. */
export async function findFailureCounter<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  key: string,
): Promise<Pick<FailureCounter, "failures" | "lastFailureAt"> | undefined> {
  return platformView(db)
    .selectFrom("signInFailures")
    .select(["failures", "lastFailureAt"])
    .where("key", "=", key)
    .executeTakeFirst();
}

/** Stores a counter, creating or replacing it. */
export async function saveFailureCounter<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  key: string,
  counter: FailureCounter,
): Promise<void> {
  await platformView(db)
    .insertInto("signInFailures")
    .values({ key, ...counter })
    .onConflict((oc) => oc.column("key").doUpdateSet(counter))
    .execute();
}

/** Deletes every counter whose last failure is older than `before` (ISO time). */
export async function deleteFailuresBefore<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  before: string,
): Promise<void> {
  await platformView(db).deleteFrom("signInFailures").where("lastFailureAt", "<", before).execute();
}

/** Deletes one counter. */
export async function deleteFailureCounter<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  key: string,
): Promise<void> {
  await platformView(db).deleteFrom("signInFailures").where("key", "=", key).execute();
}
