import type { Insertable, Updateable } from "kysely";
import { type PlatformDb, platformView } from "../db/platform-db.js";
import type { PlatformTables, User, UsersTable } from "../platform.table.js";

/** Finds a user by e-mail address (compared case-insensitively: addresses are stored lowercase). */
export async function findUserByEmail<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  email: string,
): Promise<User | undefined> {
  return platformView(db)
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
  return platformView(db)
    .insertInto("users")
    .values({ ...user, email: user.email.toLowerCase() })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Finds a user by id. */
export async function findUserById<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  id: number,
): Promise<User | undefined> {
  return platformView(db).selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Changes a user. */
export async function updateUser<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  id: number,
  changes: Updateable<UsersTable>,
): Promise<void> {
  await platformView(db).updateTable("users").set(changes).where("id", "=", id).execute();
}
