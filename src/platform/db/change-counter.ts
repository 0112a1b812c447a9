import type { PlatformTables } from "../platform.table.js";
import { type PlatformDb, platformView } from "./platform-db.js";

/** Bumps a change counter inside the caller's transaction, so caches in every process drop their pages. */
export async function bumpChangeCounter<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  name = "content",
): Promise<void> {
  await platformView(db)
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
  const row = await platformView(db)
    .selectFrom("changeCounters")
    .select("version")
    .where("name", "=", name)
    .executeTakeFirst();
  return row?.version ?? 0;
}
