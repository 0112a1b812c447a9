import type { PlatformDb } from "../db/platform-db.js";
import type { PlatformTables, Session, User } from "../platform.table.js";
import {
  findLiveSession,
  insertSession,
  revokeSession,
  touchSession,
} from "./session.repository.js";
import { deriveToken, hashToken, newToken } from "./tokens.js";

/** How long a session lives without use, and at most. */
export const SESSION_LIFETIME = { idleMs: 12 * 3600_000, absoluteMs: 14 * 24 * 3600_000 } as const;
// Writing last_seen_at on every request would turn reads into writes.
const TOUCH_AFTER_MS = 5 * 60_000;

/** A signed-in request's identity and the CSRF token its forms must carry. */
export interface SignedIn {
  user: User;
  session: Session;
  csrfToken: string;
}

/** Starts a session for a user; the returned token goes in the cookie and is never stored. */
export async function startSession<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  input: { userId: number; ip: string; userAgent: string; now: Date },
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const now = input.now.getTime();
  const expiresAt = new Date(now + SESSION_LIFETIME.idleMs);
  await insertSession(db, {
    id: hashToken(token),
    userId: input.userId,
    createdAt: input.now.toISOString(),
    lastSeenAt: input.now.toISOString(),
    expiresAt: expiresAt.toISOString(),
    revokedAt: null,
    ip: input.ip.slice(0, 100),
    userAgent: input.userAgent.slice(0, 300),
  });
  return { token, expiresAt };
}

/** Resolves a session cookie to its user, sliding the idle expiry; undefined when absent, expired or revoked. */
export async function resumeSession<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  token: string | undefined,
  now: Date,
): Promise<SignedIn | undefined> {
  if (!token || token.length > 100) return undefined;
  const found = await findLiveSession(db, hashToken(token), now.toISOString());
  if (!found) return undefined;
  const { session } = found;
  if (now.getTime() - Date.parse(session.lastSeenAt) > TOUCH_AFTER_MS) {
    const absoluteEnd = Date.parse(session.createdAt) + SESSION_LIFETIME.absoluteMs;
    const expiresAt = new Date(
      Math.min(now.getTime() + SESSION_LIFETIME.idleMs, absoluteEnd),
    ).toISOString();
    await touchSession(db, session.id, { lastSeenAt: now.toISOString(), expiresAt });
  }
  return { ...found, csrfToken: deriveToken(token, "csrf") };
}

/** Ends the session a cookie names. */
export async function endSession<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  token: string,
  now: Date,
): Promise<void> {
  await revokeSession(db, hashToken(token), now.toISOString());
}
