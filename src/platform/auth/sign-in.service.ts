import type { Kysely } from "kysely";
import { AppError } from "../errors.js";
import type { PlatformTables } from "../platform.table.js";
import { verifyPassword } from "./password.js";
import { startSession } from "./session.service.js";
import {
  assertNotThrottled,
  clearFailures,
  recordFailure,
  throttleKeys,
} from "./sign-in-throttle.js";
import { findUserByEmail } from "./user.repository.js";

/** The e-mail or password is wrong; deliberately the same for an unknown account. */
export class InvalidCredentialsError extends AppError {
  constructor() {
    super({
      status: 401,
      code: "invalid_credentials",
      message: "The e-mail address or the password is not right",
    });
  }
}

/**
 * Signs someone in: throttled per account and address pair and per address
 * (see THROTTLE), the same answer
 * and the same work whether or not the account exists; returns a new session
 * token (a fresh one at every sign-in, so a planted session id is useless).
 */
export async function signIn<DB extends PlatformTables>(
  db: Kysely<DB>,
  input: { email: string; password: string; ip: string; userAgent: string; now: Date },
): Promise<{ token: string; expiresAt: Date; userId: number }> {
  const email = input.email.trim().toLowerCase();
  const { pair, address } = throttleKeys(email, input.ip);
  const keys = [pair, address];
  await assertNotThrottled(db, keys, input.now);
  const user = await findUserByEmail(db, email);
  const isValid = await verifyPassword(
    user?.disabledAt ? null : (user?.passwordHash ?? null),
    input.password,
  );
  if (!user || !isValid) {
    await recordFailure(db, keys, input.now);
    throw new InvalidCredentialsError();
  }
  await clearFailures(db, pair);
  const session = await startSession(db, {
    userId: user.id,
    ip: input.ip,
    userAgent: input.userAgent,
    now: input.now,
  });
  return { ...session, userId: user.id };
}
