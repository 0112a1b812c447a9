import type { Insertable } from "kysely";
import { type PlatformDb, platformView } from "../db/platform-db.js";
import type { ApiToken, ApiTokensTable, PlatformTables, User } from "../platform.table.js";
import { JOINED_USER_COLUMNS, splitJoinedUser } from "./user.repository.js";

/** Stores a new API token (its hash only). */
export async function insertApiToken<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  token: Insertable<ApiTokensTable>,
): Promise<ApiToken> {
  return platformView(db)
    .insertInto("apiTokens")
    .values(token)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A live token (not revoked, user not disabled) with its user, found by the token's hash. */
export async function findLiveApiToken<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  tokenHash: string,
): Promise<{ apiToken: ApiToken; user: User } | undefined> {
  const row = await platformView(db)
    .selectFrom("apiTokens")
    .innerJoin("users", "users.id", "apiTokens.userId")
    .selectAll("apiTokens")
    .select(JOINED_USER_COLUMNS)
    .where("apiTokens.tokenHash", "=", tokenHash)
    .where("apiTokens.revokedAt", "is", null)
    .where("users.disabledAt", "is", null)
    .executeTakeFirst();
  if (!row) return undefined;
  const { rest: apiToken, user } = splitJoinedUser(row);
  return { apiToken, user };
}

/** Finds a token by id, revoked or not. */
export async function findApiTokenById<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  id: number,
): Promise<ApiToken | undefined> {
  return platformView(db)
    .selectFrom("apiTokens")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirst();
}

/** Records when a token was last used. */
export async function touchApiToken<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  id: number,
  lastUsedAt: string,
): Promise<void> {
  await platformView(db)
    .updateTable("apiTokens")
    .set({ lastUsedAt })
    .where("id", "=", id)
    .execute();
}

/** Revokes a token; revoking one twice keeps the first date. */
export async function revokeApiToken<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  id: number,
  now: string,
): Promise<void> {
  await platformView(db)
    .updateTable("apiTokens")
    .set({ revokedAt: now })
    .where("id", "=", id)
    .where("revokedAt", "is", null)
    .execute();
}

/** Revokes every live token of a user (a password reset); returns how many. */
export async function revokeUserApiTokens<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  userId: number,
  now: string,
): Promise<number> {
  const result = await platformView(db)
    .updateTable("apiTokens")
    .set({ revokedAt: now })
    .where("userId", "=", userId)
    .where("revokedAt", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** A user's tokens, newest first. */
export async function listApiTokensOfUser<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  userId: number,
): Promise<ApiToken[]> {
  return platformView(db)
    .selectFrom("apiTokens")
    .selectAll()
    .where("userId", "=", userId)
    .orderBy("id", "desc")
    .execute();
}
