import { type PlatformDb, platformView } from "../db/platform-db.js";
import { AppError } from "../errors.js";
import type { PlatformTables } from "../platform.table.js";

/** Failures allowed before each further attempt must wait, and the longest wait. */
export const THROTTLE = { freeFailures: 5, maxDelayMs: 15 * 60_000 } as const;

/** Too many failed sign-ins for this account or address: try again later. */
export class TooManyAttemptsError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super({
      status: 429,
      code: "too_many_attempts",
      message: "Too many failed attempts; try again later",
    });
  }
}

/** Refuses at once while any of the keys ("account:…", "address:…") is waiting out its delay. */
export async function assertNotThrottled<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  keys: string[],
  now: Date,
): Promise<void> {
  const rows = await platformView(db)
    .selectFrom("signInFailures")
    .select("blockedUntil")
    .where("key", "in", keys)
    .where("blockedUntil", ">", now.toISOString())
    .execute();
  if (rows.length === 0) return;
  const until = Math.max(...rows.map((r) => Date.parse(r.blockedUntil)));
  throw new TooManyAttemptsError(Math.ceil((until - now.getTime()) / 1000));
}

/** Counts a failure for each key; past the free ones, each doubles the wait (1 s, 2 s, 4 s … 15 min). */
export async function recordFailure<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  keys: string[],
  now: Date,
): Promise<void> {
  const view = platformView(db);
  for (const key of keys) {
    const row = await view
      .selectFrom("signInFailures")
      .select("failures")
      .where("key", "=", key)
      .executeTakeFirst();
    const failures = (row?.failures ?? 0) + 1;
    const over = failures - THROTTLE.freeFailures;
    const delay = over <= 0 ? 0 : Math.min(1000 * 2 ** (over - 1), THROTTLE.maxDelayMs);
    const values = {
      failures,
      lastFailureAt: now.toISOString(),
      blockedUntil: new Date(now.getTime() + delay).toISOString(),
    };
    await view
      .insertInto("signInFailures")
      .values({ key, ...values })
      .onConflict((oc) => oc.column("key").doUpdateSet(values))
      .execute();
  }
}

/** Forgets the failures of a key after a successful sign-in. */
export async function clearFailures<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  key: string,
): Promise<void> {
  await platformView(db).deleteFrom("signInFailures").where("key", "=", key).execute();
}
