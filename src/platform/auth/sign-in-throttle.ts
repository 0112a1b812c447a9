import type { PlatformDb } from "../db/platform-db.js";
import { AppError } from "../errors.js";
import type { PlatformTables } from "../platform.table.js";
import {
  deleteFailureCounter,
  deleteFailuresBefore,
  findFailureCounter,
  listBlockingUntil,
  saveFailureCounter,
} from "./sign-in-failures.repository.js";

/**
 * How failed sign-ins slow down. An account is throttled per address it is
 * tried from (a pair), so an attacker's failures never lock the real user out
 * from another address; an address is also throttled across every account,
 * more loosely (offices share one). Past the free failures each one doubles the
 * wait (1 s, 2 s, 4 s … 15 min); a failure is forgotten every `decayMs` without
 * a new one, and a successful sign-in clears its pair.
 */
export const THROTTLE = {
  pairFreeFailures: 5,
  addressFreeFailures: 20,
  maxDelayMs: 15 * 60_000,
  decayMs: 10 * 60_000,
} as const;

/** One counter of failures: its key in `sign_in_failures` and how many failures are free. */
export interface ThrottleKey {
  key: string;
  freeFailures: number;
}

/** The counters a sign-in of this e-mail address from this client address is judged by. */
export function throttleKeys(
  email: string,
  ip: string,
): { pair: ThrottleKey; address: ThrottleKey } {
  return {
    pair: { key: `pair:${ip}|${email.slice(0, 320)}`, freeFailures: THROTTLE.pairFreeFailures },
    address: { key: `address:${ip}`, freeFailures: THROTTLE.addressFreeFailures },
  };
}

/** Too many failed sign-ins for this account from this address, or from this address: try again later. */
export class TooManyAttemptsError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super({
      status: 429,
      code: "too_many_attempts",
      message: "Too many failed attempts; try again later",
    });
  }
}

/** Refuses at once while any of the keys is waiting out its delay. */
export async function assertNotThrottled<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  keys: readonly ThrottleKey[],
  now: Date,
): Promise<void> {
  const rows = await listBlockingUntil(
    db,
    keys.map((k) => k.key),
    now.toISOString(),
  );
  if (rows.length === 0) return;
  const until = Math.max(...rows.map((r) => Date.parse(r)));
  throw new TooManyAttemptsError(Math.ceil((until - now.getTime()) / 1000));
}

/** Counts a failure for each key (after the decay since its last one) and sets its wait. */
export async function recordFailure<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  keys: readonly ThrottleKey[],
  now: Date,
): Promise<void> {
  for (const { key, freeFailures } of keys) {
    const row = await findFailureCounter(db, key);
    const forgotten = row
      ? Math.floor((now.getTime() - Date.parse(row.lastFailureAt)) / THROTTLE.decayMs)
      : 0;
    const failures = Math.max(0, (row?.failures ?? 0) - Math.max(0, forgotten)) + 1;
    const over = failures - freeFailures;
    const delay = over <= 0 ? 0 : Math.min(1000 * 2 ** (over - 1), THROTTLE.maxDelayMs);
    const values = {
      failures,
      lastFailureAt: now.toISOString(),
      blockedUntil: new Date(now.getTime() + delay).toISOString(),
    };
    await saveFailureCounter(db, key, values);
  }
  // Counters fully decayed and no longer blocking are gone for good; the table stays small.
  const forgottenBefore = now.getTime() - THROTTLE.maxDelayMs - 40 * THROTTLE.decayMs;
  await deleteFailuresBefore(db, new Date(forgottenBefore).toISOString());
}

/** Forgets the failures of a key after a successful sign-in. */
export async function clearFailures<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  key: ThrottleKey,
): Promise<void> {
  await deleteFailureCounter(db, key.key);
}
