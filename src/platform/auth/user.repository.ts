import type { Insertable } from "kysely";
import type { PlatformDb } from "../db/change-counter.js";
import type { PlatformTables, User, UsersTable } from "../platform.table.js";
import type { Kysely } from "kysely";

/** Finds a user by e-mail address (compared case-insensitively: addresses are stored lowercase). */
export async function findUserByEmail<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  email: string,
): Promise<User | undefined> {
  return narrow(db)
    .selectFrom("users")
    .selectAll()
    .where("email", "=", email.toLowerCase())
    .executeTakeFirst();
}

/** Creates a user. */
export async function insertUser<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  user: Insertable<UsersTable>,
): Promise<User> {
  return narrow(db)
    .insertInto("users")
    .values({ ...user, email: user.email.toLowerCase() })
    .returningAll()
    .executeTakeFirstOrThrow();
}

function narrow<DB extends PlatformTables>(db: PlatformDb<DB>): Kysely<PlatformTables> {
  return db as unknown as Kysely<PlatformTables>;
}
