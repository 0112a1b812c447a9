import type { Insertable } from "kysely";
import { type PlatformDb, platformView } from "../db/platform-db.js";
import type { PlatformTables, Session, SessionsTable, User } from "../platform.table.js";
import { JOINED_USER_COLUMNS, splitJoinedUser } from "./user.repository.js";

/** Stores a new session. */
export async function insertSession<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  session: Insertable<SessionsTable>,
): Promise<void> {
  await platformView(db).insertInto("sessions").values(session).execute();
}

/** A live session (not revoked, not expired, user not disabled) with its user. */
export async function findLiveSession<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  id: string,
  now: string,
): Promise<{ session: Session; user: User } | undefined> {
  const row = await platformView(db)
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.userId")
    .selectAll("sessions")
    .select(JOINED_USER_COLUMNS)
    .where("sessions.id", "=", id)
    .where("sessions.revokedAt", "is", null)
    .where("sessions.expiresAt", ">", now)
    .where("users.disabledAt", "is", null)
    .executeTakeFirst();
  if (!row) return undefined;
  const { rest: session, user } = splitJoinedUser(row);
  return { session, user };
}

/** Records activity and slides the idle expiry, never past the absolute one. */
export async function touchSession<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  id: string,
  changes: { lastSeenAt: string; expiresAt: string },
): Promise<void> {
  await platformView(db).updateTable("sessions").set(changes).where("id", "=", id).execute();
}

/** Ends one session. */
export async function revokeSession<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  id: string,
  now: string,
): Promise<void> {
  await platformView(db)
    .updateTable("sessions")
    .set({ revokedAt: now })
    .where("id", "=", id)
    .execute();
}

/** Ends every session of a user (password reset, disabling). */
export async function revokeUserSessions<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  userId: number,
  now: string,
): Promise<void> {
  await platformView(db)
    .updateTable("sessions")
    .set({ revokedAt: now })
    .where("userId", "=", userId)
    .where("revokedAt", "is", null)
    .execute();
}
